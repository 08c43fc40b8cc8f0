import { useState } from 'react';
import { Button, Select, Stack, Text, TextInput } from '@mantine/core';
import { IconCalendarEvent } from '@tabler/icons-react';
import { useForm } from '@mantine/form';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { PLACEMENT_END_REASONS, type HousingPlacement, type PlacementEndReason } from '../../../../shared/domain/housing/placements-api';
import type { RegistrationSummary } from '../../../../shared/domain/housing/registrations-api';
import { actualEndIssue } from '../../../../shared/domain/housing/placement-end';
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
import { notifyEndedWithUndo } from './undo-end';
import { asInlineMessage } from '../../../i18n/translate-error';

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
 * "Fin du séjour": the day the household left (today by default, never before its start nor after today:
 * placement-end.ts) and why. A day still ahead is not a departure: the form says so under the date and offers to
 * record that day as the stay's planned end instead (updatePlacement, places and notes unchanged). Then, if the
 * stay backed address registrations of its people, offers to end them on the same day.
 */
export function EndPlacementModal({ placement, onClose }: { placement: HousingPlacement; onClose(): void }) {
  const { t } = useTranslation();
  const locale = localeOf(currentLanguage());
  const end = usePlacementMutation(api.housing.endPlacement);
  const plan = usePlacementMutation(api.housing.updatePlacement);
  const queryClient = useQueryClient();
  const [proposals, setProposals] = useState<{ list: RegistrationSummary[]; endDate: string } | null>(null);
  const today = localToday();
  const day = (value: string) => formatDay(value, locale);
  // The sentence under the date when it has not come yet (the same whether the form or the server found it).
  const notYet = (value: string) => t('housing:placements.errors.actualEndAfterToday', { end: day(value), date: day(today) });
  const form = useForm<EndValues>({
    initialValues: { actualEnd: placement.actualEnd ?? (today < placement.start ? placement.start : today), endReason: placement.endReason },
    validate: {
      actualEnd: (value) => {
        if (!isDay(value)) return asInlineMessage(t('fieldIssues.required'));
        const issue = actualEndIssue(value, placement.start, today);
        return issue === 'before_start' ? asInlineMessage(t('fieldIssues.before_start')) : issue === 'after_today' ? notYet(value) : null;
      },
      endReason: (value) => (value === null ? asInlineMessage(t('fieldIssues.required')) : null),
    },
  });
  const typedEnd = form.getValues().actualEnd;
  // Only a stay still open can take a planned end instead: an ended one keeps its recorded departure.
  const plannedInstead = placement.actualEnd === null && isDay(typedEnd) && actualEndIssue(typedEnd, placement.start, today) === 'after_today';

  const recordAsPlannedEnd = async () => {
    try {
      const saved = await plan.mutateAsync({ id: placement.id, places: placement.places, plannedEnd: typedEnd, notes: placement.notes });
      notifySuccess(t('housing:placements.end.plannedEndSaved', { household: saved.householdCode, unit: saved.unitCode, date: day(typedEnd) }));
      onClose();
    } catch (failure) {
      showPlacementError(t, apiErrorOf(failure), form, [], 'actualEnd');
    }
  };

  const submit = form.onSubmit(async ({ actualEnd, endReason }) => {
    if (endReason === null) return;
    try {
      const saved = await end.mutateAsync({ id: placement.id, actualEnd, endReason });
      notifyEndedWithUndo(t, queryClient, saved, t('housing:placements.ended', { household: saved.householdCode, unit: saved.unitCode, date: day(actualEnd) }));
      const list = await endProposals(saved.id);
      if (list.length === 0) onClose();
      else setProposals({ list, endDate: actualEnd });
    } catch (failure) {
      const error = apiErrorOf(failure);
      showPlacementError(t, error, form, ['actualEnd', 'endReason'], 'actualEnd');
      // The server's today may be ahead of this computer's: its refusal reads like the form's own.
      if (error.fields?.some((field) => field.path === 'actualEnd' && field.issue === 'after_today')) form.setFieldError('actualEnd', notYet(actualEnd));
    }
  });

  if (proposals) return <EndRegistrationsDialog proposals={proposals.list} endDate={proposals.endDate} onClose={onClose} />;

  return (
    <AppModal dirty={form.isDirty()} opened onClose={onClose} title={t('housing:placements.end.title', { household: placement.householdCode, unit: placement.unitCode })} size="md">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Text size="sm" c="dimmed">
            {t('housing:placements.end.since', { date: formatDay(placement.start, locale), count: placement.places })}
          </Text>
          <TextInput type="date" label={t('fields.actualEnd')} description={t('housing:placements.end.dayHint')} required max={today} {...form.getInputProps('actualEnd')} />
          {plannedInstead && (
            <Button variant="light" leftSection={<IconCalendarEvent size={16} />} loading={plan.isPending} onClick={() => void recordAsPlannedEnd()} style={{ alignSelf: 'flex-start' }}>
              {t('housing:placements.end.usePlannedEnd', { date: day(typedEnd) })}
            </Button>
          )}
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
