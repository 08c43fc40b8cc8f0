/**
 * The recovery kit form's own checks, before anything is sent: the administrator's password is there, the
 * passphrase meets the kit's rule (the same `recoveryPassphraseIssue` the server applies) and was typed the
 * same twice. The server still checks the password and the rule.
 */
import type { FieldError } from '../../../../shared/api/result';
import { RECOVERY_PASSPHRASE_MAX, RECOVERY_PASSPHRASE_MIN, recoveryPassphraseIssue } from '../../../../shared/domain/recovery-kit';

export interface KitFormValues {
  password: string;
  passphrase: string;
  confirmPassphrase: string;
}

export const EMPTY_KIT_FORM: KitFormValues = { password: '', passphrase: '', confirmPassphrase: '' };

/** A field issue as the server would word it (translated by `inlineFieldMessage`), or the two entries that differ. */
export type KitFormProblem = { field: FieldError } | { mismatch: true };

export function kitFormProblems(values: KitFormValues): Partial<Record<keyof KitFormValues, KitFormProblem>> {
  const problems: Partial<Record<keyof KitFormValues, KitFormProblem>> = {};
  if (values.password === '') problems.password = { field: { path: 'password', issue: 'required' } };
  const issue = recoveryPassphraseIssue(values.passphrase);
  if (values.passphrase === '') problems.passphrase = { field: { path: 'passphrase', issue: 'required' } };
  else if (issue) {
    const limit = issue === 'too_short' ? RECOVERY_PASSPHRASE_MIN : RECOVERY_PASSPHRASE_MAX;
    problems.passphrase = { field: { path: 'passphrase', issue, params: { limit } } };
  }
  // Compared as the kit will read them (NFC): "é" typed two ways is the same passphrase.
  if (!problems.passphrase && values.confirmPassphrase.normalize('NFC') !== values.passphrase.normalize('NFC')) {
    problems.confirmPassphrase = { mismatch: true };
  }
  return problems;
}
