import { useState } from 'react';
import { Alert, Button, Group, List, Skeleton, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { IconArrowsExchange } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Exhibition } from '../../../../shared/domain/loans/exhibitions';
import type { CheckPhase, Loan } from '../../../../shared/domain/loans/loans';
import { api, apiErrorOf } from '../../../api/client';
import { AppModal } from '../../../components/AppModal';
import { useFormDirty } from '../../../components/discard';
import { QueryFailure } from '../../../components/QueryFailure';
import { notifyError, notifySuccess } from '../../../forms/notify';
import { inlineFieldMessage } from '../../../i18n/translate-error';
import { localToday } from '../../../dates/local-today';
import { changedSinceDelivery, checkInput, countByCondition, initialCheckRows, rowsMissingNote, type CheckRow } from '../model/condition-check';
import { useExhibitionMutation } from '../mutations';
import { useExhibition } from '../queries';
import { CheckRows } from './CheckRows';
import { DeliveryWindowNotice, ReturnDelayNotice } from './HandoverNotice';
import { checkDayAheadIssue, deliveryDayIssue, proposedDeliveryDay, returnDelayIssue } from '../../../../shared/domain/loans/handover-rules';
import { CancelButton } from '../../../components/CancelButton';

interface ConditionCheckModalProps {
  phase: CheckPhase;
  loan: Loan;
  onDone(): void;
  onClose(): void;
}

/** Delivery (check-out) or return (check-in): the state of every item as the exhibition leaves or comes back. */
export function ConditionCheckModal({ phase, loan, onDone, onClose }: ConditionCheckModalProps) {
  const { t } = useTranslation();
  const exhibition = useExhibition(loan.exhibitionId);
  const title = t(phase === 'delivery' ? 'exhibitions:check.deliveryTitle' : 'exhibitions:check.returnTitle', { borrower: loan.borrowerName });
  return (
    <AppModal opened onClose={onClose} title={title} size="xl">
      {exhibition.isError ? (
        <QueryFailure error={exhibition.error} onRetry={() => void exhibition.refetch()} />
      ) : !exhibition.data ? (
        <Stack gap="sm" aria-busy="true">
          <Skeleton height={36} />
          <Skeleton height={180} />
        </Stack>
      ) : (
        <CheckForm phase={phase} loan={loan} exhibition={exhibition.data} onDone={onDone} onClose={onClose} />
      )}
    </AppModal>
  );
}

function CheckForm({ phase, loan, exhibition, onDone, onClose }: ConditionCheckModalProps & { exhibition: Exhibition }) {
  const { t } = useTranslation();
  const checkOut = useExhibitionMutation(api.loans.checkOut);
  const checkIn = useExhibitionMutation(api.loans.checkIn);
  const mutation = phase === 'delivery' ? checkOut : checkIn;
  const deliveryCheck = loan.checks.find((check) => check.phase === 'delivery') ?? null;
  const [rows, setRows] = useState<CheckRow[]>(() => initialCheckRows(phase, exhibition.items, deliveryCheck));
  // Today when the loan may be delivered today, else the first possible day, else nothing (the notice says why).
  const handoverWindow = phase === 'delivery' ? loan.handover.delivery : null;
  const [today] = useState(localToday);
  const [proposed] = useState(() => (handoverWindow ? proposedDeliveryDay(handoverWindow, today) : today));
  const [date, setDate] = useState(proposed ?? '');
  const [acceptDelay, setAcceptDelay] = useState(false);
  const [notes, setNotes] = useState('');
  const [attempted, setAttempted] = useState(false);
  const [serverErrors, setServerErrors] = useState<Record<string, string>>({});
  const [firstRows] = useState(rows);
  useFormDirty(rows !== firstRows || notes.trim() !== '' || date !== (proposed ?? ''));

  const missingNotes = rowsMissingNote(rows);
  const noteErrors: Record<number, string> = {};
  if (attempted) for (const index of missingNotes) noteErrors[index] = t('exhibitions:check.noteRequired');
  for (const [path, message] of Object.entries(serverErrors)) {
    const match = /^items\.(\d+)/.exec(path);
    if (match) noteErrors[Number(match[1])] ??= message;
  }
  // The same rules as the server's, checked as the user types: the message sits under the date.
  const dayIssue =
    date === '' ? null : ((handoverWindow ? deliveryDayIssue(handoverWindow, date) : null) ?? checkDayAheadIssue(date, today));
  const delay = phase === 'return' && date !== '' ? returnDelayIssue(loan.handover.returnBy, date) : null;
  const dateError =
    attempted && date === ''
      ? inlineFieldMessage(t, { path: 'date', issue: 'required' })
      : dayIssue
        ? inlineFieldMessage(t, { path: 'date', ...dayIssue })
        : attempted && delay && !acceptDelay
          ? inlineFieldMessage(t, { path: 'date', ...delay })
          : serverErrors.date;
  const changed = phase === 'return' ? changedSinceDelivery(rows) : [];
  const counts = countByCondition(rows);

  const update = (index: number, changes: Partial<CheckRow>) => {
    setRows((current) => current.map((row, position) => (position === index ? { ...row, ...changes } : row)));
    setServerErrors({});
  };

  const save = async () => {
    setAttempted(true);
    if (date === '' || dayIssue || (delay && !acceptDelay) || missingNotes.length > 0) return;
    try {
      const input = checkInput(loan.id, date, rows, notes);
      if (phase === 'delivery') await checkOut.mutateAsync(input);
      else await checkIn.mutateAsync(delay ? { ...input, acceptDelay: true } : input);
      const flagged = counts.damaged + counts.missing;
      if (phase === 'delivery') notifySuccess(t('exhibitions:check.deliveryDone', { borrower: loan.borrowerName }));
      else if (flagged > 0) notifySuccess(t('exhibitions:check.returnFlagged', { count: flagged }), t('exhibitions:check.returnDoneTitle'));
      else notifySuccess(t('exhibitions:check.returnDone', { exhibition: loan.exhibitionTitle }));
      onDone();
    } catch (failure) {
      const error = apiErrorOf(failure);
      const fields: Record<string, string> = {};
      for (const field of error.fields ?? []) fields[field.path] ??= inlineFieldMessage(t, field);
      setServerErrors(fields);
      notifyError(t, error);
    }
  };

  if (rows.length === 0) {
    return (
      <Stack gap="md">
        <Alert color="orange" variant="light" role="note">
          {t('exhibitions:check.noItems')}
        </Alert>
        <Group justify="flex-end">
          <CancelButton onClick={onClose}>
            {t('exhibitions:actions.back')}
          </CancelButton>
        </Group>
      </Stack>
    );
  }

  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          {t(phase === 'delivery' ? 'exhibitions:check.deliveryIntro' : 'exhibitions:check.returnIntro', {
            exhibition: loan.exhibitionTitle,
            borrower: loan.borrowerName,
          })}
        </Text>
        <TextInput
          type="date"
          label={t(phase === 'delivery' ? 'exhibitions:check.deliveryDate' : 'exhibitions:check.returnDate')}
          withAsterisk
          value={date}
          onChange={(event) => {
            setDate(event.currentTarget.value);
            setServerErrors({});
          }}
          error={dateError}
          w={{ base: '100%', xs: 220 }}
          data-autofocus
        />
        {handoverWindow && <DeliveryWindowNotice days={handoverWindow} plannedDay={loan.deliveryDate} chosenDay={date} proposed={proposed} today={today} />}
        {delay && <ReturnDelayNotice delay={delay} accepted={acceptDelay} onAccept={setAcceptDelay} />}
        <CheckRows phase={phase} rows={rows} errors={noteErrors} onChange={update} />
        <Text size="sm" aria-live="polite">
          {t('exhibitions:check.counts', { good: counts.good, damaged: counts.damaged, missing: counts.missing })}
        </Text>
        {phase === 'return' && (
          <Alert
            color={changed.length > 0 ? 'orange' : 'teal'}
            variant="light"
            icon={<IconArrowsExchange size={18} />}
            title={changed.length > 0 ? t('exhibitions:check.changedTitle', { count: changed.length }) : t('exhibitions:check.unchanged')}
            role="status"
          >
            {changed.length > 0 && (
              <List size="sm" spacing={2}>
                {changed.map((row) => (
                  <List.Item key={row.itemId}>
                    {t('exhibitions:check.changedRow', {
                      item: t('exhibitions:items.numbered', { number: row.number, label: row.label }),
                      before: row.atDelivery ? t(`exhibitions:conditions.${row.atDelivery}`) : t('exhibitions:differences.notChecked'),
                      after: t(`exhibitions:conditions.${row.condition}`),
                    })}
                  </List.Item>
                ))}
              </List>
            )}
            {changed.length > 0 && (
              <Text size="sm" mt={4}>
                {t('exhibitions:check.willFlag')}
              </Text>
            )}
          </Alert>
        )}
        <Textarea label={t('exhibitions:check.notes')} autosize minRows={2} maxRows={5} maxLength={4000} value={notes} onChange={(event) => setNotes(event.currentTarget.value)} />
        {attempted && missingNotes.length > 0 && (
          <Alert color="red" variant="light" role="alert">
            {t('exhibitions:check.missingNotes', { count: missingNotes.length })}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} disabled={mutation.isPending}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={mutation.isPending}>
            {t(phase === 'delivery' ? 'exhibitions:check.deliverySubmit' : 'exhibitions:check.returnSubmit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
