import type { ChangeEvent } from 'react';
import { SimpleGrid, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../../i18n';
import { FormSection } from '../../../components/FormSection';
import { changeLoanDate, completeDates, liveDateIssues, LOAN_DATE_FIELDS, type DateFollow, type LoanDateField } from '../model/loan-dates';
import { lengthText, spanText } from '../model/loan-text';
import { dateFieldErrors, type LoanBounds, type LoanForm } from './use-loan-form';

interface LoanDateFieldsProps {
  form: LoanForm;
  bounds: LoanBounds;
  follow: DateFollow;
  onFollow(follow: DateFollow): void;
}

/**
 * The loan's four days. The period asked for comes first; delivery and pick-up follow its first and last day
 * until the user sets them. Each rule between the dates is checked as soon as the dates are typed.
 */
export function LoanDateFields({ form, bounds, follow, onFollow }: LoanDateFieldsProps) {
  const { t } = useTranslation();
  const values = form.getValues();
  const issues = liveDateIssues(values, bounds);
  const errors = dateFieldErrors(t, form, bounds);
  const complete = completeDates(values);
  const language = currentLanguage();

  const change = (field: LoanDateField, value: string) => {
    const current = form.getValues();
    const next = changeLoanDate(current, follow, field, value);
    form.setValues(next.dates);
    for (const name of LOAN_DATE_FIELDS) form.clearFieldError(name);
    onFollow(next.follow);
  };

  const input = (field: LoanDateField) => {
    return {
      type: 'date',
      label: t(`exhibitions:loanForm.${field}`),
      description: t(`exhibitions:loanForm.${field}Hint`),
      withAsterisk: true,
      value: values[field],
      error: errors[field],
      onChange: (event: ChangeEvent<HTMLInputElement>) => change(field, event.currentTarget.value),
      'data-path': field,
    };
  };

  return (
    <FormSection legend={t('exhibitions:loanForm.sections.dates')}>
      <Text size="sm" c="dimmed" mb="sm">
        {t('exhibitions:loanForm.datesIntro')}
      </Text>
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm" verticalSpacing="sm">
        <TextInput {...input('startDate')} />
        <TextInput {...input('endDate')} />
        <TextInput {...input('deliveryDate')} />
        <TextInput {...input('pickupDate')} />
      </SimpleGrid>
      {complete && Object.keys(issues).length === 0 && (
        <Text size="sm" mt="sm" aria-live="polite">
          {t('exhibitions:loanForm.summary', {
            length: lengthText(t, complete),
            span: spanText(t, { start: complete.deliveryDate, end: complete.pickupDate }, language),
          })}
        </Text>
      )}
    </FormSection>
  );
}
