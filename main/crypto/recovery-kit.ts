import { createCipheriv, createDecipheriv, randomBytes, scrypt } from 'node:crypto';
import {
  RECOVERY_KIT_FINGERPRINT_DIGITS,
  RECOVERY_KIT_MAX_TEXT,
  recoveryPassphraseIssue,
  type RecoveryKitSummary,
} from '../../shared/domain/recovery-kit';
import { FieldKeyError } from './errors';
import { FIELD_KEY_BYTES } from './field-cipher';
import { fieldKeyFingerprint, shortFingerprint } from './fingerprint';
import { decodeRecoveryCode, encodeRecoveryCode, malformed, recoveryCodeLines, RecoveryKitError } from './recovery-code';

export {
  decodeRecoveryCode,
  encodeRecoveryCode,
  recoveryCodeLines,
  RecoveryKitError,
  type RecoveryKitErrorCode,
  type RecoveryKitMalformedDetail,
} from './recovery-code';

/**
 * The recovery kit (issue 13, point 4): the field key sealed with a passphrase, so that a new PC or a new OS
 * account (where the keyring-wrapped key file cannot be opened) gets the key back from a file or from paper.
 *
 * Sealing: scrypt (memory-hard, N = 2^17, r = 8, p = 1, a random 16-byte salt) turns the passphrase into a
 * one-time AES-256-GCM key that encrypts the 32-byte field key under a random 12-byte nonce. The authenticated
 * data is everything the kit says in clear (version, KDF cost, date, installation id, fingerprint prefix, salt,
 * nonce), so changing any of it fails the tag just as a wrong passphrase does.
 *
 * The code (what a person retypes from the sheet) holds all of it, then a checksum, in Crockford base32:
 *
 *   byte  0       format version (1)
 *   byte  1       log2 of scrypt's N (17; 17 to 20 accepted)
 *   bytes 2–5     creation time, seconds since 1970 (UTC), big-endian
 *   bytes 6–21    installation id (the UUID's 16 bytes)
 *   bytes 22–29   the key fingerprint's first 8 bytes (the 16 hex digits `shortFingerprint` shows)
 *   bytes 30–45   scrypt salt
 *   bytes 46–57   GCM nonce
 *   bytes 58–89   the encrypted field key
 *   bytes 90–105  GCM tag
 *   bytes 106–109 checksum: the first 4 bytes of SHA-256 over bytes 0–105 (with a label)
 *
 * 110 bytes are 176 characters: 44 groups of 4, written on paper as 11 lines of 4 groups. The checksum
 * reports a typo as a typo before scrypt runs (a wrong character would otherwise look like a wrong passphrase).
 *
 * Nothing here logs; errors are `RecoveryKitError`s with fixed messages that never quote the passphrase,
 * the key or the code.
 */

export const RECOVERY_KIT_VERSION = 1;
export const RECOVERY_KIT_FILE_HEADER = `passerelle-recovery-kit ${RECOVERY_KIT_VERSION}`;

/** scrypt's cost for new kits: about 128 MiB and a few tenths of a second per try. */
export const RECOVERY_KDF_LOG2_N = 17;
/** Kits are read only within these bounds: below is weaker than we ever made, above would let a crafted kit
 * make us allocate gigabytes (2^20 already needs 1 GiB with r = 8). */
export const RECOVERY_KDF_LOG2_N_MIN = 17;
export const RECOVERY_KDF_LOG2_N_MAX = 20;
// r and p are fixed by format version 1 (so not in the code), and bound in the authenticated data anyway.
const SCRYPT_R = 8;
const SCRYPT_P = 1;

const SALT_BYTES = 16;
const NONCE_BYTES = 12;
const TAG_BYTES = 16;
const UUID_BYTES = 16;
const FINGERPRINT_PREFIX_BYTES = RECOVERY_KIT_FINGERPRINT_DIGITS / 2;

// Offsets of the payload (the code's bytes without the checksum).
const AT_VERSION = 0;
const AT_LOG2_N = 1;
const AT_CREATED = 2;
const AT_INSTALLATION = 6;
const AT_FINGERPRINT = AT_INSTALLATION + UUID_BYTES;
const AT_SALT = AT_FINGERPRINT + FINGERPRINT_PREFIX_BYTES;
const AT_NONCE = AT_SALT + SALT_BYTES;
const AT_CIPHERTEXT = AT_NONCE + NONCE_BYTES;
const AT_TAG = AT_CIPHERTEXT + FIELD_KEY_BYTES;
const PAYLOAD_BYTES = AT_TAG + TAG_BYTES;

const ALGORITHM = 'aes-256-gcm';
// Domain separation: the authenticated data names the format, so it cannot be taken for another scheme's
// (the code's checksum has its own label, recovery-code.ts).
const AAD_LABEL = Buffer.from(`passerelle-recovery-kit v${RECOVERY_KIT_VERSION}\0`, 'utf8');

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const MAX_CREATED_SECONDS = 0xffffffff;

// ------------------------------------------------------------------------------------------ the file

const FILE_HEADER_LINE = /^passerelle-recovery-kit(?:\s+(\S+))?$/i;
const CODE_LINE = /^code\s*:(.*)$/i;

/** The kit as a small text file: readable lines for people, then the code (the only part read back). */
function kitFile(summary: RecoveryKitSummary, code: string): string {
  return [
    RECOVERY_KIT_FILE_HEADER,
    `Installation : ${summary.installationId}`,
    `Empreinte de la clé / Key fingerprint : ${shortFingerprint(summary.fingerprint)}`,
    `Créé le / Created at : ${summary.createdAt}`,
    "La phrase de passe n'est pas dans ce fichier : gardez-la ailleurs. / The passphrase is not in this file: keep it elsewhere.",
    'Code :',
    ...recoveryCodeLines(code),
    '',
  ].join('\n');
}

/**
 * The code inside an import's text: the whole kit file (from its header, the lines after `Code :`) or the code
 * alone. The readable lines of a file are for people and are not trusted: everything is read from the code.
 */
function codeOf(text: string): string {
  if (typeof text !== 'string' || text.length > RECOVERY_KIT_MAX_TEXT) throw malformed('not_a_kit');
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/).map((line) => line.trim());
  const first = lines.findIndex((line) => line !== '');
  const header = first < 0 ? null : FILE_HEADER_LINE.exec(lines[first]!);
  if (!header) return text;
  if (header[1] !== String(RECOVERY_KIT_VERSION)) {
    if (header[1] !== undefined && /^\d+$/.test(header[1])) throw unsupported('version');
    throw malformed('not_a_kit');
  }
  const codeAt = lines.findIndex((line, index) => index > first && CODE_LINE.test(line));
  if (codeAt < 0) throw malformed('not_a_kit');
  return [CODE_LINE.exec(lines[codeAt]!)![1]!, ...lines.slice(codeAt + 1)].join('\n');
}

// --------------------------------------------------------------------------------------- the payload

interface ParsedKit {
  summary: RecoveryKitSummary;
  log2N: number;
  salt: Buffer;
  nonce: Buffer;
  ciphertext: Buffer;
  tag: Buffer;
  additionalData: Buffer;
}

function unsupported(what: 'version' | 'kdf'): RecoveryKitError {
  return new RecoveryKitError(
    'KIT_UNSUPPORTED',
    what === 'version' ? 'recovery kit version is not supported' : 'recovery kit key-derivation cost is outside the accepted bounds',
  );
}

function uuidToBytes(uuid: string): Buffer {
  return Buffer.from(uuid.replace(/-/g, ''), 'hex');
}

function bytesToUuid(bytes: Buffer): string {
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

function isoSeconds(seconds: number): string {
  return new Date(seconds * 1000).toISOString();
}

/** The authenticated data: the format's label, r and p, then every byte the kit shows in clear. */
function additionalDataOf(payload: Buffer): Buffer {
  return Buffer.concat([AAD_LABEL, Buffer.from([SCRYPT_R, SCRYPT_P]), payload.subarray(0, AT_CIPHERTEXT)]);
}

function parseKit(text: string): ParsedKit {
  const payload = decodeRecoveryCode(codeOf(text));
  // The version comes before the length: a later format may be longer, and is then "unsupported", not a typo.
  if (payload[AT_VERSION] !== RECOVERY_KIT_VERSION) throw unsupported('version');
  if (payload.length !== PAYLOAD_BYTES) throw malformed('wrong_length');
  const log2N = payload[AT_LOG2_N]!;
  if (log2N < RECOVERY_KDF_LOG2_N_MIN || log2N > RECOVERY_KDF_LOG2_N_MAX) throw unsupported('kdf');
  return {
    summary: {
      installationId: bytesToUuid(payload.subarray(AT_INSTALLATION, AT_FINGERPRINT)),
      fingerprint: payload.subarray(AT_FINGERPRINT, AT_SALT).toString('hex'),
      createdAt: isoSeconds(payload.readUInt32BE(AT_CREATED)),
    },
    log2N,
    salt: payload.subarray(AT_SALT, AT_NONCE),
    nonce: payload.subarray(AT_NONCE, AT_CIPHERTEXT),
    ciphertext: payload.subarray(AT_CIPHERTEXT, AT_TAG),
    tag: payload.subarray(AT_TAG, PAYLOAD_BYTES),
    additionalData: additionalDataOf(payload),
  };
}

// ------------------------------------------------------------------------------------------ scrypt

/**
 * The one-time key for a passphrase and salt. Async, so the ~128 MiB, few-tenths-of-a-second work runs on
 * libuv's pool and the event loop (the window, the HTTP bridge) stays responsive. The passphrase is taken in
 * NFC, as `recoveryPassphraseIssue` counts it: the same words typed on another keyboard give the same key.
 */
function deriveKey(passphrase: string, salt: Buffer, log2N: number): Promise<Buffer> {
  const N = 2 ** log2N;
  const secret = Buffer.from(passphrase.normalize('NFC'), 'utf8');
  return new Promise((resolve, reject) => {
    // scrypt needs about 128 · N · r bytes; twice that leaves room for its small buffers. Node's default
    // (32 MiB) is below what N = 2^17 needs.
    scrypt(secret, salt, FIELD_KEY_BYTES, { N, r: SCRYPT_R, p: SCRYPT_P, maxmem: 256 * N * SCRYPT_R }, (error, derived) => {
      secret.fill(0);
      if (error) reject(error);
      else resolve(derived);
    });
  });
}

// ------------------------------------------------------------------------------------------ the API

/** The creation instant as the code stores it: whole seconds since 1970, within 32 bits (until 2106). */
function secondsOf(createdAt: Date | string): number {
  const time = createdAt instanceof Date ? createdAt.getTime() : typeof createdAt === 'string' ? Date.parse(createdAt) : NaN;
  const seconds = Math.floor(time / 1000);
  if (!Number.isFinite(seconds) || seconds < 0 || seconds > MAX_CREATED_SECONDS) throw new RangeError('recovery kit date is out of range');
  return seconds;
}

export interface RecoveryKitInput {
  /** The 32-byte field key. */
  key: Buffer;
  /** The installation's id (a UUID, from the database's `installation` row). */
  installationId: string;
  /** Must pass `recoveryPassphraseIssue` (the form and the channel check it first). */
  passphrase: string;
  /** An instant (a `Date` or an ISO 8601 text such as `Date.toISOString` writes); kept to the second. */
  createdAt: Date | string;
}

/** Seals the field key: `code` to print (groups joined by '-'), `file` the text file that also holds it. */
export async function createRecoveryKit(input: RecoveryKitInput): Promise<{ code: string; file: string }> {
  const { key, installationId, passphrase, createdAt } = input;
  if (!Buffer.isBuffer(key) || key.length !== FIELD_KEY_BYTES) {
    throw new FieldKeyError('FIELD_KEY_WRONG_SIZE', `field key must be ${FIELD_KEY_BYTES} bytes`);
  }
  if (typeof installationId !== 'string' || !UUID.test(installationId)) throw new RangeError('installation id must be a UUID');
  if (typeof passphrase !== 'string' || recoveryPassphraseIssue(passphrase) !== null) {
    throw new RangeError('recovery kit passphrase does not meet the passphrase rule');
  }
  const seconds = secondsOf(createdAt);

  const fingerprint = fieldKeyFingerprint(key);
  const payload = Buffer.alloc(PAYLOAD_BYTES);
  payload[AT_VERSION] = RECOVERY_KIT_VERSION;
  payload[AT_LOG2_N] = RECOVERY_KDF_LOG2_N;
  payload.writeUInt32BE(seconds, AT_CREATED);
  uuidToBytes(installationId).copy(payload, AT_INSTALLATION);
  Buffer.from(fingerprint.slice(0, RECOVERY_KIT_FINGERPRINT_DIGITS), 'hex').copy(payload, AT_FINGERPRINT);
  randomBytes(SALT_BYTES).copy(payload, AT_SALT);
  randomBytes(NONCE_BYTES).copy(payload, AT_NONCE);

  const sealingKey = await deriveKey(passphrase, payload.subarray(AT_SALT, AT_NONCE), RECOVERY_KDF_LOG2_N);
  try {
    const cipher = createCipheriv(ALGORITHM, sealingKey, payload.subarray(AT_NONCE, AT_CIPHERTEXT), { authTagLength: TAG_BYTES });
    cipher.setAAD(additionalDataOf(payload));
    Buffer.concat([cipher.update(key), cipher.final()]).copy(payload, AT_CIPHERTEXT);
    cipher.getAuthTag().copy(payload, AT_TAG);
  } finally {
    sealingKey.fill(0);
  }

  const code = encodeRecoveryCode(payload);
  const summary: RecoveryKitSummary = {
    installationId: installationId.toLowerCase(),
    fingerprint: fingerprint.slice(0, RECOVERY_KIT_FINGERPRINT_DIGITS),
    createdAt: isoSeconds(seconds),
  };
  return { code, file: kitFile(summary, code) };
}

/** What a kit (the file's text or the code alone) says about itself, without the passphrase. */
export function readRecoveryKit(text: string): RecoveryKitSummary {
  return parseKit(text).summary;
}

/** The field key a kit holds, checked against the kit's fingerprint. */
export async function openRecoveryKit(text: string, passphrase: string): Promise<Buffer> {
  const kit = parseKit(text);
  if (typeof passphrase !== 'string') throw new RecoveryKitError('KIT_WRONG_PASSPHRASE', 'recovery kit passphrase is wrong, or the kit was altered');
  const sealingKey = await deriveKey(passphrase, kit.salt, kit.log2N);
  let key: Buffer;
  try {
    // authTagLength pins the tag at 16 bytes.
    const decipher = createDecipheriv(ALGORITHM, sealingKey, kit.nonce, { authTagLength: TAG_BYTES });
    decipher.setAAD(kit.additionalData);
    decipher.setAuthTag(kit.tag);
    key = Buffer.concat([decipher.update(kit.ciphertext), decipher.final()]);
  } catch {
    // GCM cannot tell a wrong passphrase from an altered kit; no cause attached, nothing of either belongs here.
    throw new RecoveryKitError('KIT_WRONG_PASSPHRASE', 'recovery kit passphrase is wrong, or the kit was altered');
  } finally {
    sealingKey.fill(0);
  }
  // Authentic yet not the key it names: made by someone who knew the passphrase, never by Passerelle.
  if (fieldKeyFingerprint(key).slice(0, RECOVERY_KIT_FINGERPRINT_DIGITS) !== kit.summary.fingerprint) {
    key.fill(0);
    throw malformed('inconsistent');
  }
  return key;
}
