import { useState } from 'react';
import { Badge, Button, Collapse, Group, Stack, Table, Text, Tooltip } from '@mantine/core';
import { IconChevronDown, IconChevronRight } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ItemChange } from '../../../../shared/domain/questionnaires/analysis';
import { statCells } from './stat-cells';
import type { StatFormat } from './stat-format';
import { StatCellsRow, StatHeaders } from './StatCells';

/** The wording in the user's language; the French one when the English was left empty. */
export function itemWording(item: { wordingFr: string; wordingEn: string }, language: string): string {
  return language === 'en' && item.wordingEn.trim() !== '' ? item.wordingEn : item.wordingFr;
}

/**
 * The same statistics question by question, folded by default (the dimensions are the result; the items
 * explain it). Reverse-keyed questions are marked: their answers were turned around before scoring.
 */
export function ItemTable({ items, format }: { items: readonly ItemChange[]; format: StatFormat }) {
  const { t, i18n } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <Stack gap="xs">
      <Button
        variant="subtle"
        w="fit-content"
        leftSection={open ? <IconChevronDown size={16} /> : <IconChevronRight size={16} />}
        onClick={() => setOpen((value) => !value)}
        aria-expanded={open}
        aria-controls="results-item-table"
      >
        {t(open ? 'questionnaireResults:items.hide' : 'questionnaireResults:items.show', { count: items.length })}
      </Button>
      <Collapse expanded={open} id="results-item-table">
        <Table.ScrollContainer minWidth={940}>
          <Table withTableBorder striped verticalSpacing="xs" aria-label={t('questionnaireResults:items.tableLabel')} data-testid="item-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('questionnaireResults:items.question')}</Table.Th>
                <StatHeaders />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((item) => (
                <Table.Tr key={item.itemId} data-item={item.position}>
                  <Table.Td miw={240} maw={420}>
                    <Text size="sm">
                      {item.position}. {itemWording(item, i18n.language)}
                    </Text>
                    <Group gap={6} mt={2}>
                      <Text size="xs" c="dimmed">
                        {t(`questionnaires:dimensions.${item.dimension}`)}
                      </Text>
                      {item.reverseKeyed && (
                        <Tooltip label={t('questionnaireResults:items.reverseHelp')} multiline w={300} withArrow events={{ hover: true, focus: true, touch: true }}>
                          <Badge size="xs" variant="light" color="grape" tabIndex={0}>
                            {t('questionnaireResults:items.reverse')}
                          </Badge>
                        </Tooltip>
                      )}
                    </Group>
                  </Table.Td>
                  <StatCellsRow cells={statCells(item.result, format)} />
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Collapse>
    </Stack>
  );
}
