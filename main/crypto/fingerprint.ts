import { createHmac } from 'node:crypto';

// A fixed label: the fingerprint is a MAC of it under the key, so it names the key without revealing any of it
// and cannot be computed without the key.
const FINGERPRINT_LABEL = 'passerelle field-key fingerprint v1';

/**
 * The field key's fingerprint (64 hex digits), recorded in the database's `installation` row, in every backup's
 * manifest and in the recovery kit: a key that does not match is refused instead of silently forking the data.
 */
export function fieldKeyFingerprint(key: Buffer): string {
  return createHmac('sha256', key).update(FINGERPRINT_LABEL, 'utf8').digest('hex');
}

/** The first 16 digits, grouped by 4, for people to compare on screen and on paper. */
export function shortFingerprint(fingerprint: string): string {
  return (fingerprint.slice(0, 16).match(/.{4}/g) ?? []).join(' ').toUpperCase();
}
