import { useState } from 'react';
import { Select, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { PLACEMENT_END_REASONS, type HousingPlacement, type PlacementEndReason } from '../../../../shared/domain/housing/placements-api';
import type { RegistrationSummary } from '../../../../shared/domain/housing/registrations-api';
import { api, apiErrorOf, unwrap } from '../../../api/client';
import { AppModal } from '../../../components/AppModal';
import { notifySuccess } from '../../../forms/notify';
import { currentLanguage } from '../../../i18n';
import { localeOf } from '../../../i18n/language';
import { FormButtons } from '../../../components/FormButtons';
import { localToday } from '../../../dates/local-today';
import { formatDay } from '../model/unit-form';
import { EndRegistrationsDialog } from './EndRegistrationsDialog';
import { showPlacementError } from './placement-errors';
import { isDay } from './placement-model';
import { usePlacementMutation } from './queries';

interface EndValues {
  actualEnd: string;
  endReason: PlacementEndReason | null;
}

/** The registrations the ended stay proposes to end; none when the channel fails (it is only a suggestion). */
async function endProposals(placementId: number): Promise<RegistrationSummary[]> {
  try {
    return unwrap(await api.registrations.endProposals({ placementId }));
  } catch {
    return [];
  }
}

/**
 * "Fin du séjour": the day the household left (today by default, never before its start) and why. Then, if the
 * stay backed address registrations of its people, offers to end them on the same day.
 */
export function EndPlacementModal({ placement, onClose }: { placement: HousingPlacement; onClose(): void }) {
  const { t } = useTranslation();
  const locale = localeOf(currentLanguage());
  const end = usePlacementMutation(api.housing.endPlacement);
  const [proposals, setProposals] = useState<{ list: RegistrationSummary[]; endDate: string } | null>(null);
  const today = localToday();
  const form = useForm<EndValues>({
    initialValues: { actualEnd: placement.actualEnd ?? (today < placement.start ? placement.start : today), endReason: placement.endReason },
    validate: {
      actualEnd: (value) => (!isDay(value) ? t('fieldIssues.required') : value < placement.start ? t('fieldIssues.before_start') : null),
      endReason: (value) => (value === null ? t('fieldIssues.required') : null),
    },
  });

  const submit = form.onSubmit(async ({ actualEnd, endReason }) => {
    if (endReason === null) return;
    try {
      const saved = await end.mutateAsync({ id: placement.id, actualEnd, endReason });
      notifySuccess(t('housing:placements.ended', { household: saved.householdCode, unit: saved.unitCode, date: formatDay(actualEnd, locale) }));
      const list = await endProposals(saved.id);
      if (list.length === 0) onClose();
      else setProposals({ list, endDate: actualEnd });
    } catch (failure) {
      showPlacementError(t, apiErrorOf(failure), form, ['actualEnd', 'endReason'], 'actualEnd');
    }
  });

  if (proposals) return <EndRegistrationsDialog proposals={proposals.list} endDate={proposals.endDate} onClose={onClose} />;

  return (
    <AppModal opened onClose={onClose} title={t('housing:placements.end.title', { household: placement.householdCode, unit: placement.unitCode })} size="md">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Text size="sm" c="dimmed">
            {t('housing:placements.end.since', { date: formatDay(placement.start, locale), count: placement.places })}
          </Text>
          <TextInput type="date" label={t('fields.actualEnd')} description={t('housing:placements.end.dayHint')} required {...form.getInputProps('actualEnd')} />
          <Select<PlacementEndReason>
            label={t('fields.endReason')}
            placeholder={t('housing:placements.end.reasonPlaceholder')}
            required
            allowDeselect={false}
            data={PLACEMENT_END_REASONS.map((reason) => ({ value: reason, label: t(`housing:placements.reasons.${reason}`) }))}
            comboboxProps={{ withinPortal: true }}
            {...form.getInputProps('endReason')}
          />
          {form.getValues().endReason === 'other' && (
            <Text size="xs" c="dimmed">
              {t('housing:placements.end.otherHint')}
            </Text>
          )}
          <FormButtons submitLabel={t('housing:placements.end.submit')} pending={end.isPending} onCancel={onClose} />
        </Stack>
      </form>
    </AppModal>
  );
}
