// Answer codes (A1…A5) found for the questions of one scale: their reading in the scale's order, confirmed once for all.
import { Alert, Button, Group, Table, Text } from '@mantine/core';
import { IconCheck, IconListNumbers } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { AnswerCodeProposal } from '../../../../shared/domain/questionnaires/answer-codes';
import type { GridColumn } from '../grid/grid-model';
import { itemValues, numberList } from './import-model';

interface CodeProposalProps {
  proposal: AnswerCodeProposal;
  columns: GridColumn[];
  language: 'fr' | 'en';
  disabled: boolean;
  onConfirm(proposal: AnswerCodeProposal): void;
}

export function CodeProposal({ proposal, columns, language, disabled, onConfirm }: CodeProposalProps) {
  const { t } = useTranslation();
  const questions = columns.filter((column) => proposal.itemIds.includes(column.itemId));
  const first = questions[0];
  if (!first) return null;
  const anchors = new Map(itemValues(first.item, language).map(({ value, label }) => [value, label]));
  const numbers = numberList(questions.map((column) => column.number));
  const count = questions.length;
  const codes = proposal.codes.map((entry) => entry.code);

  return (
    <Alert variant="light" color="blue" icon={<IconListNumbers size={18} />} title={t('questionnaireImport:codes.title', { count, first: codes[0], last: codes[codes.length - 1] })} data-testid="code-proposal">
      <Text size="sm" mb="xs">
        {'from' in numbers ? t('questionnaireImport:codes.bodyRange', { count, ...numbers }) : t('questionnaireImport:codes.bodyList', { count, list: numbers.list })}
      </Text>
      <Table withTableBorder fz="sm" verticalSpacing={3} w="fit-content" aria-label={t('questionnaireImport:codes.tableLabel')} mb="sm">
        <Table.Tbody>
          {proposal.codes.map(({ code, value }) => (
            <Table.Tr key={code}>
              <Table.Td ff="monospace" fw={600}>
                {code}
              </Table.Td>
              <Table.Td>→</Table.Td>
              <Table.Td>{anchors.get(value) ? `${value} — ${anchors.get(value)}` : String(value)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Group gap="sm">
        <Button size="xs" leftSection={<IconCheck size={16} />} onClick={() => onConfirm(proposal)} disabled={disabled}>
          {t('questionnaireImport:codes.confirm', { count })}
        </Button>
        <Text size="xs" c="dimmed">
          {t('questionnaireImport:codes.after')}
        </Text>
      </Group>
    </Alert>
  );
}
