import { useRef } from 'react';
import { SegmentedControl, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../../api/client';
import { FormSection } from '../../../components/FormSection';
import { SchoolSelect, type SchoolOption } from '../../directory';
import { schoolAddress, type BorrowerKind } from '../model/loan-form-values';
import { LoanContactPicker } from './LoanContactPicker';
import type { LoanForm } from './use-loan-form';

/**
 * Who borrows: a school of the directory (its address is filled in from the directory, its contact person
 * picked among its contacts) or another venue named by hand, with the person to call on delivery day typed.
 */
export function LoanBorrowerFields({ form, initialSchool }: { form: LoanForm; initialSchool: SchoolOption | null }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const values = form.getValues();
  // The address last filled in from a school: replaced when another school is chosen, unless the user typed one.
  const prefilled = useRef<string | null>(null);

  const chooseSchool = async (schoolId: number | null) => {
    // The contact person belongs to the school: another school means choosing among its own contacts.
    if (schoolId !== form.getValues().schoolId) form.setValues({ contactId: null, contactName: '', contactEmail: '', contactPhone: '' });
    form.setFieldValue('schoolId', schoolId);
    if (schoolId === null) return;
    try {
      const school = await queryClient.fetchQuery({
        queryKey: ['directory', 'schools', 'detail', schoolId],
        queryFn: async () => unwrap(await api.schools.get({ id: schoolId })),
        staleTime: 60_000,
      });
      const address = schoolAddress(school);
      const current = form.getValues().address.trim();
      if (address && (current === '' || current === prefilled.current)) {
        form.setFieldValue('address', address);
        prefilled.current = address;
      }
    } catch {
      // The address stays as typed: the school's sheet could not be read, which changes nothing else.
    }
  };

  return (
    <FormSection legend={t('exhibitions:loanForm.sections.borrower')}>
      <Stack gap="sm">
        <div>
          <Text component="span" size="sm" fw={500} id="loan-borrower-kind">
            {t('exhibitions:loanForm.borrowerKind')}
          </Text>
          <SegmentedControl<BorrowerKind>
            aria-labelledby="loan-borrower-kind"
            display="flex"
            mt={4}
            data={[
              { value: 'school', label: t('exhibitions:loanForm.borrowerSchool') },
              { value: 'venue', label: t('exhibitions:loanForm.borrowerVenue') },
            ]}
            value={values.borrowerKind}
            onChange={(kind) => {
              form.setFieldValue('borrowerKind', kind);
              form.clearFieldError('schoolId');
              form.clearFieldError('venueName');
            }}
          />
        </div>
        {values.borrowerKind === 'school' ? (
          <SchoolSelect
            label={t('fields.schoolId')}
            placeholder={t('exhibitions:loanForm.schoolPlaceholder')}
            description={t('exhibitions:loanForm.schoolHint')}
            withAsterisk
            value={values.schoolId}
            initial={initialSchool}
            error={form.errors.schoolId}
            onChange={(schoolId) => {
              form.clearFieldError('schoolId');
              void chooseSchool(schoolId);
            }}
          />
        ) : (
          <TextInput
            label={t('exhibitions:loanForm.venueName')}
            placeholder={t('exhibitions:loanForm.venuePlaceholder')}
            withAsterisk
            maxLength={200}
            {...form.getInputProps('venueName')}
          />
        )}
        <TextInput
          label={t('fields.address')}
          placeholder={t('exhibitions:loanForm.addressPlaceholder')}
          description={t('exhibitions:loanForm.addressHint')}
          maxLength={200}
          {...form.getInputProps('address')}
        />
        {values.borrowerKind === 'venue' ? (
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
            <TextInput label={t('fields.contactName')} maxLength={200} autoComplete="off" {...form.getInputProps('contactName')} />
            <TextInput
              label={t('fields.contactEmail')}
              type="email"
              placeholder="prenom.nom@ecole.be"
              maxLength={200}
              autoComplete="off"
              {...form.getInputProps('contactEmail')}
            />
            <TextInput
              label={t('fields.contactPhone')}
              type="tel"
              placeholder="04 221 00 00"
              maxLength={40}
              autoComplete="off"
              {...form.getInputProps('contactPhone')}
            />
          </SimpleGrid>
        ) : values.schoolId === null ? (
          <Text size="sm" c="dimmed">
            {t('exhibitions:loanForm.contactChooseSchool')}
          </Text>
        ) : (
          <LoanContactPicker key={values.schoolId} form={form} schoolId={values.schoolId} />
        )}
      </Stack>
    </FormSection>
  );
}
