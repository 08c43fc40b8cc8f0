import type { TFunction } from 'i18next';
import { apiErrorOf } from '../../../api/client';
import { notifySuccess } from '../../../forms/notify';
import { showServerError, type FieldErrorTarget } from '../../../forms/server-errors';

/**
 * The directory forms' save step: create or update (the caller's `save`), say so, close; a refusal from the
 * server lands on the form's fields and the modal stays open.
 */
export async function saveFromForm<Saved>(options: {
  t: TFunction;
  form: FieldErrorTarget;
  save: () => Promise<Saved>;
  success: (saved: Saved) => string;
  onClose: () => void;
}): Promise<void> {
  try {
    const saved = await options.save();
    notifySuccess(options.success(saved));
    options.onClose();
  } catch (error) {
    showServerError(options.t, apiErrorOf(error), options.form);
  }
}
