import { Select, SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { api } from '../../../api/client';
import { AppModal } from '../../../components/AppModal';
import { contract, type InputOf } from '../../../../shared/api/contract';
import { CONTACT_KINDS, type Contact, type ContactKind } from '../../../../shared/domain/directory';
import { validateAgainst } from '../../../forms/contract-validation';
import { enumOptions } from '../common/enum-options';
import { FormButtons } from '../../../components/FormButtons';
import { SchoolSelect } from '../common/SchoolSelect';
import { useDirectoryMutation } from '../directory-queries';
import { contactName } from './contact-columns';
import { TeacherAccountSelect } from './TeacherAccountSelect';
import { saveFromForm } from '../common/save-from-form';

type ContactInput = InputOf<'contacts', 'create'>;

interface ContactFormModalProps {
  contact?: Contact;
  defaults?: { schoolId?: number; schoolName?: string };
  onClose(): void;
}

/** A teacher or another person at a school (or at none yet); a teacher may be linked to their account. */
export function ContactFormModal({ contact, defaults, onClose }: ContactFormModalProps) {
  const { t } = useTranslation();
  const create = useDirectoryMutation(api.contacts.create);
  const update = useDirectoryMutation(api.contacts.update);
  const form = useForm<ContactInput>({
    initialValues: {
      schoolId: contact ? contact.schoolId : (defaults?.schoolId ?? null),
      kind: contact?.kind ?? 'teacher',
      firstName: contact?.firstName ?? '',
      lastName: contact?.lastName ?? '',
      email: contact?.email ?? '',
      phone: contact?.phone ?? '',
      userId: contact?.userId ?? null,
      notes: contact?.notes ?? '',
    },
    validate: (values) =>
      contact
        ? validateAgainst(t, contract.contacts.update.input, { id: contact.id, ...values })
        : validateAgainst(t, contract.contacts.create.input, values),
  });
  const initialSchool =
    contact?.schoolId && contact.schoolName
      ? { value: contact.schoolId, label: contact.schoolName }
      : defaults?.schoolId && defaults.schoolName
        ? { value: defaults.schoolId, label: defaults.schoolName }
        : null;

  const submit = form.onSubmit((values) => {
    return saveFromForm({
      t,
      form,
      save: () => (contact ? update.mutateAsync({ id: contact.id, ...values }) : create.mutateAsync(values)),
      success: (saved) => t(contact ? 'directory.contacts.updated' : 'directory.contacts.created', { name: contactName(saved) }),
      onClose,
    });
  });

  return (
    <AppModal dirty={form.isDirty()}
      opened
      onClose={onClose}
      title={contact ? t('directory.contacts.editTitle', { name: contactName(contact) }) : t('directory.contacts.createTitle')}
      size="lg"
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <TextInput label={t('fields.firstName')} withAsterisk autoComplete="off" data-autofocus {...form.getInputProps('firstName')} />
            <TextInput label={t('fields.lastName')} withAsterisk autoComplete="off" {...form.getInputProps('lastName')} />
            <Select<ContactKind>
              label={t('fields.kind')}
              withAsterisk
              allowDeselect={false}
              data={enumOptions(t, 'contactKinds', CONTACT_KINDS)}
              comboboxProps={{ withinPortal: true }}
              {...form.getInputProps('kind')}
            />
            <SchoolSelect
              label={t('fields.schoolId')}
              placeholder={t('directory.schoolSearchPlaceholder')}
              clearable
              initial={initialSchool}
              {...form.getInputProps('schoolId')}
            />
            <TextInput label={t('fields.email')} type="email" autoComplete="off" {...form.getInputProps('email')} />
            <TextInput label={t('fields.phone')} type="tel" autoComplete="off" {...form.getInputProps('phone')} />
          </SimpleGrid>
          <TeacherAccountSelect contactId={contact?.id} {...form.getInputProps('userId')} />
          <Textarea label={t('fields.notes')} autosize minRows={2} maxRows={6} {...form.getInputProps('notes')} />
          <FormButtons
            submitLabel={contact ? t('common.save') : t('directory.contacts.createSubmit')}
            pending={create.isPending || update.isPending}
            onCancel={onClose}
          />
        </Stack>
      </form>
    </AppModal>
  );
}
