import { Badge, Button, Table, Text } from '@mantine/core';
import { IconArrowsExchange } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import dayjs from 'dayjs';
import type { AnalysisGroup } from '../../../../shared/domain/questionnaires/analysis';
import type { StatFormat } from './stat-format';

/** The administrations' administration id to open a group's pairing with (either phase will do). */
export function groupAdministrationId(group: AnalysisGroup): number | null {
  return group.beforeAdministrationId ?? group.afterAdministrationId;
}

/**
 * Where pairs are made: one row per class and activity, with its counts, its match rate and the candidates
 * still to check ("à vérifier"), and the way into its pairing review.
 */
export function GroupsTable({ groups, format, onReview }: { groups: readonly AnalysisGroup[]; format: StatFormat; onReview(group: AnalysisGroup): void }) {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={940}>
      <Table withTableBorder striped verticalSpacing="xs" aria-label={t('questionnaireResults:groups.tableLabel')} data-testid="groups-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('questionnaireResults:groups.class')}</Table.Th>
            <Table.Th>{t('questionnaireResults:groups.event')}</Table.Th>
            <Table.Th ta="right">{t('questionnaireResults:counts.before')}</Table.Th>
            <Table.Th ta="right">{t('questionnaireResults:counts.after')}</Table.Th>
            <Table.Th ta="right">{t('questionnaireResults:counts.paired')}</Table.Th>
            <Table.Th ta="right">{t('questionnaireResults:counts.matchRate')}</Table.Th>
            <Table.Th>{t('questionnaireResults:groups.pending')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {groups.map((group) => {
            const administrationId = groupAdministrationId(group);
            const pending = group.counts.pendingCandidates;
            return (
              <Table.Tr key={`${group.eventId}-${group.classId}`} data-group={`${group.eventId}-${group.classId}`}>
                <Table.Td miw={150}>
                  <Text size="sm" fw={600} style={{ whiteSpace: 'nowrap' }}>
                    {group.className}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {group.schoolName}
                  </Text>
                </Table.Td>
                <Table.Td miw={170}>
                  <Text size="sm">{group.eventTitle}</Text>
                  <Text size="xs" c="dimmed">
                    {dayjs(group.eventDate).format('DD/MM/YYYY')}
                  </Text>
                </Table.Td>
                <Table.Td ta="right" data-column="before">{format.count(group.counts.before)}</Table.Td>
                <Table.Td ta="right" data-column="after">{format.count(group.counts.after)}</Table.Td>
                <Table.Td ta="right" data-column="paired">{format.count(group.counts.paired)}</Table.Td>
                <Table.Td ta="right" data-column="matchRate">{group.counts.matchRate === null ? '—' : format.percent(group.counts.matchRate)}</Table.Td>
                <Table.Td>
                  {administrationId !== null && (
                    <Button
                      size="compact-sm"
                      // Filled with the theme's automatic contrast: orange text on the light variant is 3.6:1 (issue 21).
                      variant={pending > 0 ? 'filled' : 'subtle'}
                      color={pending > 0 ? 'orange' : 'gray'}
                      autoContrast
                      leftSection={<IconArrowsExchange size={14} />}
                      rightSection={pending > 0 ? <Badge size="sm" variant="white" color="dark" circle>{pending}</Badge> : undefined}
                      onClick={() => onReview(group)}
                      aria-label={t(pending > 0 ? 'questionnaireResults:groups.reviewLabel' : 'questionnaireResults:groups.showLabel', {
                        count: pending,
                        className: group.className,
                        event: group.eventTitle,
                      })}
                    >
                      {pending > 0 ? t('questionnaireResults:groups.review') : t('questionnaireResults:groups.show')}
                    </Button>
                  )}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
