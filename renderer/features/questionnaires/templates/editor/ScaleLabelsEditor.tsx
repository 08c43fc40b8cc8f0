import { Table, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AnswerType } from '../../../../../shared/domain/questionnaires/templates';

interface ScaleLabelsEditorProps {
  /** 1-based question number, for the inputs' names. */
  number: number;
  answerType: AnswerType;
  anchorsFr: string[];
  anchorsEn: string[];
  onChange(anchors: { anchorsFr: string[]; anchorsEn: string[] }): void;
  locked: boolean;
  /** Messages by path below the item (`anchorsFr`, `anchorsFr.2`, `anchorsEn`…). */
  errorOf(path: string): string | undefined;
}

const replaced = (list: readonly string[], index: number, value: string) => list.map((entry, position) => (position === index ? value : entry));

/**
 * The scale's labels, lowest first, one row per point (Likert) or per end (0–10), French required, English
 * optional. The number of rows follows the answer type, so there is nothing to add or remove here.
 */
export function ScaleLabelsEditor({ number, answerType, anchorsFr, anchorsEn, onChange, locked, errorOf }: ScaleLabelsEditorProps) {
  const { t } = useTranslation();
  const ends = answerType === 'scale_0_10';
  const pointName = (index: number) => (ends ? (index === 0 ? '0' : '10') : t('questionnaireTemplates:items.point', { point: index + 1 }));
  const listError = errorOf('anchorsFr') ?? errorOf('anchorsEn');

  return (
    <div>
      <Text size="sm" fw={500} mb={4}>
        {ends ? t('questionnaireTemplates:items.scaleEnds') : t('questionnaireTemplates:items.anchors')}
      </Text>
      <Table withRowBorders={false} verticalSpacing={4} horizontalSpacing={6} layout="fixed">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={ends ? 48 : 72} />
            <Table.Th fz="xs" c="dimmed" fw={500}>
              {t('questionnaireTemplates:items.french')}
            </Table.Th>
            <Table.Th fz="xs" c="dimmed" fw={500}>
              {t('questionnaireTemplates:items.english')}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {anchorsFr.map((label, index) => (
            <Table.Tr key={index}>
              <Table.Td fz="sm" c="dimmed">
                {pointName(index)}
              </Table.Td>
              <Table.Td>
                <TextInput
                  size="xs"
                  aria-label={`${t('questionnaireTemplates:items.question', { number })} — ${
                    ends
                      ? t(index === 0 ? 'questionnaireTemplates:items.lowEnd' : 'questionnaireTemplates:items.highEnd')
                      : t('questionnaireTemplates:items.anchorFr', { point: index + 1 })
                  }`}
                  value={label}
                  maxLength={200}
                  disabled={locked}
                  error={errorOf(`anchorsFr.${index}`)}
                  onChange={(event) => onChange({ anchorsFr: replaced(anchorsFr, index, event.currentTarget.value), anchorsEn })}
                />
              </Table.Td>
              <Table.Td>
                <TextInput
                  size="xs"
                  aria-label={`${t('questionnaireTemplates:items.question', { number })} — ${
                    ends
                      ? t(index === 0 ? 'questionnaireTemplates:items.lowEndEn' : 'questionnaireTemplates:items.highEndEn')
                      : t('questionnaireTemplates:items.anchorEn', { point: index + 1 })
                  }`}
                  value={anchorsEn[index] ?? ''}
                  maxLength={200}
                  disabled={locked}
                  error={errorOf(`anchorsEn.${index}`)}
                  onChange={(event) => onChange({ anchorsFr, anchorsEn: replaced(anchorsFr.map((_, i) => anchorsEn[i] ?? ''), index, event.currentTarget.value) })}
                />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {listError && (
        <Text size="sm" c="red" role="alert">
          {listError}
        </Text>
      )}
    </div>
  );
}
