import { useEffect, useRef, type KeyboardEvent } from 'react';
import { Badge, Button, Group, Kbd, Paper, Stack, Text } from '@mantine/core';
import { IconArrowBackUp, IconCheck, IconX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ReviewCandidate } from '../../../../shared/domain/questionnaires/analysis';
import { codePieces } from './code-diff';
import { decisionFor, reviewKeyAction } from './review-keys';
import type { PairDecision } from './results-queries';

interface CandidateListProps {
  candidates: readonly ReviewCandidate[];
  busy: boolean;
  onDecide(candidate: ReviewCandidate, decision: PairDecision): void;
  /** A candidate the reviewer moved to (arrows) or clicked: the comparison above shows it. */
  onSelect?: (candidate: ReviewCandidate) => void;
}

const candidateId = (candidate: ReviewCandidate) => `${candidate.before.responseId}-${candidate.after.responseId}`;

/**
 * The tolerant candidates of a class: two codes that differ by one character or two swapped neighbours,
 * for a person to accept (same pupil) or reject. Each row is focusable: A / R / U decide on it, arrows move.
 */
export function CandidateList({ candidates, busy, onDecide, onSelect }: CandidateListProps) {
  const { t } = useTranslation();
  const rows = useRef(new Map<string, HTMLDivElement>());

  // Opening the review puts the keyboard on the first candidate still to check: A or R straight away.
  const first = useRef(candidates.find((candidate) => candidate.decision === null && !candidate.superseded) ?? null);
  useEffect(() => {
    if (first.current) rows.current.get(candidateId(first.current))?.focus();
  }, []);

  const focusAt = (index: number) => {
    const candidate = candidates[Math.max(0, Math.min(candidates.length - 1, index))];
    if (!candidate) return;
    rows.current.get(candidateId(candidate))?.focus();
    onSelect?.(candidate);
  };

  // The clicked button is replaced (Accept/Reject ↔ Undo): keep the focus on its row rather than losing it.
  const click = (candidate: ReviewCandidate, decision: PairDecision) => {
    onDecide(candidate, decision);
    rows.current.get(candidateId(candidate))?.focus();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>, candidate: ReviewCandidate, index: number) => {
    // Keys typed on the row's buttons act on the buttons (Enter, Space); letters still decide.
    const action = reviewKeyAction(event);
    if (action === null) return;
    event.preventDefault();
    if (action === 'next' || action === 'previous') {
      focusAt(index + (action === 'next' ? 1 : -1));
      return;
    }
    if (busy || (action === 'accept' && candidate.superseded)) return;
    const decision = decisionFor(action, candidate.decision);
    if (decision === null) return;
    onDecide(candidate, decision);
    // Once decided, on to the next candidate, as a reviewer reads down the list.
    if (decision !== 'undecided') focusAt(index + 1);
  };

  return (
    <Stack gap="xs" role="list" aria-label={t('questionnaireResults:review.candidates')}>
      <Text size="xs" c="dimmed">
        {t('questionnaireResults:review.keysBefore')} <Kbd size="xs">A</Kbd> {t('questionnaireResults:review.keysAccept')} · <Kbd size="xs">R</Kbd>{' '}
        {t('questionnaireResults:review.keysReject')} · <Kbd size="xs">U</Kbd> {t('questionnaireResults:review.keysUndo')} · <Kbd size="xs">↑</Kbd>
        <Kbd size="xs">↓</Kbd> {t('questionnaireResults:review.keysMove')}
      </Text>
      {candidates.map((candidate, index) => (
        <Paper
          key={candidateId(candidate)}
          ref={(element: HTMLDivElement | null) => {
            if (element) rows.current.set(candidateId(candidate), element);
            else rows.current.delete(candidateId(candidate));
          }}
          withBorder
          p="sm"
          radius="md"
          tabIndex={0}
          // The drawer's focus trap takes the first [data-autofocus] when it starts, after the effect above may have
          // run: both must put the keyboard on the same row.
          data-autofocus={candidate === first.current ? true : undefined}
          role="listitem"
          aria-label={t('questionnaireResults:review.candidateLabel', { before: candidate.before.code, after: candidate.after.code })}
          data-candidate={candidateId(candidate)}
          data-decision={candidate.decision ?? 'none'}
          onKeyDown={(event: KeyboardEvent<HTMLDivElement>) => onKeyDown(event, candidate, index)}
          onClick={() => onSelect?.(candidate)}
          style={{ borderColor: borderOf(candidate), outlineOffset: 2 }}
        >
          <Group justify="space-between" wrap="wrap" gap="sm">
            <Stack gap={4}>
              <Group gap="md" wrap="nowrap">
                <CodeView label={t('questionnaireResults:review.before')} code={candidate.before.code} candidate={candidate} />
                <Text c="dimmed" aria-hidden="true">
                  ↔
                </Text>
                <CodeView label={t('questionnaireResults:review.after')} code={candidate.after.code} candidate={candidate} />
              </Group>
              <Text size="xs" c="dimmed">
                {t(`questionnaireResults:review.kinds.${candidate.kind}`, { position: candidate.position + 1 })}
              </Text>
            </Stack>
            <Group gap="xs">
              <DecisionBadge candidate={candidate} />
              {candidate.decision === null ? (
                <>
                  <Button
                    size="xs"
                    color="teal"
                    autoContrast
                    leftSection={<IconCheck size={14} />}
                    disabled={busy || candidate.superseded}
                    onClick={() => click(candidate, 'accept')}
                  >
                    {t('questionnaireResults:review.accept')}
                  </Button>
                  <Button size="xs" color="red" variant="light" leftSection={<IconX size={14} />} disabled={busy} onClick={() => click(candidate, 'reject')}>
                    {t('questionnaireResults:review.reject')}
                  </Button>
                </>
              ) : (
                <Button size="xs" variant="default" leftSection={<IconArrowBackUp size={14} />} disabled={busy} onClick={() => click(candidate, 'undecided')}>
                  {t('questionnaireResults:review.undo')}
                </Button>
              )}
            </Group>
          </Group>
        </Paper>
      ))}
    </Stack>
  );
}

function borderOf(candidate: ReviewCandidate): string | undefined {
  if (candidate.decision === 'accepted') return 'var(--mantine-color-teal-5)';
  if (candidate.decision === 'rejected') return 'var(--mantine-color-red-4)';
  return undefined;
}

function DecisionBadge({ candidate }: { candidate: ReviewCandidate }) {
  const { t } = useTranslation();
  if (candidate.decision === 'accepted') return <Badge color="teal" autoContrast>{t('questionnaireResults:review.accepted')}</Badge>;
  if (candidate.decision === 'rejected') return <Badge color="red" variant="light">{t('questionnaireResults:review.rejected')}</Badge>;
  if (candidate.superseded) return <Badge color="gray" variant="light">{t('questionnaireResults:review.superseded')}</Badge>;
  return (
    <Badge color="orange" variant="light">
      {t('questionnaireResults:review.undecided')}
    </Badge>
  );
}

/** A code in monospace with the differing character(s) highlighted. */
function CodeView({ label, code, candidate }: { label: string; code: string; candidate: ReviewCandidate }) {
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text ff="monospace" fz="lg" fw={600} data-code={code}>
        {codePieces(code, candidate).map((piece, index) =>
          piece.differs ? (
            <mark key={index} style={{ background: 'var(--mantine-color-yellow-3)', color: 'var(--mantine-color-black)', borderRadius: 3, padding: '0 1px' }}>
              {piece.text}
            </mark>
          ) : (
            <span key={index}>{piece.text}</span>
          ),
        )}
      </Text>
    </Stack>
  );
}
