import { Select, SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { api } from '../../../api/client';
import { AppModal } from '../../../components/AppModal';
import { contract, type InputOf } from '../../../../shared/api/contract';
import { PARTNER_KINDS, type Partner, type PartnerKind } from '../../../../shared/domain/directory';
import { validateAgainst } from '../../../forms/contract-validation';
import { enumOptions } from '../common/enum-options';
import { FormButtons } from '../../../components/FormButtons';
import { useDirectoryMutation } from '../directory-queries';
import { saveFromForm } from '../common/save-from-form';

type PartnerInput = InputOf<'partners', 'create'>;

/** CRIPEL, Cité Miroir, an association…: who they are and whom to call. */
export function PartnerFormModal({ partner, onClose }: { partner?: Partner; onClose(): void }) {
  const { t } = useTranslation();
  const create = useDirectoryMutation(api.partners.create);
  const update = useDirectoryMutation(api.partners.update);
  const form = useForm<PartnerInput>({
    initialValues: {
      name: partner?.name ?? '',
      kind: partner?.kind ?? 'association',
      contactName: partner?.contactName ?? '',
      email: partner?.email ?? '',
      phone: partner?.phone ?? '',
      notes: partner?.notes ?? '',
    },
    validate: (values) =>
      partner
        ? validateAgainst(t, contract.partners.update.input, { id: partner.id, ...values })
        : validateAgainst(t, contract.partners.create.input, values),
  });

  const submit = form.onSubmit((values) => {
    return saveFromForm({
      t,
      form,
      save: () => (partner ? update.mutateAsync({ id: partner.id, ...values }) : create.mutateAsync(values)),
      success: (saved) => t(partner ? 'directory.partners.updated' : 'directory.partners.created', { name: saved.name }),
      onClose,
    });
  });

  return (
    <AppModal dirty={form.isDirty()}
      opened
      onClose={onClose}
      title={partner ? t('directory.partners.editTitle', { name: partner.name }) : t('directory.partners.createTitle')}
      size="lg"
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <TextInput label={t('fields.name')} withAsterisk autoComplete="off" data-autofocus {...form.getInputProps('name')} />
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <Select<PartnerKind>
              label={t('fields.kind')}
              withAsterisk
              allowDeselect={false}
              data={enumOptions(t, 'partnerKinds', PARTNER_KINDS)}
              comboboxProps={{ withinPortal: true }}
              {...form.getInputProps('kind')}
            />
            <TextInput label={t('fields.contactName')} autoComplete="off" {...form.getInputProps('contactName')} />
            <TextInput label={t('fields.email')} type="email" autoComplete="off" {...form.getInputProps('email')} />
            <TextInput label={t('fields.phone')} type="tel" autoComplete="off" {...form.getInputProps('phone')} />
          </SimpleGrid>
          <Textarea label={t('fields.notes')} autosize minRows={2} maxRows={6} {...form.getInputProps('notes')} />
          <FormButtons
            submitLabel={partner ? t('common.save') : t('directory.partners.createSubmit')}
            pending={create.isPending || update.isPending}
            onCancel={onClose}
          />
        </Stack>
      </form>
    </AppModal>
  );
}
