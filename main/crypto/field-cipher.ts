import { createCipheriv, createDecipheriv, createSecretKey, randomBytes, type KeyObject } from 'node:crypto';
import { FieldDecryptionError, FieldEncryptionError, FieldKeyError } from './errors';

/**
 * Field-level encryption for the few columns that must never be readable in a copied database file
 * (issue 6: people's names and residence status). AES-256-GCM, one random 96-bit nonce per value.
 *
 * Stored format (text, so it fits a TEXT column and survives CSV/JSON): `v1:` + base64(nonce | ciphertext |
 * tag), nonce 12 bytes, tag 16 bytes. The version prefix lets a later key (a rotation) write `v2:` values
 * while `v1:` values are still read.
 *
 * The caller's `context` (e.g. `people.last_name:42`) is authenticated as additional data, so a value copied
 * into another column or another row does not decrypt: swapping two people's statuses in the file is detected.
 *
 * Length: GCM keeps the plaintext's length, and residence status comes from a short list whose labels have
 * different lengths, so the length alone would tell the status. Plaintexts are therefore padded (ISO/IEC
 * 7816-4: 0x80 then zeros) to a multiple of 32 bytes before encryption: every status, and every name up to
 * 31 bytes, gives a value of the same length.
 *
 * The empty string is encrypted like any other value: `encrypt('')` gives a ciphertext as long as that of
 * any short value, so emptiness does not show. Whether a service stores `encrypt('')` or NULL for "not given"
 * is the service's choice; NULL shows that the field is empty (see docs/security.md).
 *
 * Text is stored exactly as given (no Unicode normalisation: the cipher must give back what it got);
 * strings with lone surrogates are refused, because UTF-8 would silently replace them.
 */

export const FIELD_KEY_BYTES = 32;
export const FIELD_ENVELOPE_VERSION = 'v1';

const ALGORITHM = 'aes-256-gcm';
const NONCE_BYTES = 12;
const TAG_BYTES = 16;
const PAD_BLOCK = 32;
const PAD_MARKER = 0x80;
const ENVELOPE_PREFIX = `${FIELD_ENVELOPE_VERSION}:`;
// Domain separation: the authenticated data names the format too, so a value made under another scheme
// with the same key can never be taken for this one.
const AAD_PREFIX = Buffer.from(`passerelle-field ${FIELD_ENVELOPE_VERSION}\0`, 'utf8');
const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;
const LONE_SURROGATE = /\p{Cs}/u;

export interface FieldCipher {
  encrypt(plain: string, context: string): string;
  decrypt(stored: string, context: string): string;
}

function additionalData(context: string): Buffer {
  if (typeof context !== 'string' || context === '') {
    // A missing context would bind nothing: refuse it rather than weaken the binding silently.
    throw new FieldEncryptionError('field encryption needs a non-empty context');
  }
  return Buffer.concat([AAD_PREFIX, Buffer.from(context, 'utf8')]);
}

function pad(plain: Buffer): Buffer {
  const length = (Math.floor(plain.length / PAD_BLOCK) + 1) * PAD_BLOCK;
  const padded = Buffer.alloc(length);
  plain.copy(padded);
  padded[plain.length] = PAD_MARKER;
  return padded;
}

function unpad(padded: Buffer): Buffer {
  let end = padded.length - 1;
  while (end >= 0 && padded[end] === 0) end -= 1;
  if (end < 0 || padded[end] !== PAD_MARKER) {
    throw new FieldDecryptionError('FIELD_CIPHERTEXT_MALFORMED', 'field value has invalid padding');
  }
  return padded.subarray(0, end);
}

function parseEnvelope(stored: string): Buffer {
  if (typeof stored !== 'string') {
    throw new FieldDecryptionError('FIELD_CIPHERTEXT_MALFORMED', 'field value is not a string');
  }
  const version = /^(v\d+):/.exec(stored);
  if (!version) throw new FieldDecryptionError('FIELD_CIPHERTEXT_MALFORMED', 'field value is not an envelope');
  if (version[1] !== FIELD_ENVELOPE_VERSION) {
    throw new FieldDecryptionError('FIELD_CIPHERTEXT_UNSUPPORTED_VERSION', 'field value has an unsupported version');
  }
  const payload = stored.slice(ENVELOPE_PREFIX.length);
  // Node's base64 decoder skips characters it does not know; only a canonical encoding is accepted, so that
  // one stored value has exactly one meaning.
  const bytes = BASE64.test(payload) && payload.length % 4 === 0 ? Buffer.from(payload, 'base64') : null;
  if (!bytes || bytes.toString('base64') !== payload) {
    throw new FieldDecryptionError('FIELD_CIPHERTEXT_MALFORMED', 'field value is not valid base64');
  }
  const body = bytes.length - NONCE_BYTES - TAG_BYTES;
  if (body < PAD_BLOCK || body % PAD_BLOCK !== 0) {
    throw new FieldDecryptionError('FIELD_CIPHERTEXT_MALFORMED', 'field value has an invalid length');
  }
  return bytes;
}

export function createFieldCipher(key: Buffer): FieldCipher {
  if (!Buffer.isBuffer(key) || key.length !== FIELD_KEY_BYTES) {
    throw new FieldKeyError('FIELD_KEY_WRONG_SIZE', `field key must be ${FIELD_KEY_BYTES} bytes`);
  }
  // A KeyObject copies the bytes and prints as `SecretKeyObject { symmetricKeySize: 32 }`: the key cannot
  // end up in a log through this object, and a caller reusing its buffer does not change it.
  const secret: KeyObject = createSecretKey(Buffer.from(key));

  return {
    encrypt(plain, context) {
      if (typeof plain !== 'string') throw new FieldEncryptionError('field value must be a string');
      if (LONE_SURROGATE.test(plain)) throw new FieldEncryptionError('field value is not well-formed Unicode');
      const aad = additionalData(context);
      const nonce = randomBytes(NONCE_BYTES);
      const padded = pad(Buffer.from(plain, 'utf8'));
      const cipher = createCipheriv(ALGORITHM, secret, nonce, { authTagLength: TAG_BYTES });
      cipher.setAAD(aad);
      const body = Buffer.concat([cipher.update(padded), cipher.final()]);
      padded.fill(0);
      return ENVELOPE_PREFIX + Buffer.concat([nonce, body, cipher.getAuthTag()]).toString('base64');
    },

    decrypt(stored, context) {
      const aad = additionalData(context);
      const bytes = parseEnvelope(stored);
      const nonce = bytes.subarray(0, NONCE_BYTES);
      const tag = bytes.subarray(bytes.length - TAG_BYTES);
      const body = bytes.subarray(NONCE_BYTES, bytes.length - TAG_BYTES);
      // authTagLength pins the tag at 16 bytes: a shortened tag is never accepted.
      const decipher = createDecipheriv(ALGORITHM, secret, nonce, { authTagLength: TAG_BYTES });
      decipher.setAAD(aad);
      decipher.setAuthTag(tag);
      let padded: Buffer;
      try {
        padded = Buffer.concat([decipher.update(body), decipher.final()]);
      } catch {
        // No cause attached: the reason is always the same (the tag does not match), and nothing of the
        // value or the key belongs in the error.
        throw new FieldDecryptionError('FIELD_CIPHERTEXT_NOT_AUTHENTIC', 'field value failed authentication');
      }
      try {
        // ignoreBOM keeps a leading U+FEFF: the decoder would otherwise drop it and the round trip would lose it.
        return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(unpad(padded));
      } catch (error) {
        if (error instanceof FieldDecryptionError) throw error;
        throw new FieldDecryptionError('FIELD_CIPHERTEXT_MALFORMED', 'field value is not valid UTF-8');
      } finally {
        padded.fill(0);
      }
    },
  };
}
