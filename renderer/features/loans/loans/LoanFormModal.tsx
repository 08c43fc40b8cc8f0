import { useMemo, useState } from 'react';
import { Alert, Button, Group, Select, Stack, Text, Textarea } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ApiError, DateSpan } from '../../../../shared/api/result';
import type { Exhibition } from '../../../../shared/domain/loans/exhibitions';
import { shiftLoanDates } from '../../../../shared/domain/loans/booking-rules';
import type { Loan } from '../../../../shared/domain/loans/loans';
import { apiErrorOf } from '../../../api/client';
import { AppModal } from '../../../components/AppModal';
import { notifySuccess } from '../../../forms/notify';
import { showServerError } from '../../../forms/server-errors';
import { currentLanguage } from '../../../i18n';
import { FormSection } from '../../../components/FormSection';
import { FormErrorSummary } from '../../../components/FormErrorSummary';
import { initialFollow, type DateFollow } from '../model/loan-dates';
import {
  emptyLoanValues,
  isCompleteLoanDraft,
  loanDraftFromValues,
  valuesFromLoan,
  type LoanFormValues,
  type LoanPrefill,
} from '../model/loan-form-values';
import { isLoanConflict, loanBoundsText, spanText } from '../model/loan-text';
import { useSaveLoan } from '../mutations';
import { useExhibitions } from '../queries';
import { LoanBorrowerFields } from './LoanBorrowerFields';
import { LoanConflictAlert } from './LoanConflictAlert';
import { LoanDateFields } from './LoanDateFields';
import { LoanVisitsField } from './LoanVisitsField';
import { loanFormErrors, useLoanForm, type LoanBounds } from './use-loan-form';
import { periodToCheck, usePeriodCheck } from './use-period-check';
import { CancelButton } from '../../../components/CancelButton';

interface LoanFormModalProps {
  /** The loan to edit, or null for a new request (prefilled from the availability grid when given). */
  existing: Loan | null;
  prefill?: Partial<LoanPrefill>;
  onDone(loan: Loan): void;
  onClose(): void;
}

const FREE: LoanBounds = { minLoanDays: null, maxLoanDays: null };

/** Exhibitions a new loan may take: loanable ones not archived (plus the loan's own, when editing). */
function loanableOptions(exhibitions: readonly Exhibition[], existing: Loan | null) {
  const options = exhibitions
    .filter((exhibition) => (exhibition.kind === 'loanable' && !exhibition.archived) || exhibition.id === existing?.exhibitionId)
    .map((exhibition) => ({ value: String(exhibition.id), label: exhibition.title }));
  if (existing && !options.some((option) => option.value === String(existing.exhibitionId))) {
    options.push({ value: String(existing.exhibitionId), label: existing.exhibitionTitle });
  }
  return options;
}

/**
 * Records a loan request or changes one. The dates are checked as they are typed; a clash with another loan
 * is explained above the buttons, with the nearest free periods one click away.
 */
export function LoanFormModal({ existing, prefill, onDone, onClose }: LoanFormModalProps) {
  const { t } = useTranslation();
  const save = useSaveLoan();
  const exhibitions = useExhibitions(true);
  const [initialValues] = useState<LoanFormValues>(() => (existing ? valuesFromLoan(existing) : emptyLoanValues(prefill)));
  const [follow, setFollow] = useState<DateFollow>(() => initialFollow(initialValues));
  const [conflict, setConflict] = useState<ApiError | null>(null);
  const [moved, setMoved] = useState<DateSpan | null>(null);
  const [attempted, setAttempted] = useState(false);

  const byId = useMemo(() => new Map((exhibitions.data ?? []).map((exhibition) => [String(exhibition.id), exhibition])), [exhibitions.data]);
  const boundsOf = (values: LoanFormValues): LoanBounds => {
    const exhibition = values.exhibitionId ? byId.get(values.exhibitionId) : undefined;
    return exhibition ? { minLoanDays: exhibition.minLoanDays, maxLoanDays: exhibition.maxLoanDays } : FREE;
  };
  const form = useLoanForm(t, initialValues, boundsOf);
  const values = form.getValues();
  const chosen = values.exhibitionId ? byId.get(values.exhibitionId) : undefined;
  const options = useMemo(() => loanableOptions(exhibitions.data ?? [], existing), [exhibitions.data, existing]);

  // The clash as the dates are typed (issue 17); the save checks again and may still refuse (a race).
  const { input: checkedPeriod, query: periodCheck } = usePeriodCheck(values, existing?.id ?? null);
  // Known only for the dates as they are now: not while the typing pauses, nor while the server answers.
  const typedPeriod = periodToCheck(values, existing?.id ?? null);
  const liveKnown =
    checkedPeriod !== null && JSON.stringify(typedPeriod) === JSON.stringify(checkedPeriod) && periodCheck.data !== undefined && !periodCheck.isPlaceholderData;
  const liveConflict: ApiError | null =
    liveKnown && periodCheck.data!.conflicts.length > 0 ? { code: 'CONFLICT', message: '', reason: 'loanConflict', ...periodCheck.data! } : null;
  // What the dates as typed meet now; the last save's refusal only until the check has answered.
  const shownConflict = liveKnown ? liveConflict : conflict;
  const [savingAs, setSavingAs] = useState<'request' | 'waiting'>('request');

  const saveWith = (waiting: boolean) =>
    form.onSubmit(
      async (submitted) => {
        setAttempted(false);
        const draft = loanDraftFromValues(submitted);
        if (!isCompleteLoanDraft(draft)) return;
        setConflict(null);
        setMoved(null);
        setSavingAs(waiting ? 'waiting' : 'request');
        try {
          const saved = await save.mutateAsync(existing ? { id: existing.id, ...draft } : { ...draft, ...(waiting ? { waiting: true } : {}) });
          const message = existing ? 'exhibitions:loanForm.updated' : saved.status === 'waiting' ? 'exhibitions:loanForm.waitingCreated' : 'exhibitions:loanForm.created';
          notifySuccess(t(message, { borrower: saved.borrowerName, exhibition: saved.exhibitionTitle }));
          onDone(saved);
        } catch (failure) {
          const error = apiErrorOf(failure);
          if (isLoanConflict(error)) {
            setConflict(error);
            // Taken meanwhile (a race): the check while typing reads the period again.
            void periodCheck.refetch();
          } else showServerError(t, error, form);
        }
      },
      () => setAttempted(true),
    );
  const submit = saveWith(false);
  const submitWaiting = saveWith(true);

  const applySpan = (span: DateSpan) => {
    const shifted = shiftLoanDates(form.getValues(), span.start);
    form.setValues(shifted);
    setFollow(initialFollow(shifted));
    setConflict(null);
    setMoved(span);
  };

  const title = existing
    ? t('exhibitions:loanForm.editTitle', { borrower: existing.borrowerName })
    : t('exhibitions:loanForm.createTitle');

  return (
    <AppModal dirty={form.isDirty()} opened onClose={onClose} title={title} size="xl">
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <FormSection legend={t('exhibitions:loanForm.sections.exhibition')}>
            <Select
              label={t('fields.exhibitionId')}
              placeholder={exhibitions.isError ? t('exhibitions:unavailable') : t('exhibitions:loanForm.exhibitionPlaceholder')}
              description={
                chosen
                  ? t('exhibitions:loanForm.exhibitionRules', { bounds: loanBoundsText(t, chosen), count: chosen.bufferDays })
                  : t('exhibitions:loanForm.exhibitionHint')
              }
              withAsterisk
              searchable
              data={options}
              nothingFoundMessage={t('exhibitions:nothingFound')}
              comboboxProps={{ withinPortal: true }}
              {...form.getInputProps('exhibitionId')}
            />
          </FormSection>
          <LoanDateFields form={form} bounds={boundsOf(values)} follow={follow} onFollow={setFollow} />
          {shownConflict && (
            <LoanConflictAlert
              error={shownConflict}
              bufferDays={chosen?.bufferDays ?? null}
              onUse={applySpan}
              onWaiting={existing === null ? () => submitWaiting() : undefined}
              waitingPending={save.isPending && savingAs === 'waiting'}
            />
          )}
          {existing?.status === 'waiting' && shownConflict && (
            <Text size="sm" c="dimmed">
              {t('exhibitions:loanForm.stillWaiting')}
            </Text>
          )}
          {checkedPeriod !== null && periodCheck.isFetching && (
            <Text size="xs" c="dimmed" role="status">
              {t('exhibitions:loanForm.checking')}
            </Text>
          )}
          <LoanBorrowerFields
            form={form}
            initialSchool={
              existing
                ? existing.schoolId !== null ? { value: existing.schoolId, label: existing.borrowerName } : null
                : prefill?.school ? { value: prefill.school.id, label: prefill.school.name } : null
            }
          />
          <FormSection legend={t('exhibitions:loanForm.sections.more')}>
            <Stack gap="sm">
              <LoanVisitsField form={form} linked={existing?.events ?? []} />
              <Textarea label={t('fields.notes')} autosize minRows={2} maxRows={6} maxLength={4000} {...form.getInputProps('notes')} />
            </Stack>
          </FormSection>
          {moved && (
            <Alert color="teal" variant="light" icon={<IconInfoCircle size={18} />} role="status">
              {t('exhibitions:conflict.moved', { span: spanText(t, moved, currentLanguage()) })}
            </Alert>
          )}
          {attempted && <FormErrorSummary errors={loanFormErrors(t, form, boundsOf(values))} />}
          <Group justify="flex-end">
            <CancelButton onClick={onClose} disabled={save.isPending}>
              {t('common.cancel')}
            </CancelButton>
            <Button type="submit" loading={save.isPending && savingAs === 'request'} disabled={save.isPending && savingAs === 'waiting'}>
              {existing ? t('common.save') : t('exhibitions:loanForm.createSubmit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}
