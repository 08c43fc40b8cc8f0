import type { TFunction } from 'i18next';

/**
 * The eye button of a password input. Its name avoids the words "mot de passe" so that the input's own label
 * stays the only element named after the field.
 */
export function passwordToggleProps(t: TFunction): { 'aria-label': string } {
  return { 'aria-label': t('common.showTyping') };
}
