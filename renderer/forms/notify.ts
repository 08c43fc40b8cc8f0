import { notifications } from '@mantine/notifications';
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

export function hideSessionNotices(): void {
  for (const id of SESSION_NOTICES) notifications.hide(id);
}
