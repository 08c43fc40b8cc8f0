import { SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { api } from '../../../api/client';
import { AppModal } from '../../../components/AppModal';
import { contract, type InputOf } from '../../../../shared/api/contract';
import type { Facilitator } from '../../../../shared/domain/directory';
import { validateAgainst } from '../../../forms/contract-validation';
import { FormButtons } from '../../../components/FormButtons';
import { useDirectoryMutation } from '../directory-queries';
import { PartnerSelect } from './PartnerSelect';
import { saveFromForm } from '../common/save-from-form';

type FacilitatorInput = InputOf<'partners', 'createFacilitator'>;

interface FacilitatorFormModalProps {
  facilitator?: Facilitator;
  /** A new facilitator of this partner. */
  partnerId?: number;
  onClose(): void;
}

/** The person who leads activities, for a partner or independent. */
export function FacilitatorFormModal({ facilitator, partnerId, onClose }: FacilitatorFormModalProps) {
  const { t } = useTranslation();
  const create = useDirectoryMutation(api.partners.createFacilitator);
  const update = useDirectoryMutation(api.partners.updateFacilitator);
  const form = useForm<FacilitatorInput>({
    initialValues: {
      name: facilitator?.name ?? '',
      partnerId: facilitator ? facilitator.partnerId : (partnerId ?? null),
      email: facilitator?.email ?? '',
      phone: facilitator?.phone ?? '',
    },
    validate: (values) =>
      facilitator
        ? validateAgainst(t, contract.partners.updateFacilitator.input, { id: facilitator.id, ...values })
        : validateAgainst(t, contract.partners.createFacilitator.input, values),
  });

  const submit = form.onSubmit((values) => {
    return saveFromForm({
      t,
      form,
      save: () => (facilitator ? update.mutateAsync({ id: facilitator.id, ...values }) : create.mutateAsync(values)),
      success: (saved) => t(facilitator ? 'directory.facilitators.updated' : 'directory.facilitators.created', { name: saved.name }),
      onClose,
    });
  });

  return (
    <AppModal dirty={form.isDirty()}
      opened
      onClose={onClose}
      title={facilitator ? t('directory.facilitators.editTitle', { name: facilitator.name }) : t('directory.facilitators.createTitle')}
      size="lg"
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <TextInput
            label={t('fields.name')}
            description={t('directory.facilitators.nameHint')}
            withAsterisk
            autoComplete="off"
            data-autofocus
            {...form.getInputProps('name')}
          />
          <PartnerSelect
            label={t('fields.partnerId')}
            description={t('directory.facilitators.partnerHint')}
            placeholder={t('directory.facilitators.independent')}
            {...form.getInputProps('partnerId')}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <TextInput label={t('fields.email')} type="email" autoComplete="off" {...form.getInputProps('email')} />
            <TextInput label={t('fields.phone')} type="tel" autoComplete="off" {...form.getInputProps('phone')} />
          </SimpleGrid>
          <FormButtons
            submitLabel={facilitator ? t('common.save') : t('directory.facilitators.createSubmit')}
            pending={create.isPending || update.isPending}
            onCancel={onClose}
          />
        </Stack>
      </form>
    </AppModal>
  );
}
