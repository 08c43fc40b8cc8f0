/**
 * What a new password may be (issue 14, item 12), shared by the forms and the server. The server also scores
 * it with a maintained estimator (zxcvbn-ts, its list of common passwords and French words:
 * main/auth/password-strength.ts); the forms check the name rules at once and show the server's verdict on
 * the rest under the same field, in the same words.
 *
 * Possible: at least 10 characters (the contract's `newPasswordField`), not a common password, not derived
 * from the username or the display name; a phrase of several words is the easy way.
 */

/** The estimator's score (0–4) a new password must reach: 3, "safely unguessable" (about 10⁸ guesses and more). */
export const PASSWORD_MIN_SCORE = 3;
/** A name part shorter than this ("Li", "Bo") says too little to refuse a password for containing it. */
const NAME_PART_MIN_LETTERS = 3;

export type PasswordProblem = 'password_unchanged' | 'password_like_name' | 'password_common';

export interface PasswordOwner {
  username: string;
  displayName: string;
}

/** Lower case letters only, accents removed: "Élodie.Dupont-2024!" → "elodiedupont". */
function lettersOf(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}]/gu, '');
}

/**
 * The words of the owner's names, for the estimator too (a name inside a password costs it guesses): the
 * username and the display name whole, and each of their parts of 3 letters or more.
 */
export function ownerWords(owner: PasswordOwner): string[] {
  const whole = [lettersOf(owner.username), lettersOf(owner.displayName)];
  const parts = `${owner.username} ${owner.displayName}`.split(/[^\p{L}]+/u).map(lettersOf);
  return [...new Set([...whole, ...parts])].filter((word) => word.length >= NAME_PART_MIN_LETTERS);
}

/**
 * Whether the password is the username or the display name (or one of its parts) with digits and punctuation
 * around it ("Admin2024!", "n.verlaine-1", "Verlaine!!"), or is mostly made of it ("adminadmin", "Nadia
 * Verlaine 75"). A phrase of several words that mentions a name among others ("phrase-de-passe-admin") is
 * left to the estimator, which counts the name as known.
 */
export function derivedFromName(password: string, owner: PasswordOwner): boolean {
  const letters = lettersOf(password);
  if (letters === '') return false;
  return ownerWords(owner).some((word) => {
    if (letters === word) return true;
    const found = letters.split(word).length - 1;
    return found > 0 && found * word.length * 2 >= letters.length;
  });
}

/**
 * What is wrong with a new password, or null. `current`: the password it replaces, when known (the change
 * of one's own password: at first login, the temporary one). `score`: the estimator's, on the server only.
 */
export function passwordProblem(password: string, owner: PasswordOwner, options: { current?: string; score?: number } = {}): PasswordProblem | null {
  if (options.current !== undefined && password === options.current) return 'password_unchanged';
  if (derivedFromName(password, owner)) return 'password_like_name';
  if (options.score !== undefined && options.score < PASSWORD_MIN_SCORE) return 'password_common';
  return null;
}
