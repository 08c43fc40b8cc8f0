import { useEffect, useRef } from 'react';
import { Alert, Button, Group, List, Text } from '@mantine/core';
import { IconBeach } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { NonSchoolDay } from '../../../../shared/domain/calendar/non-school-days';
import { currentLanguage } from '../../../i18n';
import { nonSchoolDayText } from '../model/school-days';

function DayList({ days }: { days: readonly NonSchoolDay[] }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  return (
    <List size="sm" spacing={2}>
      {days.map((day) => (
        <List.Item key={day.date}>{nonSchoolDayText(t, day, language)}</List.Item>
      ))}
    </List>
  );
}

/** Said as soon as the chosen dates fall on a weekend or a holiday, before the user saves. */
export function NonSchoolDayNotice({ days }: { days: readonly NonSchoolDay[] }) {
  const { t } = useTranslation();
  return (
    <Alert color="yellow" variant="light" icon={<IconBeach size={18} />} title={t('calendar:schoolDays.noticeTitle')} role="status">
      <DayList days={days} />
      <Text size="sm" mt={6}>
        {t('calendar:schoolDays.notice')}
      </Text>
    </Alert>
  );
}

interface NonSchoolDayQuestionProps {
  days: readonly NonSchoolDay[];
  title: string;
  confirmLabel: string;
  cancelLabel: string;
  pending?: boolean;
  onConfirm(): void;
  onCancel(): void;
}

/**
 * "Plan on a day without school?", in place of the form's buttons (no dialog over a dialog) or in the drag's
 * own dialog. The safe answer (change the date, cancel the move) has the focus.
 */
export function NonSchoolDayQuestion({ days, title, confirmLabel, cancelLabel, pending = false, onConfirm, onCancel }: NonSchoolDayQuestionProps) {
  const { t } = useTranslation();
  const cancelRef = useRef<HTMLButtonElement>(null);
  useEffect(() => cancelRef.current?.focus(), []);
  return (
    <Alert color="orange" variant="light" icon={<IconBeach size={18} />} title={title} role="alertdialog" aria-label={title}>
      <DayList days={days} />
      <Text size="sm" mt={6}>
        {t('calendar:schoolDays.question')}
      </Text>
      <Group justify="flex-end" mt="sm">
        <Button ref={cancelRef} variant="default" onClick={onCancel} disabled={pending}>
          {cancelLabel}
        </Button>
        <Button color="orange" onClick={onConfirm} loading={pending}>
          {confirmLabel}
        </Button>
      </Group>
    </Alert>
  );
}
