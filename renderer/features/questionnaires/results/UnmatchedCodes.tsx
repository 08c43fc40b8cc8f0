import { Code, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PairingReview } from '../../../../shared/domain/questionnaires/analysis';

/**
 * What the pairing could not use: codes found twice in one administration (someone corrects the form), and
 * codes with no partner once the decisions are applied (pupils absent on one of the days, or codes too
 * different to be proposed).
 */
export function UnmatchedCodes({ review }: { review: PairingReview }) {
  const { t } = useTranslation();
  const noCode = t('questionnaireResults:review.noCode');
  return (
    <Stack gap="sm">
      {review.duplicates.length > 0 && (
        <Stack gap={4} data-testid="review-duplicates">
          <Title order={4} size="h5">
            {t('questionnaireResults:review.duplicates', { count: review.duplicates.length })}
          </Title>
          <Text size="xs" c="dimmed">
            {t('questionnaireResults:review.duplicatesHelp')}
          </Text>
          <Group gap={6}>
            {review.duplicates.map((duplicate) => (
              <Code key={`${duplicate.phase}-${duplicate.code}`}>
                {t('questionnaireResults:review.duplicate', {
                  code: duplicate.code || noCode,
                  phase: t(`questionnaireResults:review.phase.${duplicate.phase}`),
                  count: duplicate.responseIds.length,
                })}
              </Code>
            ))}
          </Group>
        </Stack>
      )}
      <Group align="flex-start" grow gap="lg">
        <CodeList title={t('questionnaireResults:review.unmatchedBefore', { count: review.unmatchedBefore.length })} codes={review.unmatchedBefore} testId="unmatched-before" noCode={noCode} />
        <CodeList title={t('questionnaireResults:review.unmatchedAfter', { count: review.unmatchedAfter.length })} codes={review.unmatchedAfter} testId="unmatched-after" noCode={noCode} />
      </Group>
    </Stack>
  );
}

function CodeList({ title, codes, testId, noCode }: { title: string; codes: readonly { responseId: number; code: string }[]; testId: string; noCode: string }) {
  const { t } = useTranslation();
  return (
    <Stack gap={4} data-testid={testId}>
      <Title order={4} size="h5">
        {title}
      </Title>
      {codes.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('questionnaireResults:review.noneUnmatched')}
        </Text>
      ) : (
        <Group gap={6}>
          {codes.map((item) => (
            <Code key={item.responseId}>{item.code || noCode}</Code>
          ))}
        </Group>
      )}
    </Stack>
  );
}
