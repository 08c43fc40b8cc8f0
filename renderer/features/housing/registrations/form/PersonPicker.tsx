import { useEffect } from 'react';
import { Select, SimpleGrid } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { HousingPersonCode } from '../../../../../shared/domain/housing/people';
import { useHouseholds, usePersonCodes } from '../../queries';

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
 * The person, chosen by codes: the household first, then one of its people by code and birth year. Neither list
 * decrypts anything (names stay in the household's sheet), so choosing writes no 'view' rows to the audit log.
 */
export function PersonPicker({ householdId, personId, current, onHousehold, onPerson, householdError, personError }: PersonPickerProps) {
  const { t } = useTranslation();
  const households = useHouseholds({});
  const people = usePersonCodes(householdId === null ? null : Number(householdId));
  const label = (person: HousingPersonCode) =>
    person.birthYear === null ? person.code : t('registrations:form.personWithYear', { code: person.code, year: person.birthYear });
  const personOptions = people.data
    ? people.data.map((person) => ({ value: String(person.id), label: label(person) }))
    : current
      ? [{ value: current.personId, label: current.personCode }]
      : [];
  // A household of one: its person is the only choice.
  const only = people.data?.length === 1 ? String(people.data[0]!.id) : null;
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
        inputWrapperOrder={['label', 'input', 'description', 'error']}
        description={people.data?.length === 0 ? t('registrations:form.noPeople') : undefined}
      />
    </SimpleGrid>
  );
}
