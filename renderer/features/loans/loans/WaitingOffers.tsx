import { Alert, Anchor, Button, Group, List, Stack, Text } from '@mantine/core';
import { IconCalendarCheck, IconHourglass } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../../i18n';
import { spanText } from '../model/loan-text';
import { useWaitingRequests } from '../queries';
import { useConfirmWaiting } from './use-confirm-waiting';

interface WaitingOffersProps {
  /** Shows only the waiting requests in the list below. */
  onShowWaiting(): void;
  onOpen(loanId: number): void;
}

/**
 * Above the loans list: how many requests are waiting for a period that was taken, and each one whose period
 * is free again, offered to be recorded as a request ("enregistrer la demande"). Nothing when none waits.
 */
export function WaitingOffers({ onShowWaiting, onOpen }: WaitingOffersProps) {
  const { t } = useTranslation();
  const waiting = useWaitingRequests();
  const { confirm, pendingId } = useConfirmWaiting();
  const requests = waiting.data ?? [];
  if (requests.length === 0) return null;
  const freed = requests.filter((request) => request.periodFree);
  const language = currentLanguage();
  return (
    <Alert
      color={freed.length > 0 ? 'orange' : 'gray'}
      variant="light"
      icon={freed.length > 0 ? <IconCalendarCheck size={18} /> : <IconHourglass size={18} />}
      title={t('exhibitions:waiting.count', { count: requests.length })}
      role="region"
    >
      <Stack gap="xs">
        {freed.length > 0 && (
          <List size="sm" spacing={6}>
            {freed.map((request) => (
              <List.Item key={request.id}>
                <Group gap="xs" wrap="wrap">
                  <Text size="sm" span>
                    {t('exhibitions:waiting.free', { borrower: request.borrowerName })}{' '}
                    <Text span size="sm" c="dimmed">
                      {`(${request.exhibitionTitle}, ${spanText(t, { start: request.deliveryDate, end: request.pickupDate }, language)})`}
                    </Text>
                  </Text>
                  <Button size="compact-sm" loading={pendingId === request.id} onClick={() => void confirm(request)}>
                    {t('exhibitions:waiting.confirm')}
                  </Button>
                  <Anchor component="button" type="button" size="sm" onClick={() => onOpen(request.id)}>
                    {t('exhibitions:waiting.open')}
                  </Anchor>
                </Group>
              </List.Item>
            ))}
          </List>
        )}
        <Group gap="xs">
          <Text size="sm" c="dimmed">
            {freed.length === 0 ? t('exhibitions:waiting.noneFree') : t('exhibitions:waiting.rest')}
          </Text>
          <Anchor component="button" type="button" size="sm" onClick={onShowWaiting}>
            {t('exhibitions:waiting.show')}
          </Anchor>
        </Group>
      </Stack>
    </Alert>
  );
}
