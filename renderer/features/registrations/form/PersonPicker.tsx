import { useEffect, useState } from 'react';
import { Select, SimpleGrid } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { personName } from '../../housing/model/household-form';
import { useHousehold, useHouseholds } from '../../housing/queries';

interface PersonPickerProps {
  householdId: string | null;
  personId: string | null;
  /** The person already named by the registration being edited, shown without reading its household. */
  current?: { personId: string; personCode: string; householdCode: string | null };
  onHousehold(id: string | null): void;
  onPerson(id: string | null): void;
  householdError?: string;
  personError?: string;
}

/**
 * The person, chosen by codes: the household first (the list of codes reads nothing personal), then one of its
 * people. Reading a household decrypts its people and writes 'view' rows to the audit log, so it is read only
 * once the worker picks a household here, never to show the registration being edited.
 */
export function PersonPicker({ householdId, personId, current, onHousehold, onPerson, householdError, personError }: PersonPickerProps) {
  const { t } = useTranslation();
  const households = useHouseholds({});
  const [picked, setPicked] = useState<number | null>(null);
  const household = useHousehold(picked);
  const people = picked !== null ? (household.data?.people ?? []) : [];
  const personOptions =
    picked !== null && household.data
      ? people.map((person) => ({ value: String(person.id), label: [person.code, personName(person)].filter(Boolean).join(' · ') }))
      : current
        ? [{ value: current.personId, label: current.personCode }]
        : [];
  // A household of one: its person is the only choice.
  const only = picked !== null && people.length === 1 ? String(people[0]!.id) : null;
  useEffect(() => {
    if (only !== null && personId === null) onPerson(only);
  }, [only, personId, onPerson]);
  const householdOptions = (households.data ?? []).map((summary) => ({ value: String(summary.id), label: summary.code }));
  if (householdId !== null && !householdOptions.some((option) => option.value === householdId)) householdOptions.push({ value: householdId, label: current?.householdCode ?? householdId });

  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
      <Select
        label={t('registrations:fieldLabels.householdId')}
        description={t('registrations:form.householdHint')}
        placeholder={t('registrations:form.householdPlaceholder')}
        withAsterisk
        searchable
        allowDeselect={false}
        nothingFoundMessage={t('registrations:form.noHousehold')}
        data={householdOptions}
        value={householdId}
        error={householdError}
        comboboxProps={{ withinPortal: true }}
        data-autofocus
        onChange={(value) => {
          onHousehold(value);
          onPerson(null);
          setPicked(value === null ? null : Number(value));
        }}
      />
      <Select
        label={t('registrations:fieldLabels.personId')}
        placeholder={householdId === null ? t('registrations:form.personPlaceholder') : undefined}
        withAsterisk
        disabled={householdId === null}
        allowDeselect={false}
        nothingFoundMessage={t('registrations:form.noPeople')}
        data={personOptions}
        value={personId}
        error={personError}
        comboboxProps={{ withinPortal: true }}
        onChange={onPerson}
        // Editing: the household's people are read only if the worker opens the list to choose someone else.
        onDropdownOpen={() => {
          if (picked === null && householdId !== null) setPicked(Number(householdId));
        }}
        inputWrapperOrder={['label', 'input', 'description', 'error']}
        description={picked !== null && household.data && people.length === 0 ? t('registrations:form.noPeople') : undefined}
      />
    </SimpleGrid>
  );
}
