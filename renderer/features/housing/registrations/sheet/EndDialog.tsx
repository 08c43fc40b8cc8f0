import { useState } from 'react';
import { Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { HousingRegistration } from '../../../../../shared/domain/housing/registrations-api';
import { api, apiErrorOf } from '../../../../api/client';
import { AppModal } from '../../../../components/AppModal';
import { notifySuccess } from '../../../../forms/notify';
import { FormButtons } from '../../../../components/FormButtons';
import { localToday } from '../../../../dates/local-today';
import { notifyRegistrationError, registrationFormErrors } from '../common/registration-errors';
import { useRegistrationMutation } from '../queries';

/** "Mettre fin": the last day of an active registration (today by default); a refused date shows under its input. */
export function EndDialog({ registration, code, onClose }: { registration: HousingRegistration; code: string; onClose(): void }) {
  const { t } = useTranslation();
  const [endDate, setEndDate] = useState(localToday());
  const [error, setError] = useState<string | undefined>();
  const end = useRegistrationMutation(api.registrations.end);
  const submit = async () => {
    setError(undefined);
    try {
      await end.mutateAsync({ id: registration.id, endDate });
      notifySuccess(t('registrations:end.done', { code }));
      onClose();
    } catch (failure) {
      const refusal = apiErrorOf(failure);
      setError(registrationFormErrors(t, refusal.fields ?? []).endDate);
      notifyRegistrationError(t, refusal);
    }
  };
  return (
    <AppModal dirty={endDate !== localToday()} opened onClose={onClose} title={t('registrations:end.title', { code })} size="md">
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <Stack gap="md">
          <Text size="sm">{t('registrations:end.message')}</Text>
          <TextInput
            type="date"
            label={t('registrations:fieldLabels.endDate')}
            withAsterisk
            value={endDate}
            onChange={(event) => setEndDate(event.currentTarget.value)}
            error={error}
            data-autofocus
            w={220}
          />
          <FormButtons submitLabel={t('registrations:end.submit')} pending={end.isPending} onCancel={onClose} />
        </Stack>
      </form>
    </AppModal>
  );
}
