import { useMemo } from 'react';
import { MultiSelect } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { daysBetween } from '../../../../shared/domain/dates';
import type { LinkedVisit } from '../../../../shared/domain/loans/loans';
import { currentLanguage } from '../../../i18n';
import { completeDates } from '../model/loan-dates';
import { shortLoanDay } from '../model/loan-text';
import { useVisitOptions } from '../queries';
import type { LoanForm } from './use-loan-form';

/** The events channel answers at most about 14 months at once; a loan is far shorter. */
const MAX_RANGE_DAYS = 400;

function visitLabel(visit: { title: string; start: string; schoolName?: string }, language: 'fr' | 'en'): string {
  const when = `${shortLoanDay(visit.start, language)} ${visit.start.slice(11, 16)}`.trim();
  return [when, visit.title, visit.schoolName].filter(Boolean).join(' — ');
}

/** Exhibition visits of the calendar held while the exhibition is there, to link to the loan. */
export function LoanVisitsField({ form, linked }: { form: LoanForm; linked: readonly LinkedVisit[] }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const dates = completeDates(form.getValues());
  const usable = dates !== null && dates.pickupDate >= dates.deliveryDate && daysBetween(dates.deliveryDate, dates.pickupDate) <= MAX_RANGE_DAYS;
  const from = usable ? dates.deliveryDate : null;
  const to = usable ? dates.pickupDate : null;
  const range = useMemo(() => (from && to ? { from, to } : null), [from, to]);
  const visits = useVisitOptions(range);

  const options = useMemo(() => {
    const found = range ? (visits.data ?? []).filter((event) => event.status !== 'cancelled') : [];
    const list = found.map((event) => ({ value: String(event.id), label: visitLabel(event, language) }));
    for (const visit of linked) {
      if (!list.some((option) => option.value === String(visit.id))) list.push({ value: String(visit.id), label: visitLabel(visit, language) });
    }
    return list;
  }, [range, visits.data, linked, language]);

  const description = !range
    ? t('exhibitions:loanForm.visitsNeedDates')
    : visits.isError
      ? t('exhibitions:loanForm.visitsUnavailable')
      : visits.isPending
        ? t('app.loading')
      : options.length === 0
        ? t('exhibitions:loanForm.visitsNone')
        : t('exhibitions:loanForm.visitsHint');

  return (
    <MultiSelect
      label={t('fields.eventIds')}
      description={description}
      placeholder={options.length > 0 ? t('exhibitions:loanForm.visitsPlaceholder') : undefined}
      data={options}
      disabled={options.length === 0}
      searchable
      clearable
      clearButtonProps={{ 'aria-label': t('exhibitions:clear') }}
      nothingFoundMessage={t('exhibitions:nothingFound')}
      comboboxProps={{ withinPortal: true }}
      {...form.getInputProps('eventIds')}
    />
  );
}
