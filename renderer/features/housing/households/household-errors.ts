import type { TFunction } from 'i18next';
import type { ApiError } from '../../../../shared/api/result';
import type { FieldErrorTarget } from '../../../forms/server-errors';
import { inlineFieldMessage } from '../../../i18n/translate-error';
import { notifyHousingError } from '../common/housing-errors';

/**
 * A refused household or person: each refused field gets its message under its own input (a person's field on
 * its row: `people.1.birthYear`), and a notification names them all.
 */
export function showHouseholdServerError(t: TFunction, error: ApiError, form: Pick<FieldErrorTarget, 'setFieldError'>, keyOf: (path: string) => string): void {
  for (const field of error.fields ?? []) form.setFieldError(keyOf(field.path), inlineFieldMessage(t, field));
  notifyHousingError(t, error);
}
