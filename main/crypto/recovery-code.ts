import { createHash } from 'node:crypto';
import { RECOVERY_CODE_GROUP, RECOVERY_CODE_GROUPS_PER_LINE } from '../../shared/domain/recovery-kit';

/*
 * The recovery kit's code (main/crypto/recovery-kit.ts says what it holds): bytes written in Crockford base32
 * with a checksum, in groups of 4, read back as people retype them from paper. Also the kit's errors, which
 * the code's reading raises first.
 */

const CHECKSUM_BYTES = 4;
// Domain separation: the checksum names the format, so it cannot be taken for another scheme's.
const CHECKSUM_LABEL = Buffer.from('passerelle-recovery-kit checksum\0', 'utf8');

// ---------------------------------------------------------------------------------------------- errors

export type RecoveryKitErrorCode =
  /** Not a kit, or a code that was mistyped (a character outside the alphabet, a wrong length, a checksum). */
  | 'KIT_MALFORMED'
  /** A kit of another format version, or KDF parameters outside the accepted bounds. */
  | 'KIT_UNSUPPORTED'
  /** Authentication failed: a wrong passphrase, or a kit altered after it was made. */
  | 'KIT_WRONG_PASSPHRASE';

/** Why a kit is `KIT_MALFORMED`, for a message that tells "not a kit" from "a typo". */
export type RecoveryKitMalformedDetail = 'not_a_kit' | 'wrong_length' | 'invalid_character' | 'checksum' | 'inconsistent';

export class RecoveryKitError extends Error {
  constructor(
    readonly code: RecoveryKitErrorCode,
    message: string,
    readonly detail?: RecoveryKitMalformedDetail,
  ) {
    super(message);
    this.name = 'RecoveryKitError';
  }
}

const MALFORMED_MESSAGES: Record<RecoveryKitMalformedDetail, string> = {
  not_a_kit: 'text is not a recovery kit',
  wrong_length: 'recovery code has the wrong length (mistyped)',
  invalid_character: 'recovery code has a character outside its alphabet (mistyped)',
  checksum: 'recovery code checksum does not match (mistyped)',
  inconsistent: 'recovery kit holds a key that does not match its fingerprint',
};

export function malformed(detail: RecoveryKitMalformedDetail): RecoveryKitError {
  return new RecoveryKitError('KIT_MALFORMED', MALFORMED_MESSAGES[detail], detail);
}

// ----------------------------------------------------------------------------------- Crockford base32

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
// Crockford's reading rules: O is read as 0, I and L as 1 (U stays invalid).
const LOOKALIKES: Record<string, string> = { O: '0', I: '1', L: '1' };
// What people and editors put between groups: spaces, dashes (also typographic ones), line breaks.
const SEPARATORS = /[\s\-\u2010-\u2015\u2212]+/g;

function base32Encode(bytes: Uint8Array): string {
  let out = '';
  let buffer = 0;
  let bits = 0;
  for (const byte of bytes) {
    buffer = (buffer << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      bits -= 5;
      out += ALPHABET[(buffer >> bits) & 31];
    }
    buffer &= (1 << bits) - 1;
  }
  // Only whole 5-byte blocks are encoded (8 characters each), so no bits are left over.
  if (bits !== 0) throw new RangeError('recovery code length must be a multiple of 5 bytes');
  return out;
}

/** `characters` are already normalised (upper case, in the alphabet) and a multiple of 8 long. */
function base32Decode(characters: string): Buffer {
  const out = Buffer.alloc((characters.length * 5) / 8);
  let buffer = 0;
  let bits = 0;
  let index = 0;
  for (const character of characters) {
    buffer = (buffer << 5) | ALPHABET.indexOf(character);
    bits += 5;
    if (bits >= 8) {
      bits -= 8;
      out[index++] = (buffer >> bits) & 0xff;
    }
    buffer &= (1 << bits) - 1;
  }
  return out;
}

function checksum(payload: Uint8Array): Buffer {
  return createHash('sha256').update(CHECKSUM_LABEL).update(payload).digest().subarray(0, CHECKSUM_BYTES);
}

/** Upper case, separators dropped, O → 0 and I/L → 1; anything else outside the alphabet is a typo. */
function normaliseCode(code: string): string {
  const characters = code
    .toUpperCase()
    .replace(SEPARATORS, '')
    .replace(/[OIL]/g, (character) => LOOKALIKES[character]!);
  if (characters === '') throw malformed('not_a_kit');
  for (const character of characters) {
    if (!ALPHABET.includes(character)) throw malformed('invalid_character');
  }
  return characters;
}

/** The code for a payload: its checksum appended, in Crockford base32, groups of 4 joined by '-'. */
export function encodeRecoveryCode(payload: Uint8Array): string {
  const characters = base32Encode(Buffer.concat([payload, checksum(payload)]));
  return (characters.match(new RegExp(`.{1,${RECOVERY_CODE_GROUP}}`, 'g')) ?? []).join('-');
}

/** The payload a code holds, its checksum checked and removed. Reads codes as people retype them. */
export function decodeRecoveryCode(code: string): Buffer {
  const characters = normaliseCode(code);
  // 8 characters carry 5 bytes exactly; a shorter or longer code is a group left out or typed twice.
  if (characters.length % 8 !== 0 || characters.length < 16) throw malformed('wrong_length');
  const bytes = base32Decode(characters);
  const payload = bytes.subarray(0, bytes.length - CHECKSUM_BYTES);
  if (!checksum(payload).equals(bytes.subarray(bytes.length - CHECKSUM_BYTES))) throw malformed('checksum');
  return payload;
}

/** The code as printed: lines of `RECOVERY_CODE_GROUPS_PER_LINE` groups. */
export function recoveryCodeLines(code: string): string[] {
  const groups = code.split('-');
  const lines: string[] = [];
  for (let start = 0; start < groups.length; start += RECOVERY_CODE_GROUPS_PER_LINE) {
    lines.push(groups.slice(start, start + RECOVERY_CODE_GROUPS_PER_LINE).join('-'));
  }
  return lines;
}

