import { useMemo, useState } from 'react';
import { Group, Input, MultiSelect, NumberInput, SegmentedControl, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDebouncedValue } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { api, apiErrorOf } from '../../../api/client';
import { contract } from '../../../../shared/api/contract';
import { UNIT_KINDS, type UnitKind } from '../../../../shared/domain/housing/units';
import { WAITLIST_PRIORITIES, type WaitlistEntry, type WaitlistPriority } from '../../../../shared/domain/housing/waitlist';
import { AppModal } from '../../../components/AppModal';
import { fieldErrorsFromSchema } from '../../../forms/contract-validation';
import { notifySuccess } from '../../../forms/notify';
import { FormButtons } from '../../../components/FormButtons';
import { localToday } from '../../../dates/local-today';
import { errorsByKey } from '../model/unit-form';
import { useHouseholds } from '../queries';
import { showWaitlistError, waitlistInlineMessage } from './waitlist-errors';
import { addInput, emptyWaitlistValues, entryFields, valuesFromEntry, type WaitlistFormValues } from './waitlist-model';
import { useWaitlistMutation } from './waitlist-queries';

interface WaitlistFormModalProps {
  /** Editing this entry; none: adding a household to the list. */
  entry?: WaitlistEntry;
  /** Households already waiting: offered but not selectable. */
  waitingHouseholdIds: ReadonlySet<number>;
  onClose(): void;
}

/** "Ajouter à la liste d'attente" or edit an entry still waiting. The household is picked by its code. */
export function WaitlistFormModal({ entry, waitingHouseholdIds, onClose }: WaitlistFormModalProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 250);
  const households = useHouseholds(debounced && !entry ? { search: debounced } : {});
  const save = useWaitlistMutation(async (values: WaitlistFormValues) =>
    entry ? api.waitlist.update({ id: entry.id, ...entryFields(values) }) : api.waitlist.add(addInput(values)),
  );
  const form = useForm<WaitlistFormValues>({
    initialValues: entry ? valuesFromEntry(entry) : emptyWaitlistValues(localToday()),
    validate: (values) =>
      errorsByKey(
        fieldErrorsFromSchema(contract.waitlist.add.input, { ...addInput(values), ...(entry ? { householdId: entry.householdId } : {}) }),
        (path) => path.split('.')[0] ?? path,
        (field) => waitlistInlineMessage(t, field),
      ),
  });

  const sizes = useMemo(() => new Map((households.data ?? []).map((household) => [String(household.id), household.size])), [households.data]);
  const options = useMemo(
    () =>
      (households.data ?? []).map((household) => ({
        value: String(household.id),
        label: household.code,
        disabled: waitingHouseholdIds.has(household.id),
      })),
    [households.data, waitingHouseholdIds],
  );

  // A household needs as many places as it has members, unless the worker says otherwise.
  const pickHousehold = (value: string | null) => {
    form.setFieldValue('householdId', value);
    const size = value === null ? undefined : sizes.get(value);
    if (size !== undefined) form.setFieldValue('placesNeeded', size);
  };

  const submit = form.onSubmit(async (values) => {
    try {
      const saved = await save.mutateAsync(values);
      notifySuccess(t(entry ? 'housing:waitlist.form.updated' : 'housing:waitlist.form.added', { code: saved.householdCode, rank: saved.rank }));
      onClose();
    } catch (failure) {
      showWaitlistError(t, apiErrorOf(failure), form);
    }
  });

  const title = entry ? t('housing:waitlist.form.editTitle', { code: entry.householdCode }) : t('housing:waitlist.form.addTitle');
  return (
    <AppModal dirty={form.isDirty()} opened onClose={onClose} title={title} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          {entry ? (
            <Text size="sm">
              {t('housing:waitlist.form.householdFixed', { code: entry.householdCode, count: entry.householdSize })}
            </Text>
          ) : (
            <Select
              label={t('housing:waitlist.form.household')}
              description={t('housing:waitlist.form.householdHint')}
              placeholder={t('housing:waitlist.form.householdPlaceholder')}
              nothingFoundMessage={t('housing:waitlist.form.noHousehold')}
              withAsterisk
              searchable
              searchValue={search}
              onSearchChange={setSearch}
              data={options}
              renderOption={({ option }) => (
                <Group gap="xs" justify="space-between" w="100%" wrap="nowrap">
                  <Text size="sm" ff="monospace" fw={600}>
                    {option.label}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {option.disabled ? t('housing:waitlist.form.alreadyListed') : t('housing:waitlist.form.people', { count: sizes.get(option.value) ?? 0 })}
                  </Text>
                </Group>
              )}
              comboboxProps={{ withinPortal: true }}
              data-autofocus
              {...form.getInputProps('householdId')}
              onChange={pickHousehold}
            />
          )}
          <Input.Wrapper label={t('fields.priority')} labelElement="div" withAsterisk id="waitlist-priority" error={form.errors.priority}>
            <SegmentedControl<WaitlistPriority>
              aria-labelledby="waitlist-priority-label"
              display="flex"
              mt={4}
              data={WAITLIST_PRIORITIES.map((priority) => ({ value: priority, label: t(`housing:waitlist.priorities.${priority}`) }))}
              value={form.values.priority}
              onChange={(priority) => form.setFieldValue('priority', priority)}
            />
          </Input.Wrapper>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <TextInput type="date" label={t('fields.requestedDate')} withAsterisk {...form.getInputProps('requestedDate')} />
            <NumberInput
              label={t('fields.placesNeeded')}
              description={t('housing:waitlist.form.placesHint')}
              withAsterisk
              min={1}
              max={30}
              allowDecimal={false}
              allowNegative={false}
              {...form.getInputProps('placesNeeded')}
            />
          </SimpleGrid>
          <MultiSelect<UnitKind>
            label={t('fields.unitKinds')}
            description={t('housing:waitlist.form.kindsHint')}
            placeholder={form.values.unitKinds.length === 0 ? t('housing:waitlist.anyKind') : undefined}
            data={UNIT_KINDS.map((kind) => ({ value: kind, label: t(`housing:kinds.${kind}`) }))}
            clearable
            comboboxProps={{ withinPortal: true }}
            {...form.getInputProps('unitKinds')}
          />
          <FormButtons submitLabel={entry ? t('common.save') : t('housing:waitlist.form.addSubmit')} pending={save.isPending} onCancel={onClose} />
        </Stack>
      </form>
    </AppModal>
  );
}
