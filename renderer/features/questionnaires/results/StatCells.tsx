import { Table, Text, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { STAT_COLUMNS, type StatCell, type StatColumn } from './stat-cells';

/** Tooltips open on keyboard focus too: the explanations are for everyone, not only mouse users. */
const TOOLTIP_EVENTS = { hover: true, focus: true, touch: true };

/** The statistics' column headers, each with a plain-French explanation of what the number means. */
export function StatHeaders() {
  const { t } = useTranslation();
  return (
    <>
      {STAT_COLUMNS.map((column) => (
        <Table.Th key={column} style={{ textAlign: 'right', whiteSpace: 'nowrap' }}>
          <Tooltip label={t(`questionnaireResults:stats.help.${column}`)} multiline w={320} withArrow events={TOOLTIP_EVENTS}>
            <Text component="span" size="sm" fw={600} tabIndex={0} style={{ borderBottom: '1px dotted currentColor', cursor: 'help' }}>
              {t(`questionnaireResults:stats.columns.${column}`)}
            </Text>
          </Tooltip>
        </Table.Th>
      ))}
    </>
  );
}

/** One row's statistic cells: the number, "< 5" (small group), or "—" with why it is missing. */
export function StatCellsRow({ cells }: { cells: Record<StatColumn, StatCell> }) {
  return (
    <>
      {STAT_COLUMNS.map((column) => (
        <Table.Td key={column} style={{ textAlign: 'right', whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' }} data-column={column}>
          <StatCellText cell={cells[column]} />
        </Table.Td>
      ))}
    </>
  );
}

export function StatCellText({ cell }: { cell: StatCell }) {
  const { t } = useTranslation();
  if (cell.kind === 'value') return <>{cell.text}</>;
  const help = cell.kind === 'suppressed' ? t('questionnaireResults:stats.suppressed') : t(`questionnaireResults:stats.reasons.${cell.reason}`);
  return (
    <Tooltip label={help} multiline w={300} withArrow events={TOOLTIP_EVENTS}>
      <Text component="span" size="sm" c="dimmed" tabIndex={cell.kind === 'unavailable' ? 0 : undefined} data-stat={cell.kind} style={{ cursor: 'help' }}>
        {cell.kind === 'suppressed' ? cell.text : '—'}
      </Text>
    </Tooltip>
  );
}
