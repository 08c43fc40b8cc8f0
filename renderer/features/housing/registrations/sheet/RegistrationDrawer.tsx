import { useState } from 'react';
import { Badge, Group, Text } from '@mantine/core';
import { AppDrawer } from '../../../../components/AppDrawer';
import { useTranslation } from 'react-i18next';
import { api, apiErrorOf } from '../../../../api/client';
import { ConfirmDialog } from '../../../../components/ConfirmDialog';
import { notifySuccess } from '../../../../forms/notify';
import { currentLanguage } from '../../../../i18n';
import { localeOf } from '../../../../i18n/language';
import { QueryContent } from '../../../../components/QueryContent';
import { formatDay } from '../../model/unit-form';
import { RegistrationStatusBadge } from '../common/badges';
import { notifyRegistrationError } from '../common/registration-errors';
import { RegistrationFormModal } from '../form/RegistrationFormModal';
import { useDeleteRegistration, useRegistration, useRegistrationMutation } from '../queries';
import { EndDialog } from './EndDialog';
import { RegistrationSheet, type SheetAction } from './RegistrationSheet';

type Dialog = { kind: SheetAction } | { kind: 'removeContact'; date: string };

/**
 * One registration's sheet. Opening it decrypts the commune reference and the notes and writes a 'view' row to the
 * access log: the record is read once, and every change answers the new record (no second read). The drawer
 * hides while one of its dialogs is open, so Escape closes only that dialog.
 */
export function RegistrationDrawer({ registrationId, onClose }: { registrationId: number; onClose(): void }) {
  const { t } = useTranslation();
  const registration = useRegistration(registrationId);
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const remove = useDeleteRegistration();
  const removeContact = useRegistrationMutation(api.registrations.deleteContact);
  const data = registration.data;
  const code = data?.personCode ?? t('registrations:list.erased');
  const close = () => setDialog(null);
  const day = (value: string) => formatDay(value, localeOf(currentLanguage()));

  const confirmDelete = async () => {
    try {
      await remove.mutateAsync(registrationId);
      notifySuccess(t('registrations:delete.done', { code }));
      onClose();
    } catch (failure) {
      notifyRegistrationError(t, apiErrorOf(failure));
      close();
    }
  };
  const confirmRemoveContact = async (date: string) => {
    try {
      await removeContact.mutateAsync({ registrationId, date });
      notifySuccess(t('registrations:contacts.removed', { date: day(date) }));
    } catch (failure) {
      notifyRegistrationError(t, apiErrorOf(failure));
    }
    close();
  };

  return (
    <>
      <AppDrawer
        opened={dialog === null}
        onClose={onClose}
        position="right"
        size="lg"
        closeButtonProps={{ 'aria-label': t('common.close') }}
        title={
          data ? (
            <Group gap="sm">
              <Text fw={700} fz="lg" ff={data.personCode ? 'monospace' : undefined}>
                {code}
              </Text>
              <Badge variant="outline" color="gray" style={{ textTransform: 'none' }}>
                {t(`registrations:kinds.${data.kind}`)}
              </Badge>
              <RegistrationStatusBadge status={data.status} />
            </Group>
          ) : (
            t('registrations:sheet.loading')
          )
        }
      >
        <QueryContent query={registration}>
          {(loaded) => <RegistrationSheet registration={loaded} onAction={(kind) => setDialog({ kind })} onRemoveContact={(date) => setDialog({ kind: 'removeContact', date })} />}
        </QueryContent>
      </AppDrawer>
      {data && dialog?.kind === 'edit' && <RegistrationFormModal registration={data} onClose={close} onSaved={close} />}
      {data && dialog?.kind === 'end' && <EndDialog registration={data} code={code} onClose={close} />}
      <ConfirmDialog
        opened={dialog?.kind === 'delete'}
        title={t('registrations:delete.title', { code })}
        message={t('registrations:delete.message')}
        confirmLabel={t('registrations:delete.confirm')}
        danger
        loading={remove.isPending}
        onConfirm={() => void confirmDelete()}
        onClose={close}
      />
      <ConfirmDialog
        opened={dialog?.kind === 'removeContact'}
        title={dialog?.kind === 'removeContact' ? t('registrations:contacts.removeTitle', { date: day(dialog.date) }) : ''}
        message={dialog?.kind === 'removeContact' ? t('registrations:contacts.removeMessage', { date: day(dialog.date) }) : ''}
        confirmLabel={t('registrations:contacts.remove')}
        danger
        loading={removeContact.isPending}
        onConfirm={() => dialog?.kind === 'removeContact' && void confirmRemoveContact(dialog.date)}
        onClose={close}
      />
    </>
  );
}
