// One near-matching pair in the review: its place among every class's pairs, the two forms side by side, and its decision.
import { Badge, Button, Group, Loader, Paper, Stack, Table, Text } from '@mantine/core';
import { IconArrowBackUp, IconArrowLeft, IconArrowRight, IconCheck, IconX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../../i18n';
import { QueryFailure } from '../../../components/QueryFailure';
import { useTemplate } from '../queries';
import type { PairingReview, ReviewCandidate } from '../../../../shared/domain/questionnaires/analysis';
import { compareAnswers, type ComparedAnswer } from './review-sequence';
import { useFormAnswers, type PairDecision } from './results-queries';

interface PairComparisonProps {
  review: PairingReview;
  candidate: ReviewCandidate;
  /** 1-based place among the pairs of every class under review, and their number. */
  position: number;
  total: number;
  busy: boolean;
  onPrevious?: () => void;
  onNext?: () => void;
  onDecide(candidate: ReviewCandidate, decision: PairDecision): void;
}

/**
 * Issue 17: a code alone rarely says whether two forms are the same pupil; their answers do. The 'before' and
 * 'after' forms are shown question by question, the answers that differ marked, with the way on to the next
 * pair, of this class or the next one, without going back to the list.
 */
export function PairComparison({ review, candidate, position, total, busy, onPrevious, onNext, onDecide }: PairComparisonProps) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const template = useTemplate(review.templateId);
  const before = useFormAnswers(review.beforeAdministrationId);
  const after = useFormAnswers(review.afterAdministrationId);
  const beforeForm = before.data?.find((response) => response.id === candidate.before.responseId);
  const afterForm = after.data?.find((response) => response.id === candidate.after.responseId);
  const rows = template.data && beforeForm && afterForm ? compareAnswers(template.data.items, beforeForm.answers, afterForm.answers) : null;
  const differing = rows?.filter((row) => row.differs).length ?? 0;
  const failure = template.error ?? before.error ?? after.error;

  const show = (answer: ComparedAnswer): string => {
    switch (answer.kind) {
      case 'notAsked':
        return t('questionnaireResults:compare.notAsked');
      case 'notEntered':
        return t('questionnaireResults:compare.notEntered');
      case 'noAnswer':
        return t('questionnaireResults:compare.noAnswer');
      case 'value':
        return String(answer.value);
      case 'text':
        return answer.text;
    }
  };

  return (
    <Paper withBorder p="sm" radius="md" data-testid="pair-comparison" data-candidate={`${candidate.before.responseId}-${candidate.after.responseId}`}>
      <Stack gap="xs">
        <Group justify="space-between" wrap="nowrap" gap="xs">
          <Button size="xs" variant="default" leftSection={<IconArrowLeft size={14} />} disabled={!onPrevious} onClick={onPrevious}>
            {t('questionnaireResults:compare.previous')}
          </Button>
          <Text size="sm" fw={600} data-testid="pair-position" aria-live="polite">
            {t('questionnaireResults:compare.position', { position, total })}
          </Text>
          <Button size="xs" variant="default" rightSection={<IconArrowRight size={14} />} disabled={!onNext} onClick={onNext}>
            {t('questionnaireResults:compare.next')}
          </Button>
        </Group>
        <Group justify="space-between" gap="xs">
          <Text size="sm">
            {t('questionnaireResults:compare.codes', { before: candidate.before.code || t('questionnaireResults:review.noCode'), after: candidate.after.code || t('questionnaireResults:review.noCode') })}
          </Text>
          <Group gap="xs">
            {candidate.decision === 'accepted' && <Badge color="teal" autoContrast>{t('questionnaireResults:review.accepted')}</Badge>}
            {candidate.decision === 'rejected' && (
              <Badge color="red" variant="light">
                {t('questionnaireResults:review.rejected')}
              </Badge>
            )}
            {candidate.decision === null ? (
              <>
                <Button size="xs" color="teal" autoContrast leftSection={<IconCheck size={14} />} disabled={busy || candidate.superseded} onClick={() => onDecide(candidate, 'accept')}>
                  {t('questionnaireResults:review.accept')}
                </Button>
                <Button size="xs" color="red" variant="light" leftSection={<IconX size={14} />} disabled={busy} onClick={() => onDecide(candidate, 'reject')}>
                  {t('questionnaireResults:review.reject')}
                </Button>
              </>
            ) : (
              <Button size="xs" variant="default" leftSection={<IconArrowBackUp size={14} />} disabled={busy} onClick={() => onDecide(candidate, 'undecided')}>
                {t('questionnaireResults:review.undo')}
              </Button>
            )}
          </Group>
        </Group>
        {failure && (
          <QueryFailure
            error={failure}
            onRetry={() => {
              void template.refetch();
              void before.refetch();
              void after.refetch();
            }}
          />
        )}
        {!failure && rows === null && <Loader size="sm" />}
        {rows && (
          <>
            <Text size="xs" c="dimmed" data-testid="pair-differences">
              {t('questionnaireResults:compare.differences', { count: differing })}
            </Text>
            <Table withTableBorder fz="sm" aria-label={t('questionnaireResults:compare.label', { before: candidate.before.code, after: candidate.after.code })}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th w={32}>#</Table.Th>
                  <Table.Th>{t('questionnaireResults:compare.question')}</Table.Th>
                  <Table.Th w={110}>{t('questionnaireResults:compare.before', { code: candidate.before.code })}</Table.Th>
                  <Table.Th w={110}>{t('questionnaireResults:compare.after', { code: candidate.after.code })}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((row, index) => {
                  const wording = language === 'en' && row.item.wordingEn ? row.item.wordingEn : row.item.wordingFr;
                  const dim = (answer: ComparedAnswer) => (answer.kind === 'value' || answer.kind === 'text' ? undefined : 'dimmed');
                  return (
                    <Table.Tr
                      key={row.itemId}
                      data-differs={row.differs}
                      // The theme's light yellow follows the scheme (a fixed yellow-1 put light text on a pale row in dark mode).
                      style={row.differs ? { background: 'var(--mantine-color-yellow-light)' } : undefined}
                    >
                      <Table.Td>{index + 1}</Table.Td>
                      <Table.Td>
                        <Text size="sm" lineClamp={2} title={wording}>
                          {wording}
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm" c={dim(row.before)} fw={row.differs ? 700 : undefined} data-side="before">
                          {show(row.before)}
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm" c={dim(row.after)} fw={row.differs ? 700 : undefined} data-side="after">
                          {show(row.after)}
                        </Text>
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </>
        )}
      </Stack>
    </Paper>
  );
}
