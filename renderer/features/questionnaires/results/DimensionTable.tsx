import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DimensionChange } from '../../../../shared/domain/questionnaires/analysis';
import { statCells } from './stat-cells';
import type { StatFormat } from './stat-format';
import { StatCellsRow, StatHeaders } from './StatCells';

/** One row per dimension score: the paired statistics, "< 5" for a small group, "—" where one is missing. */
export function DimensionTable({ dimensions, format }: { dimensions: readonly DimensionChange[]; format: StatFormat }) {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={860}>
      <Table withTableBorder striped verticalSpacing="xs" aria-label={t('questionnaireResults:dimensions.tableLabel')} data-testid="dimension-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('questionnaireResults:dimensions.dimension')}</Table.Th>
            <Table.Th>{t('questionnaireResults:dimensions.scale')}</Table.Th>
            <StatHeaders />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {dimensions.map((dimension) => (
            <Table.Tr key={dimension.dimension} data-dimension={dimension.dimension}>
              <Table.Th scope="row" fw={600}>
                {t(`questionnaires:dimensions.${dimension.dimension}`)}
              </Table.Th>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{`${format.integer(dimension.scale.min)}–${format.integer(dimension.scale.max)}`}</Table.Td>
              <StatCellsRow cells={statCells(dimension.result, format)} />
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
