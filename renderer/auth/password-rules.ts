import type { TFunction } from 'i18next';
import { inlineFieldMessage } from '../i18n/translate-error';
import { passwordProblem, type PasswordOwner } from '../../shared/domain/passwords';

/**
 * The message under a new-password input for what the form can tell at once with the server's own rules
 * (shared/domain/passwords.ts): the password it replaces, or one derived from the owner's names. How common
 * it is only the server knows (its estimator's dictionaries stay on the Node side); its field error comes
 * back under the same input in the same words.
 */
export function newPasswordMessage(t: TFunction, password: string, owner: PasswordOwner, current?: string): string | undefined {
  const problem = passwordProblem(password, owner, { current });
  return problem === null ? undefined : inlineFieldMessage(t, { path: 'password', issue: problem });
}
