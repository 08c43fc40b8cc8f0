import type { ReactNode } from 'react';
import { Button, Paper, SimpleGrid, Text, Tooltip } from '@mantine/core';
import { IconArrowsExchange } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { AnalysisCounts } from '../../../../shared/domain/questionnaires/analysis';
import type { StatFormat } from './stat-format';

interface CountCardsProps {
  counts: AnalysisCounts;
  format: StatFormat;
  /** Opens the review of the first class with candidates to check; absent when there is none. */
  onReview?: () => void;
}

/**
 * The head counts of the scope, with the match rate always beside them (issue 5: the rate stands beside every
 * result), and the tolerant candidates still waiting for a person.
 */
export function CountCards({ counts, format, onReview }: CountCardsProps) {
  const { t } = useTranslation();
  return (
    <SimpleGrid cols={{ base: 2, sm: 3, lg: 5 }} spacing="sm" data-testid="result-counts">
      <Card label={t('questionnaireResults:counts.before')} value={format.count(counts.before)} testId="count-before" />
      <Card label={t('questionnaireResults:counts.after')} value={format.count(counts.after)} testId="count-after" />
      <Card label={t('questionnaireResults:counts.paired')} value={format.count(counts.paired)} testId="count-paired" />
      <Card
        label={t('questionnaireResults:counts.matchRate')}
        value={counts.matchRate === null ? '—' : format.percent(counts.matchRate)}
        help={counts.matchRate === null ? t('questionnaireResults:counts.matchRateNone') : t('questionnaireResults:counts.matchRateHelp')}
        testId="count-match-rate"
      />
      <Card
        label={t('questionnaireResults:counts.pending')}
        value={format.integer(counts.pendingCandidates)}
        help={t('questionnaireResults:counts.pendingHelp')}
        testId="count-pending"
        tone={counts.pendingCandidates > 0 ? 'orange' : undefined}
      >
        {counts.pendingCandidates > 0 && onReview && (
          <Button
            size="compact-xs"
            // Filled with the theme's automatic contrast: orange text on the light variant is 3.6:1 (issue 21).
            variant="filled"
            color="orange"
            autoContrast
            leftSection={<IconArrowsExchange size={14} />}
            onClick={onReview}
            mt={6}
            fullWidth
            // The card is narrow: the label may take two lines rather than overflow.
            styles={{ root: { height: 'auto', minHeight: 22, paddingBlock: 2 }, label: { whiteSpace: 'normal', textAlign: 'center' } }}
          >
            {t('questionnaireResults:counts.review')}
          </Button>
        )}
      </Card>
    </SimpleGrid>
  );
}

function Card({ label, value, help, testId, tone, children }: { label: string; value: string; help?: string; testId: string; tone?: string; children?: ReactNode }) {
  const body = (
    <Paper withBorder p="sm" radius="md" data-testid={testId} style={tone ? { borderColor: `var(--mantine-color-${tone}-5)` } : undefined}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600} lh={1.3}>
        {label}
      </Text>
      <Text size="xl" fw={700} data-testid={`${testId}-value`}>
        {value}
      </Text>
      {children}
    </Paper>
  );
  return help ? (
    <Tooltip label={help} multiline w={280} withArrow openDelay={300}>
      {body}
    </Tooltip>
  ) : (
    body
  );
}
