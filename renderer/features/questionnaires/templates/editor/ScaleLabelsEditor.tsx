import { SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
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

/** The language of a box, inside it (the label is on the column; the language alone tells the two apart). */
function LanguageTag({ children }: { children: string }) {
  return (
    <Text span size="10px" fw={700} c="dimmed" aria-hidden="true">
      {children}
    </Text>
  );
}

const replaced = (list: readonly string[], index: number, value: string) => list.map((entry, position) => (position === index ? value : entry));

/**
 * The scale's labels, lowest first, one column per point (Likert) or per end (0–10), French required,
 * English optional. The number of columns follows the answer type, so there is nothing to add or remove here.
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
      {/* One column per point, lowest on the left as on the paper form: French above, English below. */}
      <SimpleGrid cols={{ base: Math.min(anchorsFr.length, 2), sm: anchorsFr.length }} spacing="xs" verticalSpacing="xs" maw={ends ? 640 : undefined}>
        {anchorsFr.map((label, index) => (
          <Stack key={index} gap={4}>
            <Text size="xs" c="dimmed" fw={500}>
              {pointName(index)}
            </Text>
            <TextInput
              size="xs"
              aria-label={`${t('questionnaireTemplates:items.question', { number })} — ${
                ends
                  ? t(index === 0 ? 'questionnaireTemplates:items.lowEnd' : 'questionnaireTemplates:items.highEnd')
                  : t('questionnaireTemplates:items.anchorFr', { point: index + 1 })
              }`}
              leftSection={<LanguageTag>FR</LanguageTag>}
              value={label}
              title={label}
              maxLength={200}
              disabled={locked}
              error={errorOf(`anchorsFr.${index}`)}
              onChange={(event) => onChange({ anchorsFr: replaced(anchorsFr, index, event.currentTarget.value), anchorsEn })}
            />
            <TextInput
              size="xs"
              aria-label={`${t('questionnaireTemplates:items.question', { number })} — ${
                ends
                  ? t(index === 0 ? 'questionnaireTemplates:items.lowEndEn' : 'questionnaireTemplates:items.highEndEn')
                  : t('questionnaireTemplates:items.anchorEn', { point: index + 1 })
              }`}
              leftSection={<LanguageTag>EN</LanguageTag>}
              placeholder={t('questionnaireTemplates:items.englishOptional')}
              value={anchorsEn[index] ?? ''}
              title={anchorsEn[index] ?? ''}
              maxLength={200}
              disabled={locked}
              error={errorOf(`anchorsEn.${index}`)}
              onChange={(event) => onChange({ anchorsFr, anchorsEn: replaced(anchorsFr.map((_, i) => anchorsEn[i] ?? ''), index, event.currentTarget.value) })}
            />
          </Stack>
        ))}
      </SimpleGrid>
      {listError && (
        <Text size="sm" c="red" role="alert">
          {listError}
        </Text>
      )}
    </div>
  );
}
