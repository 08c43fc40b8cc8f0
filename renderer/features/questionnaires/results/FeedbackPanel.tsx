import { Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { QueryFailure } from '../../../components/QueryFailure';
import type { AnalysisScope } from '../../../../shared/domain/questionnaires/analysis';
import { FeedbackSection } from './FeedbackSection';
import { useFeedback } from './results-queries';
import type { StatFormat } from './stat-format';

/** Satisfaction and teacher feedback of the scope (issue 5, point 8), whatever the questionnaire chosen above. */
export function FeedbackPanel({ scope, format }: { scope: AnalysisScope; format: StatFormat }) {
  const { t } = useTranslation();
  const feedback = useFeedback(scope);
  return (
    <Stack gap="sm">
      <Stack gap={2}>
        <Title order={3}>{t('questionnaireResults:feedback.title')}</Title>
        <Text size="sm" c="dimmed">
          {t('questionnaireResults:feedback.help')}
        </Text>
      </Stack>
      {feedback.isError && <QueryFailure error={feedback.error} onRetry={() => void feedback.refetch()} />}
      {feedback.isLoading && (
        <Group gap="sm">
          <Loader size="sm" />
          <Text size="sm" c="dimmed">
            {t('questionnaireResults:loading')}
          </Text>
        </Group>
      )}
      {feedback.data && (
        <div style={{ opacity: feedback.isPlaceholderData ? 0.55 : 1 }}>
          <FeedbackSection templates={feedback.data.templates} format={format} perEvent={scope.kind !== 'event'} />
        </div>
      )}
    </Stack>
  );
}
