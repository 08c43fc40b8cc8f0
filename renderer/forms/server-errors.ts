import type { TFunction } from 'i18next';
import type { ApiError } from '../../shared/api/result';
import { inlineFieldMessage } from '../i18n/translate-error';
import { notifyError } from './notify';

/** The part of a Mantine form this needs: `useForm(...)` satisfies it. */
export interface FieldErrorTarget {
  setFieldError(path: string, error: string): void;
  getValues(): object;
}

/**
 * Shows a failed call: each refused field gets its message under its own input (`roles.0` → `roles`), and a
 * notification names them all, so nothing is missed when a field is off screen.
 */
export function showServerError(t: TFunction, error: ApiError, form?: FieldErrorTarget): void {
  if (form && error.fields) {
    const names = Object.keys(form.getValues());
    for (const field of error.fields) {
      const name = field.path.split('.')[0] ?? field.path;
      if (names.includes(name)) form.setFieldError(name, inlineFieldMessage(t, field));
    }
  }
  notifyError(t, error);
}
