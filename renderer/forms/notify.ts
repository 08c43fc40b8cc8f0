import { notifications, notificationsStore } from '@mantine/notifications';
import type { TFunction } from 'i18next';
import type { ApiError } from '../../shared/api/result';
import { i18n } from '../i18n';
import { translateApiError } from '../i18n/translate-error';

/** Every notification's close button says what it does, in the current language. */
function closeButton(): { 'aria-label': string } {
  return { 'aria-label': i18n.t('common.close') };
}

export function notifySuccess(message: string, title?: string): void {
  notifications.show({ color: 'teal', title, message, autoClose: 5000, closeButtonProps: closeButton() });
}

export function notifyError(t: TFunction, error: ApiError): void {
  notifications.show({
    color: 'red',
    title: t('errors.title'),
    message: translateApiError(t, error),
    autoClose: error.code === 'INTERNAL' ? false : 8000,
    closeButtonProps: closeButton(),
  });
}

/** Session notices (expired, closed after inactivity) stay until dismissed or until the next sign-in. */
const SESSION_NOTICES = ['session-expired', 'session-ended'] as const;

export function notifySessionNotice(id: (typeof SESSION_NOTICES)[number], title: string, message: string): void {
  notifications.show({ id, color: 'orange', title, message, autoClose: false, closeButtonProps: closeButton() });
}

/*
 * Messages belong to their screen (issue 17). Three kinds of notices, told apart by id:
 * - the installation's own (records read-only, what a restore did): they outlive screens and sessions;
 * - the session notices (expired, closed after inactivity): they outlive screens, not the next sign-in;
 * - every other one says how an action on a screen went (saved, refused, "Annuler"): it is hidden as soon as
 *   the user opens another section, and never follows into the next session.
 */
const INSTALLATION_NOTICES: readonly string[] = ['read-only-records', 'reopened'];

function hideWhere(drop: (id: string) => boolean): void {
  const { notifications: shown, queue } = notificationsStore.getState();
  // The queued ones too (beyond the limit of four): they would otherwise appear once the shown ones are gone.
  for (const notice of [...shown, ...queue]) if (notice.id !== undefined && drop(notice.id)) notifications.hide(notice.id);
}

/** The user opened another section: the messages about the last screen's actions go. */
export function hideScreenNotices(): void {
  hideWhere((id) => !INSTALLATION_NOTICES.includes(id) && !(SESSION_NOTICES as readonly string[]).includes(id));
}

/** A session ends or another begins: nothing of the last one stays on screen (the installation's notices do). */
export function hideSessionMessages(): void {
  hideWhere((id) => !INSTALLATION_NOTICES.includes(id));
}
