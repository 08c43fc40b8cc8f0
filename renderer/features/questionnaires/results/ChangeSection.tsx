import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../i18n/language';
import type { QuestionnaireAnalysis } from '../../../../shared/domain/questionnaires/analysis';
import { DimensionChart } from './DimensionChart';
import { DimensionTable } from './DimensionTable';
import { ItemTable } from './ItemTable';
import { PlainSentences } from './PlainSentences';
import type { StatFormat } from './stat-format';

/**
 * The before/after change (issue 5, point 7): what it means in words, the chart, the dimension table with
 * every statistic, and the questions one by one.
 */
export function ChangeSection({ analysis, format, language }: { analysis: QuestionnaireAnalysis; format: StatFormat; language: Language }) {
  const { t } = useTranslation();
  return (
    <Stack gap="md">
      <Stack gap={2}>
        <Title order={3}>{t('questionnaireResults:dimensions.title')}</Title>
        <Text size="sm" c="dimmed">
          {t('questionnaireResults:dimensions.help')}
        </Text>
      </Stack>
      {analysis.dimensions.length === 0 ? (
        <Text size="sm" c="dimmed" data-testid="no-dimension">
          {t('questionnaireResults:dimensions.none')}
        </Text>
      ) : (
        <>
          <PlainSentences dimensions={analysis.dimensions} language={language} />
          <DimensionChart dimensions={analysis.dimensions} format={format} />
          <DimensionTable dimensions={analysis.dimensions} format={format} />
        </>
      )}
      {analysis.items.length > 0 && <ItemTable items={analysis.items} format={format} />}
    </Stack>
  );
}
