import { randomBytes } from 'node:crypto';
import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { FieldDecryptionError, FieldEncryptionError, FieldKeyError } from '../../main/crypto/errors';
import { createFieldCipher } from '../../main/crypto/field-cipher';

const key = randomBytes(32);
const cipher = createFieldCipher(key);
const CONTEXT = 'people.last_name:42';

/** The envelope's bytes, to tamper with. */
function bytesOf(stored: string): Buffer {
  expect(stored.startsWith('v1:')).toBe(true);
  return Buffer.from(stored.slice(3), 'base64');
}
const envelope = (bytes: Buffer) => `v1:${bytes.toString('base64')}`;

function decryptionCode(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(FieldDecryptionError);
    return (error as FieldDecryptionError).code;
  }
  throw new Error('expected a FieldDecryptionError');
}

describe('field cipher: round trip', () => {
  it.each([
    ['plain ASCII', 'Dupont'],
    ['accents and apostrophes', 'Hélène N’Diaye-Œttinger'],
    ['emoji and astral characters', 'Zoë 👩🏽‍🌾 𝔄'],
    ['Arabic and Cyrillic', 'محمد Ковальчук'],
    ['a leading byte-order mark', '\uFEFFnom'],
    ['a NUL inside', 'a\u0000b'],
    ['the empty string', ''],
    ['exactly one padding block', 'x'.repeat(32)],
    ['a long value', 'é'.repeat(500)],
  ])('gives back %s unchanged', (_label, plain) => {
    const stored = cipher.encrypt(plain, CONTEXT);
    expect(stored).toMatch(/^v1:[A-Za-z0-9+/]+={0,2}$/);
    expect(cipher.decrypt(stored, CONTEXT)).toBe(plain);
  });

  it('does not normalise: composed and decomposed forms stay distinct', () => {
    const decomposed = 'He\u0301le\u0300ne';
    expect(cipher.decrypt(cipher.encrypt(decomposed, CONTEXT), CONTEXT)).toBe(decomposed);
  });

  it('decrypts with another cipher made from the same key bytes', () => {
    const stored = cipher.encrypt('Dupont', CONTEXT);
    expect(createFieldCipher(Buffer.from(key)).decrypt(stored, CONTEXT)).toBe('Dupont');
  });
});

describe('field cipher: what the stored value shows', () => {
  it('uses a fresh nonce each time: the same value twice gives two different ciphertexts', () => {
    const values = Array.from({ length: 50 }, () => cipher.encrypt('Dupont', CONTEXT));
    expect(new Set(values).size).toBe(50);
    expect(new Set(values.map((value) => bytesOf(value).subarray(0, 12).toString('hex'))).size).toBe(50);
  });

  it('holds 12-byte nonce, padded body and 16-byte tag', () => {
    expect(bytesOf(cipher.encrypt('', CONTEXT))).toHaveLength(12 + 32 + 16);
    expect(bytesOf(cipher.encrypt('x'.repeat(31), CONTEXT))).toHaveLength(12 + 32 + 16);
    expect(bytesOf(cipher.encrypt('x'.repeat(32), CONTEXT))).toHaveLength(12 + 64 + 16);
  });

  it('gives every short value (status labels, the empty string) the same length', () => {
    const statuses = ['', 'belge', 'ue', 'sejour_illimite', 'sejour_limite', 'demandeur_protection_internationale', 'sans_titre'];
    const lengths = statuses.filter((status) => status.length < 32).map((status) => cipher.encrypt(status, CONTEXT).length);
    expect(new Set(lengths).size).toBe(1);
  });

  it('never contains the plaintext', () => {
    const stored = cipher.encrypt('CANARY-Zyxw', CONTEXT);
    expect(stored).not.toContain('CANARY');
    expect(bytesOf(stored).includes(Buffer.from('CANARY-Zyxw'))).toBe(false);
  });

  it('does not show the key when the cipher is printed', () => {
    const printed = inspect(cipher, { depth: 10, showHidden: true }) + JSON.stringify(cipher);
    expect(printed).not.toContain(key.toString('hex'));
    expect(printed).not.toContain(key.toString('base64'));
  });
});

describe('field cipher: refusals', () => {
  it('fails when the context differs (another row, another column)', () => {
    const stored = cipher.encrypt('Dupont', 'people.last_name:42');
    expect(decryptionCode(() => cipher.decrypt(stored, 'people.last_name:43'))).toBe('FIELD_CIPHERTEXT_NOT_AUTHENTIC');
    expect(decryptionCode(() => cipher.decrypt(stored, 'people.first_name:42'))).toBe('FIELD_CIPHERTEXT_NOT_AUTHENTIC');
  });

  it('fails when any single byte of nonce, body or tag is changed', () => {
    const bytes = bytesOf(cipher.encrypt('Dupont', CONTEXT));
    for (let index = 0; index < bytes.length; index += 1) {
      const tampered = Buffer.from(bytes);
      tampered[index]! ^= 0x01;
      expect(decryptionCode(() => cipher.decrypt(envelope(tampered), CONTEXT))).toBe('FIELD_CIPHERTEXT_NOT_AUTHENTIC');
    }
  });

  it('fails with another key', () => {
    const stored = cipher.encrypt('Dupont', CONTEXT);
    const other = createFieldCipher(randomBytes(32));
    expect(decryptionCode(() => other.decrypt(stored, CONTEXT))).toBe('FIELD_CIPHERTEXT_NOT_AUTHENTIC');
  });

  it('fails on a truncated or extended value (whole blocks moved too)', () => {
    const bytes = bytesOf(cipher.encrypt('x'.repeat(40), CONTEXT));
    expect(decryptionCode(() => cipher.decrypt(envelope(bytes.subarray(0, bytes.length - 1)), CONTEXT))).toBe('FIELD_CIPHERTEXT_MALFORMED');
    expect(decryptionCode(() => cipher.decrypt(envelope(Buffer.concat([bytes, Buffer.alloc(1)])), CONTEXT))).toBe('FIELD_CIPHERTEXT_MALFORMED');
    const withoutBlock = Buffer.concat([bytes.subarray(0, 12 + 32), bytes.subarray(bytes.length - 16)]);
    expect(decryptionCode(() => cipher.decrypt(envelope(withoutBlock), CONTEXT))).toBe('FIELD_CIPHERTEXT_NOT_AUTHENTIC');
  });

  it('refuses values that are not envelopes', () => {
    for (const stored of ['', 'Dupont', 'v1:', 'v1:!!!!', 'v1:AAAA', 'V1:AAAA', ' v1:AAAA', 'v1:' + 'A'.repeat(80) + '\n']) {
      expect(decryptionCode(() => cipher.decrypt(stored, CONTEXT))).toBe('FIELD_CIPHERTEXT_MALFORMED');
    }
    expect(decryptionCode(() => cipher.decrypt(null as unknown as string, CONTEXT))).toBe('FIELD_CIPHERTEXT_MALFORMED');
  });

  it('refuses a non-canonical base64 spelling of a valid value', () => {
    // 12 + 64 + 16 = 92 bytes: the base64 ends in one '=' and its last letter carries 2 unused bits, which
    // Node's decoder ignores. A different letter there decodes to the same bytes but is another spelling.
    const stored = cipher.encrypt('x'.repeat(40), CONTEXT);
    expect(stored.endsWith('=') && !stored.endsWith('==')).toBe(true);
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
    const last = alphabet.indexOf(stored.at(-2)!);
    const respelled = `${stored.slice(0, -2)}${alphabet[last ^ 0b01]}=`;
    expect(Buffer.from(respelled.slice(3), 'base64').equals(bytesOf(stored))).toBe(true);
    expect(decryptionCode(() => cipher.decrypt(respelled, CONTEXT))).toBe('FIELD_CIPHERTEXT_MALFORMED');
    // A character the decoder would skip.
    expect(decryptionCode(() => cipher.decrypt(`${stored.slice(0, 10)}*${stored.slice(10)}`, CONTEXT))).toBe('FIELD_CIPHERTEXT_MALFORMED');
  });

  it('refuses an envelope version it does not read, telling it apart from damage', () => {
    const stored = cipher.encrypt('Dupont', CONTEXT).replace(/^v1:/, 'v2:');
    expect(decryptionCode(() => cipher.decrypt(stored, CONTEXT))).toBe('FIELD_CIPHERTEXT_UNSUPPORTED_VERSION');
  });

  it('refuses keys that are not 32 bytes', () => {
    for (const bad of [Buffer.alloc(0), randomBytes(16), randomBytes(24), randomBytes(31), randomBytes(33), randomBytes(64)]) {
      expect(() => createFieldCipher(bad)).toThrow(FieldKeyError);
    }
    expect(() => createFieldCipher('k'.repeat(32) as unknown as Buffer)).toThrow(FieldKeyError);
  });

  it('refuses an empty context and text that UTF-8 cannot carry', () => {
    expect(() => cipher.encrypt('Dupont', '')).toThrow(FieldEncryptionError);
    expect(() => cipher.decrypt(cipher.encrypt('Dupont', CONTEXT), '')).toThrow(FieldEncryptionError);
    expect(() => cipher.encrypt('lone \uD800 surrogate', CONTEXT)).toThrow(FieldEncryptionError);
  });

  it('says nothing of the value, the context or the key in its errors', () => {
    const secret = 'CANARY-Zyxw-secret';
    const stored = cipher.encrypt(secret, 'people.last_name:CTX-MARK');
    const errors: unknown[] = [];
    const attempts = [
      () => cipher.decrypt(stored, 'people.last_name:OTHER-MARK'),
      () => createFieldCipher(randomBytes(32)).decrypt(stored, 'people.last_name:CTX-MARK'),
      () => cipher.decrypt(stored.slice(0, -4), 'people.last_name:CTX-MARK'),
      () => cipher.encrypt('\uD800' + secret, 'people.last_name:CTX-MARK'),
      () => createFieldCipher(Buffer.concat([key, Buffer.from([1])])),
    ];
    for (const attempt of attempts) {
      try {
        attempt();
      } catch (error) {
        errors.push(error);
      }
    }
    expect(errors).toHaveLength(attempts.length);
    for (const error of errors) {
      const text = `${String(error)} ${JSON.stringify(error)} ${inspect(error)}`;
      for (const forbidden of ['CANARY', 'MARK', stored.slice(3, 20), key.toString('hex').slice(0, 16), key.toString('base64').slice(0, 12)]) {
        expect(text).not.toContain(forbidden);
      }
      expect((error as Error).cause).toBeUndefined();
    }
  });
});
