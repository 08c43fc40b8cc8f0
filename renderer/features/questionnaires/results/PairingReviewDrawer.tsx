import { useState } from 'react';
import { Alert, Button, Divider, Group, Loader, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { AppDrawer } from '../../../components/AppDrawer';
import { IconArrowRight, IconCircleCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { apiErrorOf } from '../../../api/client';
import { notifyError } from '../../../forms/notify';
import { QueryFailure } from '../../../components/QueryFailure';
import type { PairingReview, ReviewCandidate } from '../../../../shared/domain/questionnaires/analysis';
import { CandidateList } from './CandidateList';
import { UnmatchedCodes } from './UnmatchedCodes';
import { PairComparison } from './PairComparison';
import { candidateKey, reviewSequence, stepFrom, stopIn, stopIndex, type ReviewStop } from './review-sequence';
import { useDecidePair, usePairing, usePairings, type PairDecision } from './results-queries';
import type { StatFormat } from './stat-format';

interface PairingReviewDrawerProps {
  administrationId: number | null;
  /** The classes walked through with "Suivant" / "Précédent", in the order of the results' table. */
  classes: readonly number[];
  format: StatFormat;
  onClose(): void;
  /** Shows another class's review (its pairs come next or before in the sequence). */
  onShow(administrationId: number): void;
  /** Opens the next class with candidates to check, when there is one. */
  onNext?: () => void;
}

/**
 * The pairing review of one class at one activity (issue 5, point 3): exact pairs counted, tolerant
 * candidates to accept or reject (decisions can be taken back), duplicates and codes left unmatched, and the
 * match rate as the decisions change it.
 */
export function PairingReviewDrawer({ administrationId, classes, format, onClose, onShow, onNext }: PairingReviewDrawerProps) {
  const { t } = useTranslation();
  const review = usePairing(administrationId);
  const reviews = usePairings(classes);
  const sequence = reviewSequence(classes.map((id, index) => ({ administrationId: id, review: reviews[index]?.data })));
  const [wanted, setWanted] = useState<string | null>(null);
  const go = (stop: ReviewStop) => {
    setWanted(stop.candidateKey);
    if (stop.administrationId !== administrationId) onShow(stop.administrationId);
  };
  return (
    <AppDrawer
      opened={administrationId !== null}
      onClose={onClose}
      position="right"
      size="xl"
      title={<Title order={3}>{t('questionnaireResults:review.title')}</Title>}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      {review.isError && <QueryFailure error={review.error} onRetry={() => void review.refetch()} />}
      {review.isLoading && <Loader />}
      {review.data && administrationId !== null && (
        <ReviewBody
          review={review.data}
          administrationId={administrationId}
          format={format}
          onNext={onNext}
          sequence={sequence}
          wanted={wanted}
          onWant={setWanted}
          onGo={go}
        />
      )}
    </AppDrawer>
  );
}

interface ReviewBodyProps {
  review: PairingReview;
  administrationId: number;
  format: StatFormat;
  onNext?: () => void;
  /** Every pair of every class under review, in order. */
  sequence: readonly ReviewStop[];
  /** The pair asked for (null: the class's first one still to decide). */
  wanted: string | null;
  onWant(key: string): void;
  onGo(stop: ReviewStop): void;
}

function ReviewBody({ review, administrationId, format, onNext, sequence, wanted, onWant, onGo }: ReviewBodyProps) {
  const { t } = useTranslation();
  const stop = stopIn(review, administrationId, wanted);
  const current = stop === null ? undefined : review.candidates.find((candidate) => candidateKey(candidate) === stop.candidateKey);
  const previousStop = stepFrom(sequence, stop, -1);
  const nextStop = stepFrom(sequence, stop, 1);
  const index = stopIndex(sequence, stop);
  const decide = useDecidePair(administrationId);
  const pending = review.candidates.filter((candidate) => candidate.decision === null && !candidate.superseded).length;

  const onDecide = (candidate: ReviewCandidate, decision: PairDecision) =>
    decide.mutate(
      { beforeResponseId: candidate.before.responseId, afterResponseId: candidate.after.responseId, decision },
      { onError: (error) => notifyError(t, apiErrorOf(error)) },
    );

  const accepted = review.candidates.filter((candidate) => candidate.decision === 'accepted').length;
  return (
    <Stack gap="md" data-testid="pairing-review">
      <Stack gap={2}>
        <Text fw={700}>{review.className}</Text>
        <Text size="sm" c="dimmed">
          {review.eventTitle}
        </Text>
      </Stack>
      <SimpleGrid cols={{ base: 2, sm: 5 }} spacing="xs">
        <Figure label={t('questionnaireResults:counts.before')} value={format.integer(review.counts.before)} testId="review-before" />
        <Figure label={t('questionnaireResults:counts.after')} value={format.integer(review.counts.after)} testId="review-after" />
        <Figure label={t('questionnaireResults:review.exactPairs')} value={format.integer(review.exactPairs.length)} testId="review-exact" />
        <Figure label={t('questionnaireResults:review.acceptedPairs')} value={format.integer(accepted)} testId="review-accepted" />
        <Figure label={t('questionnaireResults:counts.matchRate')} value={review.matchRate === null ? '—' : format.percent(review.matchRate)} testId="review-match-rate" />
      </SimpleGrid>
      <Text size="sm">{t('questionnaireResults:review.explain')}</Text>
      {current && (
        <>
          <Divider label={t('questionnaireResults:compare.title')} labelPosition="left" />
          <PairComparison
            review={review}
            candidate={current}
            position={index < 0 ? 1 : index + 1}
            total={Math.max(sequence.length, review.candidates.length)}
            busy={decide.isPending}
            onPrevious={previousStop ? () => onGo(previousStop) : undefined}
            onNext={nextStop ? () => onGo(nextStop) : undefined}
            onDecide={onDecide}
          />
        </>
      )}
      <Divider label={t('questionnaireResults:review.candidatesTitle', { count: review.candidates.length })} labelPosition="left" />
      {review.candidates.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('questionnaireResults:review.noCandidates')}
        </Text>
      ) : (
        <CandidateList candidates={review.candidates} busy={decide.isPending} onDecide={onDecide} onSelect={(candidate) => onWant(candidateKey(candidate))} />
      )}
      {review.candidates.length > 0 && pending === 0 && (
        <Alert color="teal" variant="light" icon={<IconCircleCheck size={18} />}>
          <Group justify="space-between" gap="sm">
            <Text size="sm">{t('questionnaireResults:review.allDecided')}</Text>
            {onNext && (
              <Button size="xs" variant="light" color="teal" rightSection={<IconArrowRight size={14} />} onClick={onNext}>
                {t('questionnaireResults:review.next')}
              </Button>
            )}
          </Group>
        </Alert>
      )}
      <Divider label={t('questionnaireResults:review.leftOver')} labelPosition="left" />
      <UnmatchedCodes review={review} />
    </Stack>
  );
}

function Figure({ label, value, testId }: { label: string; value: string; testId: string }) {
  return (
    <Paper withBorder p={8} radius="md" data-testid={testId}>
      <Text size="xs" c="dimmed" lh={1.2}>
        {label}
      </Text>
      <Text fw={700} size="lg" data-testid={`${testId}-value`}>
        {value}
      </Text>
    </Paper>
  );
}
