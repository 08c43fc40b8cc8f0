import { Autocomplete, Checkbox, Grid, Group, Select, SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { api } from '../../../api/client';
import { AppModal } from '../../../components/AppModal';
import { contract, type InputOf } from '../../../../shared/api/contract';
import { SCHOOL_LEVELS, SCHOOL_NETWORKS, type School, type SchoolLevel, type SchoolNetwork } from '../../../../shared/domain/directory';
import { validateAgainst } from '../../../forms/contract-validation';
import { enumOptions } from '../common/enum-options';
import { FormButtons } from '../../../components/FormButtons';
import { useDirectoryMutation } from '../directory-queries';
import { LIEGE_NEIGHBOURHOODS } from './neighbourhoods';
import { saveFromForm } from '../common/save-from-form';

type SchoolInput = InputOf<'schools', 'create'>;

function initialValues(school?: School): SchoolInput {
  return {
    name: school?.name ?? '',
    network: school?.network ?? 'communal',
    levels: school?.levels ?? ['primaire'],
    street: school?.street ?? '',
    postalCode: school?.postalCode ?? '',
    city: school?.city ?? 'Liège',
    neighbourhood: school?.neighbourhood ?? '',
    phone: school?.phone ?? '',
    email: school?.email ?? '',
    notes: school?.notes ?? '',
  };
}

/** Creates a school, or edits one (`school` given). */
export function SchoolFormModal({ school, onClose }: { school?: School; onClose(): void }) {
  const { t } = useTranslation();
  const create = useDirectoryMutation(api.schools.create);
  const update = useDirectoryMutation(api.schools.update);
  const pending = create.isPending || update.isPending;
  const form = useForm<SchoolInput>({
    initialValues: initialValues(school),
    validate: (values) =>
      school
        ? validateAgainst(t, contract.schools.update.input, { id: school.id, ...values })
        : validateAgainst(t, contract.schools.create.input, values),
  });

  const submit = form.onSubmit((values) => {
    return saveFromForm({
      t,
      form,
      save: () => (school ? update.mutateAsync({ id: school.id, ...values }) : create.mutateAsync(values)),
      success: (saved) => t(school ? 'directory.schools.updated' : 'directory.schools.created', { name: saved.name }),
      onClose,
    });
  });

  return (
    <AppModal dirty={form.isDirty()}
      opened
      onClose={onClose}
      title={school ? t('directory.schools.editTitle', { name: school.name }) : t('directory.schools.createTitle')}
      size="xl"
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Grid gap="md">
            <Grid.Col span={{ base: 12, sm: 7 }}>
              <TextInput label={t('fields.name')} withAsterisk autoComplete="off" data-autofocus {...form.getInputProps('name')} />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 5 }}>
              <Select<SchoolNetwork>
                label={t('fields.network')}
                withAsterisk
                allowDeselect={false}
                data={enumOptions(t, 'networks', SCHOOL_NETWORKS)}
                comboboxProps={{ withinPortal: true }}
                {...form.getInputProps('network')}
              />
            </Grid.Col>
          </Grid>
          <Checkbox.Group
            label={t('fields.levels')}
            withAsterisk
            {...form.getInputProps('levels')}
            onChange={(levels) => form.setFieldValue('levels', SCHOOL_LEVELS.filter((level) => levels.includes(level)))}
          >
            <Group gap="xl" mt={8}>
              {SCHOOL_LEVELS.map((level: SchoolLevel) => (
                <Checkbox key={level} value={level} label={t(`schoolLevels.${level}`)} />
              ))}
            </Group>
          </Checkbox.Group>
          <TextInput label={t('fields.street')} placeholder={t('directory.schools.streetPlaceholder')} autoComplete="off" {...form.getInputProps('street')} />
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
            <TextInput
              label={t('fields.postalCode')}
              placeholder="4000"
              inputMode="numeric"
              maxLength={4}
              autoComplete="off"
              {...form.getInputProps('postalCode')}
            />
            <TextInput label={t('fields.city')} autoComplete="off" {...form.getInputProps('city')} />
            <Autocomplete
              label={t('fields.neighbourhood')}
              placeholder={t('directory.schools.neighbourhoodPlaceholder')}
              data={[...LIEGE_NEIGHBOURHOODS]}
              comboboxProps={{ withinPortal: true }}
              {...form.getInputProps('neighbourhood')}
            />
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <TextInput label={t('fields.phone')} type="tel" placeholder="04 221 00 00" autoComplete="off" {...form.getInputProps('phone')} />
            <TextInput label={t('fields.email')} type="email" placeholder="direction@ecole.be" autoComplete="off" {...form.getInputProps('email')} />
          </SimpleGrid>
          <Textarea label={t('fields.notes')} autosize minRows={2} maxRows={6} {...form.getInputProps('notes')} />
          <FormButtons
            submitLabel={school ? t('common.save') : t('directory.schools.createSubmit')}
            pending={pending}
            onCancel={onClose}
          />
        </Stack>
      </form>
    </AppModal>
  );
}
