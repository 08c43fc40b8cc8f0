import { Alert, Checkbox, Text } from '@mantine/core';
import { IconAlertTriangle, IconCalendarEvent } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { deliveryNotYetUntil, type DeliveryWindow, type returnDelayIssue } from '../../../../shared/domain/loans/handover-rules';
import { currentLanguage } from '../../../i18n';
import { loanDay } from '../model/loan-text';

/**
 * Under the delivery date: the days the loan may be delivered on (shared/domain/loans/handover-rules.ts), or
 * why none, so the user knows what is possible before choosing; and a word when the day chosen is early.
 */
export function DeliveryWindowNotice({
  days,
  plannedDay,
  chosenDay,
  proposed,
  today,
}: {
  days: DeliveryWindow;
  plannedDay: string;
  chosenDay: string;
  proposed: string | null;
  today: string;
}) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const day = (date: string) => loanDay(date, language);
  if (days.kind === 'stillOut') {
    return (
      <Alert color="red" variant="light" icon={<IconAlertTriangle size={18} />} role="alert">
        {t('exhibitions:check.stillOut', { borrower: days.at.borrowerName, day: day(days.at.day) })}
      </Alert>
    );
  }
  const lines = [
    days.earliest === null
      ? t('exhibitions:check.windowUntil', { latest: day(days.latest) })
      : t('exhibitions:check.window', { earliest: day(days.earliest), latest: day(days.latest) }),
  ];
  if (days.after && days.earliest !== null) {
    lines.push(t('exhibitions:check.windowAfter', { borrower: days.after.borrowerName, returned: day(days.after.day), earliest: day(days.earliest) }));
  }
  const notYetUntil = deliveryNotYetUntil(days, today);
  if (notYetUntil !== null) lines.push(t('exhibitions:check.notYet', { earliest: day(notYetUntil) }));
  else if (proposed === null) lines.push(t('exhibitions:check.noDay'));
  else if (chosenDay !== '' && chosenDay < plannedDay) lines.push(t('exhibitions:check.early', { day: day(chosenDay), planned: day(plannedDay) }));
  return (
    <Alert color={proposed === null ? 'orange' : 'blue'} variant="light" icon={<IconCalendarEvent size={18} />} role="note">
      {lines.map((line) => (
        <Text key={line} size="sm">
          {line}
        </Text>
      ))}
    </Alert>
  );
}

/** Beside the return date: the loan a late return delays, named, and the user's confirmation. */
export function ReturnDelayNotice({
  delay,
  accepted,
  onAccept,
}: {
  delay: NonNullable<ReturnType<typeof returnDelayIssue>>;
  accepted: boolean;
  onAccept(accepted: boolean): void;
}) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const { borrower, date, latest } = delay.params;
  return (
    <Alert color="orange" variant="light" icon={<IconAlertTriangle size={18} />} title={t('exhibitions:check.delayTitle', { borrower })} role="status">
      <Text size="sm">{t('exhibitions:check.delayBody', { day: loanDay(date, language), latest: loanDay(latest, language) })}</Text>
      <Checkbox mt="xs" checked={accepted} onChange={(event) => onAccept(event.currentTarget.checked)} label={t('exhibitions:check.acceptDelay', { borrower })} />
    </Alert>
  );
}
