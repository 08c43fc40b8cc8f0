import type { FieldError } from '../../../../shared/api/result';
import { RECOVERY_KIT_MAX_TEXT } from '../../../../shared/domain/recovery-kit';

/** A kit file is well under 1 000 characters; a bigger file is not a kit, and is not read into the form. */
export const KIT_FILE_MAX_BYTES = RECOVERY_KIT_MAX_TEXT * 4;

/** The text as the import reads it: without a byte-order mark or surrounding blank lines. */
export function cleanKitText(text: string): string {
  return text.replace(/^\uFEFF/, '').trim();
}

/** Why a kit's text cannot be sent, as a field issue of `kit` (the server reads the code itself). */
export function kitTextProblem(text: string): FieldError | null {
  const clean = cleanKitText(text);
  if (clean === '') return { path: 'kit', issue: 'required' };
  if (clean.length > RECOVERY_KIT_MAX_TEXT) return { path: 'kit', issue: 'too_long', params: { limit: RECOVERY_KIT_MAX_TEXT } };
  return null;
}
