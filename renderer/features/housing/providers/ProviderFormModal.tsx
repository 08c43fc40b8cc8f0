import { Select, SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { api, apiErrorOf } from '../../../api/client';
import { contract } from '../../../../shared/api/contract';
import type { HousingProvider } from '../../../../shared/domain/housing/housing-units-api';
import { PROVIDER_KINDS, type ProviderKind } from '../../../../shared/domain/housing/units';
import { AppModal } from '../../../components/AppModal';
import { fieldErrorsFromSchema } from '../../../forms/contract-validation';
import { notifySuccess } from '../../../forms/notify';
import { showServerError } from '../../../forms/server-errors';
import { inlineFieldMessage } from '../../../i18n/translate-error';
import { FormButtons } from '../../../components/FormButtons';
import { errorsByKey } from '../model/unit-form';
import { useHousingMutation } from '../mutations';

interface ProviderValues {
  kind: ProviderKind;
  name: string;
  contactName: string;
  email: string;
  phone: string;
  address: string;
  notes: string;
}

function trimmed(values: ProviderValues): ProviderValues {
  return Object.fromEntries(Object.entries(values).map(([key, value]) => [key, value.trim()])) as ProviderValues;
}

/** Creates a partner who provides units, or edits one (`provider` given). */
export function ProviderFormModal({ provider, onClose }: { provider?: HousingProvider; onClose(): void }) {
  const { t } = useTranslation();
  const save = useHousingMutation(async (values: ProviderValues) =>
    provider ? api.housing.updateProvider({ id: provider.id, ...values }) : api.housing.createProvider(values),
  );
  const form = useForm<ProviderValues>({
    initialValues: {
      kind: provider?.kind ?? 'citizen_host',
      name: provider?.name ?? '',
      contactName: provider?.contactName ?? '',
      email: provider?.email ?? '',
      phone: provider?.phone ?? '',
      address: provider?.address ?? '',
      notes: provider?.notes ?? '',
    },
    validate: (values) =>
      errorsByKey(fieldErrorsFromSchema(contract.housing.createProvider.input, { ...trimmed(values) }), (path) => path.split('.')[0] ?? path, (field) =>
        inlineFieldMessage(t, field),
      ),
  });

  const submit = form.onSubmit(async (values) => {
    try {
      const saved = await save.mutateAsync(trimmed(values));
      notifySuccess(t(provider ? 'housing:providers.updated' : 'housing:providers.created', { name: saved.name }));
      onClose();
    } catch (failure) {
      showServerError(t, apiErrorOf(failure), form);
    }
  });

  return (
    <AppModal dirty={form.isDirty()} opened onClose={onClose} title={provider ? t('housing:providers.editTitle', { name: provider.name }) : t('housing:providers.createTitle')} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <Select<ProviderKind>
              label={t('housing:providers.kind')}
              withAsterisk
              allowDeselect={false}
              data={PROVIDER_KINDS.map((kind) => ({ value: kind, label: t(`housing:providerKinds.${kind}`) }))}
              comboboxProps={{ withinPortal: true }}
              {...form.getInputProps('kind')}
            />
            <TextInput label={t('housing:providers.name')} withAsterisk maxLength={200} autoComplete="off" data-autofocus {...form.getInputProps('name')} />
            <TextInput label={t('fields.contactName')} maxLength={200} autoComplete="off" {...form.getInputProps('contactName')} />
            <TextInput label={t('fields.email')} type="email" maxLength={200} autoComplete="off" {...form.getInputProps('email')} />
            <TextInput label={t('fields.phone')} type="tel" maxLength={40} autoComplete="off" {...form.getInputProps('phone')} />
            <TextInput label={t('fields.address')} maxLength={200} autoComplete="off" {...form.getInputProps('address')} />
          </SimpleGrid>
          <Textarea label={t('fields.notes')} autosize minRows={2} maxRows={6} maxLength={4000} {...form.getInputProps('notes')} />
          <FormButtons submitLabel={provider ? t('common.save') : t('housing:providers.createSubmit')} pending={save.isPending} onCancel={onClose} />
        </Stack>
      </form>
    </AppModal>
  );
}
