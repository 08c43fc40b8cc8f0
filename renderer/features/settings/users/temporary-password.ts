/** Letters and digits that cannot be mistaken for one another when read aloud or copied by hand. */
const ALPHABET = 'abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/**
 * A temporary password for a new or reset account, in groups of four ("k7Pw-Rt3x-…"), to be given to its owner
 * who replaces it at first login. Uses rejection sampling so every character is equally likely.
 */
export function temporaryPassword(
  groups = 4,
  random: (bytes: Uint8Array<ArrayBuffer>) => Uint8Array = (bytes) => crypto.getRandomValues(bytes),
): string {
  const limit = 256 - (256 % ALPHABET.length);
  const chars: string[] = [];
  while (chars.length < groups * 4) {
    for (const byte of random(new Uint8Array(32))) {
      if (byte < limit && chars.length < groups * 4) chars.push(ALPHABET[byte % ALPHABET.length]!);
    }
  }
  const parts: string[] = [];
  for (let i = 0; i < chars.length; i += 4) parts.push(chars.slice(i, i + 4).join(''));
  return parts.join('-');
}
