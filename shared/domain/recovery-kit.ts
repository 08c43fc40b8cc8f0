/**
 * The recovery kit as the form and the server both see it (issue 13, point 4): the field key sealed with a
 * passphrase, so that a new PC or a new OS account can get the key back. The sealing itself lives in
 * main/crypto/recovery-kit.ts; here are only the rule a passphrase must meet, the kit's visible facts and the
 * few numbers both sides quote. No Node module: the renderer imports this file.
 */

/** Fewer characters than this make a passphrase a memory-hard KDF cannot save from guessing. */
export const RECOVERY_PASSPHRASE_MIN = 12;
/** Enough for any sentence a person means to remember; more is a paste accident. */
export const RECOVERY_PASSPHRASE_MAX = 200;

/** The longest text an import reads (a kit file is well under 1 000 characters). */
export const RECOVERY_KIT_MAX_TEXT = 4000;

/** How many hex digits of the key's fingerprint a kit carries: the 16 that `shortFingerprint` shows. */
export const RECOVERY_KIT_FINGERPRINT_DIGITS = 16;

/** The code is written in groups of 4 characters, and on paper in lines of this many groups. */
export const RECOVERY_CODE_GROUP = 4;
export const RECOVERY_CODE_GROUPS_PER_LINE = 4;

export type RecoveryPassphraseIssue = 'too_short' | 'too_long';

/**
 * Counts code points after NFC normalisation, as the kit derives its key from the NFC form: "é" typed as one
 * character or as "e" + accent is the same passphrase, and an emoji counts once.
 */
export function recoveryPassphraseIssue(passphrase: string): RecoveryPassphraseIssue | null {
  const length = [...passphrase.normalize('NFC')].length;
  if (length < RECOVERY_PASSPHRASE_MIN) return 'too_short';
  if (length > RECOVERY_PASSPHRASE_MAX) return 'too_long';
  return null;
}

/** What a kit says about itself, readable without the passphrase. */
export interface RecoveryKitSummary {
  /** The installation the key belongs to (a lowercase UUID). */
  installationId: string;
  /**
   * The first `RECOVERY_KIT_FINGERPRINT_DIGITS` hex digits (lowercase) of the key's fingerprint: the code
   * carries only this prefix, to stay short enough to retype. Compare with `kitFingerprintMatches`.
   */
  fingerprint: string;
  /** When the kit was made, to the second, as `Date.toISOString` writes it: `2026-11-28T10:00:00.000Z`. */
  createdAt: string;
}

/** Whether a full fingerprint (64 hex digits, from the `installation` row) is the one a kit names. */
export function kitFingerprintMatches(kit: Pick<RecoveryKitSummary, 'fingerprint'>, fingerprint: string): boolean {
  return (
    kit.fingerprint.length === RECOVERY_KIT_FINGERPRINT_DIGITS &&
    fingerprint.toLowerCase().slice(0, RECOVERY_KIT_FINGERPRINT_DIGITS) === kit.fingerprint.toLowerCase()
  );
}
