import { Card, EmptyState, Skeleton, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { IconHistory } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { AUDIT_LIMIT, useAuditEvents } from '../queries';
import { QueryFailure } from '../../../components/QueryFailure';
import { AuditRow } from './AuditRow';
import classes from './JournalTab.module.css';

/** The latest audit events: who did what to which record (ids only, never personal data). */
export function JournalTab() {
  const { t } = useTranslation();
  const events = useAuditEvents();

  return (
    <Stack gap="md">
      <Text size="sm" c="dimmed">
        {t('journal.intro', { limit: AUDIT_LIMIT })}
      </Text>
      {events.isError && <QueryFailure error={events.error} onRetry={() => void events.refetch()} />}
      <Card withBorder radius="lg" padding={0}>
        <Table.ScrollContainer minWidth={640}>
          <Table verticalSpacing="xs" horizontalSpacing="md" striped highlightOnHover>
            <caption>
              <VisuallyHidden>{t('journal.caption')}</VisuallyHidden>
            </caption>
            <Table.Thead className={classes.head}>
              <Table.Tr>
                <Table.Th className={classes.plainTh}>{t('journal.columns.at')}</Table.Th>
                <Table.Th className={classes.plainTh}>{t('journal.columns.user')}</Table.Th>
                <Table.Th className={classes.plainTh}>{t('journal.columns.action')}</Table.Th>
                <Table.Th className={classes.plainTh}>{t('journal.columns.entity')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {events.isPending &&
                [0, 1, 2, 3].map((row) => (
                  <Table.Tr key={row}>
                    {[0, 1, 2, 3].map((cell) => (
                      <Table.Td key={cell}>
                        <Skeleton height={12} radius="sm" />
                      </Table.Td>
                    ))}
                  </Table.Tr>
                ))}
              {events.data?.map((event) => <AuditRow key={event.id} event={event} />)}
            </Table.Tbody>
          </Table>
          {events.isSuccess && events.data.length === 0 && (
            <EmptyState
              py={48}
              withIndicatorBackground
              icon={<IconHistory size={28} stroke={1.5} aria-hidden="true" />}
              title={t('journal.emptyTitle')}
              description={t('journal.emptyBody')}
            />
          )}
        </Table.ScrollContainer>
      </Card>
    </Stack>
  );
}
