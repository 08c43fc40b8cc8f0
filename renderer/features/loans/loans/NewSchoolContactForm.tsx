import { useEffect, useRef, type KeyboardEvent } from 'react';
import { Button, Group, Paper, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { contract } from '../../../../shared/api/contract';
import { CONTACT_KINDS, type Contact, type ContactKind } from '../../../../shared/domain/directory';
import { apiErrorOf } from '../../../api/client';
import { validateAgainst } from '../../../forms/contract-validation';
import { notifySuccess } from '../../../forms/notify';
import { showServerError } from '../../../forms/server-errors';
import { useAddSchoolContact } from '../mutations';

interface NewContactValues {
  firstName: string;
  lastName: string;
  kind: ContactKind;
  phone: string;
  email: string;
}

const EMPTY: NewContactValues = { firstName: '', lastName: '', kind: 'director', phone: '', email: '' };

/**
 * A small form inside the loan form that adds a contact person to the school, in the directory (the same
 * channel as the directory's own form), so the coordinator need not leave the loan being typed. Not a <form>:
 * it sits inside the loan's form, so Enter adds the contact instead of saving the loan.
 */
export function NewSchoolContactForm({ schoolId, onAdded, onCancel }: { schoolId: number; onAdded(contact: Contact): void; onCancel(): void }) {
  const { t } = useTranslation();
  const add = useAddSchoolContact();
  // Opened from the contact list or its button: the typing starts in the first field.
  const firstField = useRef<HTMLInputElement>(null);
  useEffect(() => firstField.current?.focus(), []);
  const input = (values: NewContactValues) => ({ schoolId, ...values, email: values.email.trim(), userId: null, notes: '' });
  const form = useForm<NewContactValues>({
    initialValues: EMPTY,
    validate: (values) => validateAgainst(t, contract.contacts.create.input, input(values)),
  });

  const save = async () => {
    if (form.validate().hasErrors) return;
    try {
      const contact = await add.mutateAsync(input(form.getValues()));
      notifySuccess(t('exhibitions:loanForm.contactAdded', { name: `${contact.firstName} ${contact.lastName}` }));
      onAdded(contact);
    } catch (failure) {
      showServerError(t, apiErrorOf(failure), form);
    }
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Enter' && event.target instanceof HTMLInputElement && event.target.getAttribute('role') !== 'combobox') {
      event.preventDefault();
      void save();
    }
  };

  return (
    <Paper withBorder p="sm" role="group" aria-labelledby="loan-new-contact-title" onKeyDown={onKeyDown}>
      <Stack gap="xs">
        <Text id="loan-new-contact-title" size="sm" fw={600}>
          {t('exhibitions:loanForm.contactAddTitle')}
        </Text>
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
          <TextInput label={t('exhibitions:loanForm.firstName')} withAsterisk maxLength={100} autoComplete="off" ref={firstField} {...form.getInputProps('firstName')} />
          <TextInput label={t('exhibitions:loanForm.lastName')} withAsterisk maxLength={100} autoComplete="off" {...form.getInputProps('lastName')} />
          <Select
            label={t('exhibitions:loanForm.contactRole')}
            data={CONTACT_KINDS.map((kind) => ({ value: kind, label: t(`contactKinds.${kind}`) }))}
            allowDeselect={false}
            comboboxProps={{ withinPortal: true }}
            {...form.getInputProps('kind')}
          />
          <TextInput label={t('fields.phone')} type="tel" placeholder="04 221 00 00" maxLength={40} autoComplete="off" {...form.getInputProps('phone')} />
          <TextInput
            label={t('fields.email')}
            type="email"
            placeholder="prenom.nom@ecole.be"
            maxLength={200}
            autoComplete="off"
            {...form.getInputProps('email')}
          />
        </SimpleGrid>
        <Group justify="flex-end" gap="xs">
          <Button variant="default" size="xs" onClick={onCancel} disabled={add.isPending}>
            {t('common.cancel')}
          </Button>
          <Button size="xs" loading={add.isPending} onClick={() => void save()}>
            {t('exhibitions:loanForm.contactAddSave')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
