import { useState } from 'react';
import { Button, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { IconUserPlus } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { Contact } from '../../../../shared/domain/directory';
import { contactCopy } from '../model/loan-form-values';
import { schoolContactsKey, useSchoolContacts } from '../queries';
import { NewSchoolContactForm } from './NewSchoolContactForm';
import type { LoanForm } from './use-loan-form';

/** The option that opens the inline form rather than choosing someone. */
const NEW_CONTACT = 'new';

/** "Anne Lambert — Direction · 04 221 00 00": who, their role, and the number to call. */
function contactLabel(t: TFunction, contact: Contact): string {
  const details = [t(`contactKinds.${contact.kind}`), contact.phone].filter(Boolean).join(' · ');
  return `${contact.firstName} ${contact.lastName} — ${details}`;
}

/**
 * The loan's contact person at a school (issue 17): one of the school's directory contacts, whose e-mail and
 * phone are shown read-only (the server copies them into the loan), or a new one added to the school here.
 * A loan recorded before with a contact typed by hand keeps showing it until another is picked.
 */
export function LoanContactPicker({ form, schoolId }: { form: LoanForm; schoolId: number }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const contacts = useSchoolContacts(schoolId);
  const [adding, setAdding] = useState(false);
  const values = form.getValues();

  const choose = (contact: Contact | null) => {
    form.setFieldValue('contactId', contact?.id ?? null);
    const copy = contact ? contactCopy(contact) : { contactName: '', contactEmail: '', contactPhone: '' };
    form.setValues(copy);
    form.clearFieldError('contactId');
  };
  const added = (contact: Contact) => {
    // Shown at once in the list, before the directory's refresh answers.
    queryClient.setQueryData<Contact[]>(schoolContactsKey(schoolId), (list) => (list && !list.some((one) => one.id === contact.id) ? [...list, contact] : list));
    choose(contact);
    setAdding(false);
  };

  const list = contacts.data ?? [];
  const kept = values.contactId === null && values.contactName.trim() !== '';
  const hasDetails = values.contactEmail !== '' || values.contactPhone !== '';
  const inlineForm = adding && <NewSchoolContactForm schoolId={schoolId} onAdded={added} onCancel={() => setAdding(false)} />;

  if (contacts.isPending) {
    return (
      <Text size="sm" c="dimmed" role="status">
        {t('exhibitions:loanForm.contactLoading')}
      </Text>
    );
  }

  return (
    <Stack gap="xs">
      {kept && (
        <Text size="sm" role="note">
          {t('exhibitions:loanForm.contactKept', { name: values.contactName })}
          {list.length > 0 && ` ${t('exhibitions:loanForm.contactPickInstead')}`}
        </Text>
      )}
      {contacts.isError ? (
        <Text size="sm" c="red">
          {t('exhibitions:loanForm.contactUnavailable')}
        </Text>
      ) : list.length === 0 ? (
        <Stack gap={4} align="flex-start">
          <Text size="sm" fw={500}>
            {t('exhibitions:loanForm.contactPick')}
          </Text>
          <Text size="sm" c="dimmed">
            {t('exhibitions:loanForm.contactNone')}
          </Text>
          {!adding && (
            <Button variant="light" size="xs" leftSection={<IconUserPlus size={16} />} onClick={() => setAdding(true)}>
              {t('exhibitions:loanForm.contactAdd')}
            </Button>
          )}
        </Stack>
      ) : (
        <Select
          label={t('exhibitions:loanForm.contactPick')}
          placeholder={t('exhibitions:loanForm.contactPickPlaceholder')}
          description={t('exhibitions:loanForm.contactPickHint')}
          searchable
          clearable
          data={[
            ...list.map((contact) => ({ value: String(contact.id), label: contactLabel(t, contact) })),
            { value: NEW_CONTACT, label: t('exhibitions:loanForm.contactNewOption') },
          ]}
          value={values.contactId === null ? null : String(values.contactId)}
          error={form.errors.contactId}
          comboboxProps={{ withinPortal: true }}
          onChange={(value) => {
            if (value === NEW_CONTACT) setAdding(true);
            else choose(list.find((contact) => String(contact.id) === value) ?? null);
          }}
        />
      )}
      {inlineForm}
      {(hasDetails || kept) && (
        <SimpleGrid cols={{ base: 1, sm: kept ? 3 : 2 }} spacing="sm">
          {kept && <TextInput label={t('fields.contactName')} value={values.contactName} readOnly variant="filled" />}
          <TextInput label={t('fields.contactEmail')} value={values.contactEmail} readOnly variant="filled" />
          <TextInput label={t('fields.contactPhone')} value={values.contactPhone} readOnly variant="filled" />
        </SimpleGrid>
      )}
    </Stack>
  );
}
