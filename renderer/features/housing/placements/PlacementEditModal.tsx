import { NumberInput, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { HousingPlacement } from '../../../../shared/domain/housing/placements-api';
import { api, apiErrorOf } from '../../../api/client';
import { AppModal } from '../../../components/AppModal';
import { notifySuccess } from '../../../forms/notify';
import { currentLanguage } from '../../../i18n';
import { localeOf } from '../../../i18n/language';
import { FormButtons } from '../../../components/FormButtons';
import { formatDay } from '../model/unit-form';
import { showPlacementError } from './placement-errors';
import { isDay, placementEditValues, updatePlacementInput, type PlacementEditValues } from './placement-model';
import { usePlacementMutation } from './queries';
import { asInlineMessage } from '../../../i18n/translate-error';

/** Planned end (empty: open-ended), places and notes of a stay; the unit, household and start stay as recorded. */
export function PlacementEditModal({ placement, onClose }: { placement: HousingPlacement; onClose(): void }) {
  const { t } = useTranslation();
  const locale = localeOf(currentLanguage());
  const update = usePlacementMutation(api.housing.updatePlacement);
  const form = useForm<PlacementEditValues>({
    initialValues: placementEditValues(placement),
    validate: {
      places: (value) => (value !== '' && Number.isInteger(Number(value)) && Number(value) >= 1 ? null : asInlineMessage(t('fieldIssues.too_small', { limit: 1 }))),
      plannedEnd: (value) => (value !== '' && isDay(value) && value < placement.start ? asInlineMessage(t('fieldIssues.end_before_start')) : null),
    },
  });

  const submit = form.onSubmit(async (values) => {
    try {
      const saved = await update.mutateAsync(updatePlacementInput(placement.id, values));
      notifySuccess(t('housing:placements.updated', { household: saved.householdCode, unit: saved.unitCode }));
      onClose();
    } catch (failure) {
      showPlacementError(t, apiErrorOf(failure), form, ['places', 'plannedEnd', 'notes'], 'places');
    }
  });

  return (
    <AppModal dirty={form.isDirty()} opened onClose={onClose} title={t('housing:placements.edit.title', { household: placement.householdCode, unit: placement.unitCode })} size="md">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Text size="sm" c="dimmed">
            {t('housing:placements.end.since', { date: formatDay(placement.start, locale), count: placement.places })}
          </Text>
          <NumberInput label={t('fields.places')} min={1} max={500} allowDecimal={false} required {...form.getInputProps('places')} />
          <TextInput type="date" label={t('fields.plannedEnd')} description={t('housing:placements.edit.plannedEndHint')} {...form.getInputProps('plannedEnd')} />
          <Textarea label={t('fields.notes')} autosize minRows={2} maxRows={5} maxLength={4000} {...form.getInputProps('notes')} />
          <FormButtons submitLabel={t('common.save')} pending={update.isPending} onCancel={onClose} />
        </Stack>
      </form>
    </AppModal>
  );
}
