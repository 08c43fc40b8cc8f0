import { useMemo, useState } from 'react';
import { NumberInput, Select, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDebouncedValue } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import type { HousingPlacement } from '../../../../shared/domain/housing/placements-api';
import type { UnitWithRoom } from '../../../../shared/api/result';
import { addDays } from '../../../../shared/domain/dates';
import { api, apiErrorOf } from '../../../api/client';
import { AppModal } from '../../../components/AppModal';
import { notifySuccess } from '../../../forms/notify';
import { currentLanguage } from '../../../i18n';
import { localeOf } from '../../../i18n/language';
import { FormButtons } from '../../../components/FormButtons';
import { localToday } from '../../../dates/local-today';
import { formatDay } from '../model/unit-form';
import { useHouseholds, useUnit } from '../queries';
import { showPlacementError } from './placement-errors';
import { createPlacementInput, emptyPlacementValues, isDay, type PlacementFormValues } from './placement-model';
import { usePlacementMutation } from './queries';
import { useActiveUnitOptions } from './use-active-unit-options';
import { RoomElsewhere } from './RoomElsewhere';
import { asInlineMessage } from '../../../i18n/translate-error';

export interface PlacementFormModalProps {
  opened: boolean;
  onClose: () => void;
  /** Pre-chosen unit (from its sheet). */
  unitId?: number;
  /** Pre-chosen household (from its sheet, or from the waiting list). */
  householdId?: number;
  /** Places pre-filled (the waiting list's request); else the household's size once it is chosen. */
  places?: number;
  onSaved?: (placement: HousingPlacement) => void;
}

const SHOWN = ['unitId', 'householdId', 'places', 'start', 'plannedEnd', 'notes'];

/** "Placer un ménage": a household (by code) in an active unit, showing each unit's free places on the start day. */
export function PlacementFormModal(props: PlacementFormModalProps) {
  // Mounted only while open, so every opening starts from the props (today, the pre-filled household…).
  if (!props.opened) return null;
  return <PlacementForm {...props} />;
}

function PlacementForm({ onClose, unitId, householdId, places, onSaved }: PlacementFormModalProps) {
  const { t } = useTranslation();
  const locale = localeOf(currentLanguage());
  const create = usePlacementMutation(api.housing.createPlacement);
  const form = useForm<PlacementFormValues>({
    initialValues: emptyPlacementValues(localToday(), { unitId, householdId, places }),
    validate: {
      unitId: (value) => (value === null ? asInlineMessage(t('fieldIssues.required')) : null),
      householdId: (value) => (value === null ? asInlineMessage(t('fieldIssues.required')) : null),
      places: (value) => (Number.isInteger(Number(value)) && Number(value) >= 1 && value !== '' ? null : asInlineMessage(t('fieldIssues.too_small', { limit: 1 }))),
      start: (value) => (isDay(value) ? null : asInlineMessage(t('fieldIssues.required'))),
      plannedEnd: (value, values) => (value !== '' && isDay(values.start) && value < values.start ? asInlineMessage(t('fieldIssues.end_before_start')) : null),
    },
  });
  const values = form.getValues();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 250);
  // The newest 200 households are offered and filtered as one types. Only a code none of them matches is
  // searched on the server: changing the options under the cursor would lose the one Enter is about to pick.
  const newest = useHouseholds({});
  const typed = debounced.trim().toUpperCase();
  const localMatch = typed === '' || (newest.data ?? []).some((household) => household.code.includes(typed));
  const households = useHouseholds(localMatch ? {} : { search: typed });
  const [known, setKnown] = useState(new Map<string, { code: string; size: number }>());
  // After a refusal for lack of room: the units with room for the whole stay (issue 14, item 8).
  const [roomElsewhere, setRoomElsewhere] = useState<UnitWithRoom[] | null>(null);
  // The unit pre-chosen from its sheet is fixed, until one of those is chosen instead.
  const [unitFixed, setUnitFixed] = useState(unitId !== undefined);
  const startDay = isDay(values.start) ? values.start : localToday();
  const activeUnits = useActiveUnitOptions(startDay);
  const chosenUnit = useUnit(values.unitId === null ? null : Number(values.unitId));

  const householdOptions = useMemo(() => {
    const options = new Map(known);
    for (const household of households.data ?? []) options.set(String(household.id), { code: household.code, size: household.size });
    return options;
  }, [households.data, known]);
  // The unit pre-chosen from its sheet is offered even when it is not active today (the server says why not).
  const unitOptions = [...activeUnits.options];
  if (unitId !== undefined && chosenUnit.data && !unitOptions.some((option) => option.value === String(unitId))) {
    unitOptions.push({ value: String(unitId), label: t('housing:placements.form.unitNotActive', { code: chosenUnit.data.code }) });
  }

  const chosenElsewhere = roomElsewhere?.find((room) => String(room.unitId) === values.unitId);
  if (chosenElsewhere && !unitOptions.some((option) => option.value === values.unitId)) {
    unitOptions.push({ value: String(chosenElsewhere.unitId), label: t('housing:placements.roomElsewhere.choice', { code: chosenElsewhere.code, kind: t(`housing:kinds.${chosenElsewhere.kind}`), count: chosenElsewhere.free }) });
  }
  const chooseElsewhere = (room: UnitWithRoom) => {
    setUnitFixed(false);
    form.setFieldValue('unitId', String(room.unitId));
    form.clearErrors();
    setRoomElsewhere(null);
  };

  const stayDays = chosenUnit.data?.effectiveCitizenStayDays ?? null;
  const endHint =
    stayDays !== null
      ? t('housing:placements.form.citizenEndHint', { count: stayDays, date: isDay(values.start) ? formatDay(addDays(values.start, stayDays), locale) : '…' })
      : t('housing:placements.form.openEndHint');

  const chooseHousehold = (value: string | null) => {
    form.setFieldValue('householdId', value);
    const chosen = value === null ? undefined : householdOptions.get(value);
    if (value !== null && chosen) {
      setKnown((current) => new Map(current).set(value, chosen));
      if (places === undefined) form.setFieldValue('places', chosen.size);
    }
  };

  const submit = form.onSubmit(async (submitted) => {
    try {
      const saved = await create.mutateAsync(createPlacementInput(submitted));
      notifySuccess(t('housing:placements.created', { household: saved.householdCode, unit: saved.unitCode }));
      onSaved?.(saved);
      onClose();
    } catch (failure) {
      const error = apiErrorOf(failure);
      setRoomElsewhere(error.unitsWithRoom ?? null);
      showPlacementError(t, error, form, SHOWN, 'places');
    }
  });

  return (
    <AppModal dirty={form.isDirty()} opened onClose={onClose} title={t('housing:placements.form.title')} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Select
            label={t('fields.householdId')}
            placeholder={t('housing:placements.form.householdPlaceholder')}
            description={t('housing:placements.form.householdHint')}
            searchable
            selectFirstOptionOnChange
            // Highlight the first option on opening too, at once: otherwise Mantine looks for the "active" option
            // a tick later and, finding none, can undo the highlight typing made, so Enter then picked nothing.
            selectFirstOptionOnDropdownOpen
            required
            // A second Enter on the chosen household must not empty this required field.
            allowDeselect={false}
            // The modal's focus trap focuses this field when it opens (not the close button): typing starts
            // here at once, and text typed during the opening is not lost to a blur that empties the search.
            data-autofocus={householdId === undefined ? true : undefined}
            data={[...householdOptions].map(([value, household]) => ({ value, label: household.code }))}
            // Controlled: a refresh of the households list while one types must not wipe what was typed.
            searchValue={search}
            onSearchChange={setSearch}
            nothingFoundMessage={t('housing:placements.form.noHousehold')}
            comboboxProps={{ withinPortal: true }}
            disabled={householdId !== undefined}
            {...form.getInputProps('householdId')}
            onChange={chooseHousehold}
          />
          <Select
            label={t('fields.unitId')}
            placeholder={t('housing:placements.form.unitPlaceholder')}
            description={t('housing:placements.form.unitHint', { date: formatDay(startDay, locale) })}
            searchable
            required
            data={unitOptions}
            nothingFoundMessage={t('housing:placements.form.noUnit')}
            comboboxProps={{ withinPortal: true }}
            disabled={unitFixed}
            {...form.getInputProps('unitId')}
          />
          <NumberInput label={t('fields.places')} min={1} max={500} allowDecimal={false} required data-autofocus={householdId !== undefined ? true : undefined} {...form.getInputProps('places')} />
          {roomElsewhere && <RoomElsewhere units={roomElsewhere} onChoose={chooseElsewhere} />}
          <TextInput type="date" label={t('fields.start')} required {...form.getInputProps('start')} />
          <TextInput type="date" label={t('fields.plannedEnd')} description={endHint} {...form.getInputProps('plannedEnd')} />
          <Textarea label={t('fields.notes')} autosize minRows={2} maxRows={5} maxLength={4000} {...form.getInputProps('notes')} />
          {activeUnits.isError && (
            <Text size="sm" c="dimmed">
              {t('housing:placements.form.freeUnknown')}
            </Text>
          )}
          <FormButtons submitLabel={t('housing:placements.form.submit')} pending={create.isPending} onCancel={onClose} />
        </Stack>
      </form>
    </AppModal>
  );
}
