import { useState } from 'react';
import { Alert, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { api, apiErrorOf } from '../../../api/client';
import type { HousingPerson } from '../../../../shared/domain/housing/people';
import { AppModal } from '../../../components/AppModal';
import { notifySuccess } from '../../../forms/notify';
import { notifyHousingError } from '../common/housing-errors';
import { erasureConfirmed } from '../model/household-form';
import { useHouseholdMutation } from '../mutations';

/** "Effacer la personne": the data really goes, so the person's code must be typed again to confirm. */
export function ErasePersonDialog({ person, onClose }: { person: HousingPerson; onClose(): void }) {
  const { t } = useTranslation();
  const [typed, setTyped] = useState('');
  const erase = useHouseholdMutation(api.housing.erasePerson, person.householdId);
  const confirmed = erasureConfirmed(typed, person.code);
  const confirm = async () => {
    if (!confirmed) return;
    try {
      await erase.mutateAsync({ id: person.id });
      notifySuccess(t('housing:people.erased', { code: person.code }));
      onClose();
    } catch (failure) {
      notifyHousingError(t, apiErrorOf(failure));
    }
  };
  return (
    <AppModal opened onClose={onClose} title={t('housing:people.eraseTitle', { code: person.code })} size="md">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void confirm();
        }}
        noValidate
      >
        <Stack gap="md">
          <Alert color="red" variant="light" icon={<IconAlertTriangle size={18} />}>
            <Text size="sm">{t('housing:people.eraseWarning')}</Text>
          </Alert>
          <TextInput
            label={t('housing:people.eraseTypeCode', { code: person.code })}
            value={typed}
            onChange={(event) => setTyped(event.currentTarget.value)}
            autoComplete="off"
            spellCheck={false}
            ff="monospace"
            data-autofocus
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose} disabled={erase.isPending}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" color="red" loading={erase.isPending} disabled={!confirmed}>
              {t('housing:people.eraseConfirm')}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}
