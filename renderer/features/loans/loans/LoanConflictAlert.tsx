import { Alert, Button, Group, List, Stack, Text } from '@mantine/core';
import { IconCalendarX, IconCalendarCheck, IconHourglass } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ApiError, DateSpan } from '../../../../shared/api/result';
import { currentLanguage } from '../../../i18n';
import { alternativeLabel, loanConflictSentence } from '../model/loan-text';

interface LoanConflictAlertProps {
  error: ApiError;
  /** The exhibition's free days between two loans, when known. */
  bufferDays: number | null;
  /** Moves the request onto a free period (delivery → pick-up), keeping its length. */
  onUse(span: DateSpan): void;
  /** Records the request as waiting for the period (issue 17): offered for a new request only. */
  onWaiting?: () => void;
  waitingPending?: boolean;
}

/**
 * The exhibition is not free: each loan in the way (borrower and days, buffer included in the rule), and the
 * nearest free periods of the same length as buttons that move the request there.
 */
export function LoanConflictAlert({ error, bufferDays, onUse, onWaiting, waitingPending = false }: LoanConflictAlertProps) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const alternatives = error.alternatives ?? [];
  return (
    <Alert color="red" variant="light" icon={<IconCalendarX size={18} />} title={t('exhibitions:conflict.title')} role="alert">
      <Stack gap="xs">
        <List size="sm" spacing={4}>
          {(error.conflicts ?? []).map((conflict, index) => (
            <List.Item key={`${conflict.otherId}-${index}`}>{loanConflictSentence(t, conflict, language)}</List.Item>
          ))}
        </List>
        <Text size="sm">{bufferDays === null ? t('exhibitions:conflict.buffer') : t('exhibitions:conflict.bufferDays', { count: bufferDays })}</Text>
        {alternatives.length > 0 ? (
          <>
            <Text size="sm" fw={600}>
              {t('exhibitions:conflict.proposals')}
            </Text>
            <Group gap="xs">
              {alternatives.map((span) => (
                <Button
                  key={span.start}
                  size="xs"
                  variant="white"
                  color="dark"
                  leftSection={<IconCalendarCheck size={16} aria-hidden="true" />}
                  onClick={() => onUse(span)}
                >
                  {alternativeLabel(t, span, language)}
                </Button>
              ))}
            </Group>
          </>
        ) : (
          <Text size="sm">{t('exhibitions:conflict.noProposal')}</Text>
        )}
        {onWaiting && (
          <Group gap="xs" mt={4}>
            <Button size="xs" variant="outline" color="orange" leftSection={<IconHourglass size={16} aria-hidden="true" />} loading={waitingPending} onClick={onWaiting}>
              {t('exhibitions:loanForm.saveWaiting')}
            </Button>
            <Text size="xs" c="dimmed">
              {t('exhibitions:loanForm.waitingHint')}
            </Text>
          </Group>
        )}
      </Stack>
    </Alert>
  );
}
