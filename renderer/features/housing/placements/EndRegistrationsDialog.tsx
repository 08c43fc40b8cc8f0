import { useState } from 'react';
import { Button, Checkbox, Group, Stack, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { RegistrationSummary } from '../../../../shared/domain/housing/registrations-api';
import { api, apiErrorOf, unwrap } from '../../../api/client';
import { AppModal } from '../../../components/AppModal';
import { notifySuccess } from '../../../forms/notify';
import { currentLanguage } from '../../../i18n';
import { localeOf } from '../../../i18n/language';
import { notifyHousingError } from '../common/housing-errors';
import { formatDay } from '../model/unit-form';
import { registrationKeys } from '../registrations/queries';

/**
 * After a stay ended: "Mettre fin aussi à l'inscription … ?" for each address registration the stay backed
 * (all ticked). "Non" keeps them all; the registrations screen still shows them.
 */
export function EndRegistrationsDialog({ proposals, endDate, onClose }: { proposals: RegistrationSummary[]; endDate: string; onClose(): void }) {
  const { t } = useTranslation();
  const locale = localeOf(currentLanguage());
  const queryClient = useQueryClient();
  const [chosen, setChosen] = useState<number[]>(proposals.map((registration) => registration.id));
  const [pending, setPending] = useState(false);

  const endChosen = async () => {
    setPending(true);
    let ended = 0;
    try {
      for (const id of chosen) {
        unwrap(await api.registrations.end({ id, endDate }));
        ended += 1;
      }
      notifySuccess(t('housing:placements.registrations.ended', { count: ended }));
      onClose();
    } catch (failure) {
      notifyHousingError(t, apiErrorOf(failure));
      setPending(false);
    } finally {
      // The registration screens (their own keys) refresh whatever happened; placements are not concerned.
      if (ended > 0) await queryClient.invalidateQueries({ queryKey: registrationKeys.all });
    }
  };

  const label = (registration: RegistrationSummary) =>
    t('housing:placements.registrations.item', {
      kind: t(`registrations:kinds.${registration.kind}`),
      person: registration.personCode ?? t('housing:placements.registrations.erased'),
    });

  return (
    <AppModal opened onClose={onClose} title={t('housing:placements.registrations.title', { count: proposals.length })} size="lg">
      <Stack gap="md">
        <Text size="sm">{t('housing:placements.registrations.intro', { date: formatDay(endDate, locale) })}</Text>
        <Checkbox.Group value={chosen.map(String)} onChange={(values) => setChosen(values.map(Number))}>
          <Stack gap="xs">
            {proposals.map((registration) => (
              <Checkbox key={registration.id} value={String(registration.id)} label={label(registration)} />
            ))}
          </Stack>
        </Checkbox.Group>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} disabled={pending}>
            {t('housing:placements.registrations.keep')}
          </Button>
          <Button onClick={() => void endChosen()} loading={pending} disabled={chosen.length === 0} data-autofocus>
            {t('housing:placements.registrations.endChosen', { count: chosen.length })}
          </Button>
        </Group>
      </Stack>
    </AppModal>
  );
}
