import { MultiSelect, NumberInput, Select, SimpleGrid, TextInput } from '@mantine/core';
import type { GetInputPropsReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { RESIDENCE_STATUSES } from '../../../../shared/domain/housing/people';
import { COMMON_LANGUAGES, STATUS_NOT_GIVEN } from '../model/household-form';

/**
 * A person's optional details: names, birth year, residence status (from the short list, or "non renseigné"),
 * contact and languages. `prefix` is where they sit in the form ("people.0." or ""); one set of inputs for the
 * household form and the person form.
 */
export function PersonFields({ inputProps, prefix }: { inputProps(path: string): GetInputPropsReturnType; prefix: string }) {
  const { t } = useTranslation();
  const currentYear = new Date().getFullYear();
  const languages = COMMON_LANGUAGES.map((code) => ({ value: code, label: t(`housing:languages.${code}`) }));
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
      <TextInput label={t('housing:people.firstName')} maxLength={200} autoComplete="off" {...inputProps(`${prefix}firstName`)} />
      <TextInput label={t('housing:people.lastName')} maxLength={200} autoComplete="off" {...inputProps(`${prefix}lastName`)} />
      <NumberInput
        label={t('housing:people.birthYear')}
        min={1900}
        max={currentYear}
        allowDecimal={false}
        allowNegative={false}
        hideControls
        placeholder={t('housing:people.birthYearPlaceholder')}
        {...inputProps(`${prefix}birthYear`)}
      />
      <Select
        label={t('housing:people.residenceStatus')}
        allowDeselect={false}
        data={[
          { value: STATUS_NOT_GIVEN, label: t('housing:people.statusNotGiven') },
          ...RESIDENCE_STATUSES.map((status) => ({ value: status, label: t(`housing:residenceStatuses.${status}`) })),
        ]}
        comboboxProps={{ withinPortal: true }}
        {...inputProps(`${prefix}residenceStatus`)}
      />
      <TextInput label={t('housing:people.contact')} maxLength={200} autoComplete="off" placeholder={t('housing:people.contactPlaceholder')} {...inputProps(`${prefix}contact`)} />
      <MultiSelect
        label={t('housing:people.languages')}
        data={languages}
        searchable
        clearable
        maxValues={10}
        comboboxProps={{ withinPortal: true }}
        {...inputProps(`${prefix}languages`)}
      />
    </SimpleGrid>
  );
}
