import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import dayjs from 'dayjs';
import type { TemplateFeedback } from '../../../../shared/domain/questionnaires/analysis';
import type { StatFormat } from './stat-format';

/** The forms and the mean satisfaction of each activity of the scope (the yearly view of issue 5, point 8). */
export function ByEventTable({ rows, format }: { rows: TemplateFeedback['byEvent']; format: StatFormat }) {
  const { t } = useTranslation();
  return (
    <Table withTableBorder striped verticalSpacing={4} aria-label={t('questionnaireResults:feedback.byEvent')} data-testid="feedback-by-event">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('questionnaireResults:groups.event')}</Table.Th>
          <Table.Th>{t('questionnaireResults:feedback.date')}</Table.Th>
          <Table.Th ta="right">{t('questionnaireResults:feedback.forms')}</Table.Th>
          <Table.Th ta="right">{t('questionnaireResults:feedback.meanSatisfaction')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((row) => (
          <Table.Tr key={row.eventId}>
            <Table.Td>{row.eventTitle}</Table.Td>
            <Table.Td>{dayjs(row.eventDate).format('DD/MM/YYYY')}</Table.Td>
            <Table.Td ta="right">{format.count(row.responses)}</Table.Td>
            <Table.Td ta="right">{row.meanSatisfaction === null ? '—' : format.mean(row.meanSatisfaction)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
