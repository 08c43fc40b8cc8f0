import { useState } from 'react';
import { NumberInput, Select, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { HousingPlacement } from '../../../../shared/domain/housing/placements-api';
import type { RegistrationSummary } from '../../../../shared/domain/housing/registrations-api';
import type { UnitWithRoom } from '../../../../shared/api/result';
import { api, apiErrorOf, unwrap } from '../../../api/client';
import { AppModal } from '../../../components/AppModal';
import { notifySuccess } from '../../../forms/notify';
import { currentLanguage } from '../../../i18n';
import { localeOf } from '../../../i18n/language';
import { FormButtons } from '../../../components/FormButtons';
import { localToday } from '../../../dates/local-today';
import { formatDay } from '../model/unit-form';
import { EndRegistrationsDialog } from './EndRegistrationsDialog';
import { actualEndIssue } from '../../../../shared/domain/housing/placement-end';
import { emptyMoveValues, movePlacementInput, type MoveFormValues } from './move-model';
import { showPlacementError } from './placement-errors';
import { isDay } from './placement-model';
import { usePlacementMutation } from './queries';
import { useActiveUnitOptions } from './use-active-unit-options';
import { RoomElsewhere } from './RoomElsewhere';
import { asInlineMessage } from '../../../i18n/translate-error';

const SHOWN = ['date', 'unitId', 'places', 'plannedEnd', 'notes'];

/**
 * "Déménager": the household leaves this unit on a day and moves into another active unit the same day. The
 * server does both in one transaction (housing/movePlacement), so a refused new stay leaves this one open. Then,
 * like the end of a stay, it offers to end the registrations that were tied to the unit left.
 */
export function MovePlacementModal({ placement, onClose }: { placement: HousingPlacement; onClose(): void }) {
  const { t } = useTranslation();
  const locale = localeOf(currentLanguage());
  const move = usePlacementMutation(api.housing.movePlacement);
  const [proposals, setProposals] = useState<{ list: RegistrationSummary[]; endDate: string } | null>(null);
  const [roomElsewhere, setRoomElsewhere] = useState<UnitWithRoom[] | null>(null);
  const today = localToday();
  const form = useForm<MoveFormValues>({
    initialValues: emptyMoveValues(placement, localToday()),
    validate: {
      // The move's day ends this stay: a day that has come (placement-end.ts).
      date: (value) => {
        if (!isDay(value)) return asInlineMessage(t('fieldIssues.required'));
        const issue = actualEndIssue(value, placement.start, today);
        return issue === null ? null : asInlineMessage(t(`fieldIssues.${issue}`, { date: today }));
      },
      unitId: (value) => (value === null ? asInlineMessage(t('fieldIssues.required')) : null),
      places: (value) => (value !== '' && Number.isInteger(Number(value)) && Number(value) >= 1 ? null : asInlineMessage(t('fieldIssues.too_small', { limit: 1 }))),
      plannedEnd: (value, values) => (value !== '' && isDay(values.date) && value <= values.date ? asInlineMessage(t('fieldIssues.end_before_start')) : null),
    },
  });
  const values = form.getValues();
  const day = isDay(values.date) ? values.date : localToday();
  const unitOptions = useActiveUnitOptions(day).options.filter((option) => option.value !== String(placement.unitId));

  const submit = form.onSubmit(async (submitted) => {
    try {
      const { ended, placement: started } = await move.mutateAsync(movePlacementInput(placement, submitted));
      notifySuccess(t('housing:placements.move.done', { household: started.householdCode, from: ended.unitCode, unit: started.unitCode, date: formatDay(submitted.date, locale) }));
      let list: RegistrationSummary[] = [];
      try {
        list = unwrap(await api.registrations.endProposals({ placementId: ended.id }));
      } catch {
        // Only a suggestion: without it the move is still done.
      }
      if (list.length === 0) onClose();
      else setProposals({ list, endDate: submitted.date });
    } catch (failure) {
      const error = apiErrorOf(failure);
      setRoomElsewhere(error.unitsWithRoom ?? null);
      showPlacementError(t, error, form, SHOWN, 'unitId');
    }
  });

  if (proposals) return <EndRegistrationsDialog proposals={proposals.list} endDate={proposals.endDate} onClose={onClose} />;

  return (
    <AppModal dirty={form.isDirty()} opened onClose={onClose} title={t('housing:placements.move.title', { household: placement.householdCode, unit: placement.unitCode })} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Text size="sm" c="dimmed">
            {t('housing:placements.move.explain', { unit: placement.unitCode })}
          </Text>
          <TextInput type="date" label={t('housing:placements.move.date')} required data-autofocus {...form.getInputProps('date')} />
          <Select
            label={t('housing:placements.move.unit')}
            placeholder={t('housing:placements.form.unitPlaceholder')}
            description={t('housing:placements.form.unitHint', { date: formatDay(day, locale) })}
            searchable
            required
            data={unitOptions}
            nothingFoundMessage={t('housing:placements.form.noUnit')}
            comboboxProps={{ withinPortal: true }}
            {...form.getInputProps('unitId')}
          />
          <NumberInput label={t('fields.places')} min={1} max={500} allowDecimal={false} required {...form.getInputProps('places')} />
          {roomElsewhere && (
            <RoomElsewhere
              units={roomElsewhere}
              exceptUnitId={placement.unitId}
              onChoose={(room) => {
                form.setFieldValue('unitId', String(room.unitId));
                form.clearErrors();
                setRoomElsewhere(null);
              }}
            />
          )}
          <TextInput type="date" label={t('fields.plannedEnd')} description={t('housing:placements.form.openEndHint')} {...form.getInputProps('plannedEnd')} />
          <Textarea label={t('fields.notes')} autosize minRows={2} maxRows={5} maxLength={4000} {...form.getInputProps('notes')} />
          <FormButtons submitLabel={t('housing:placements.move.submit')} pending={move.isPending} onCancel={onClose} />
        </Stack>
      </form>
    </AppModal>
  );
}
