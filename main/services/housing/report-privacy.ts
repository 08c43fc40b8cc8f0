import { publishCount } from '../../../shared/domain/questionnaires/analysis';
import type { ReportCount, ReportDeadlineRow } from '../../../shared/domain/housing/reports-api';

/**
 * What the housing report may say about people (domain.md, Privacy: "reports that are aggregate only"). The
 * report goes to the advisory council, whose members may know the few households concerned; a count of 1 to 4
 * next to a kind of unit, an end reason or a kind of registration could tell them what happened to one family.
 * Two rules, applied here on the server so that the screen and the PDF say the same:
 *
 * 1. A count of people, households or of what happens to them (placements, registrations, deadlines) from 1 to
 *    4 is published as "< 5" (the programme's questionnaire rule, which the council already knows). 0 stays 0.
 * 2. A breakdown (by kind, by reason, by outcome) is published only when at least five are behind it: with a
 *    total of 1 to 4 every cell of the breakdown is withheld (null), zeros included, since "< 5 evicted, 0 for
 *    every other reason" would say it as plainly as "2 evicted".
 *
 * Units, places, bed-nights and rates describe housing, not people: they are published exactly.
 */

const MINIMUM = 5;

export function publish(n: number): ReportCount {
  return publishCount(n, MINIMUM);
}

/** Rule 2 over one breakdown: every cell withheld when its total is 1 to 4, else each cell by rule 1. */
export function publishBreakdown(counts: readonly number[]): ReportCount[] {
  const total = counts.reduce((sum, n) => sum + n, 0);
  if (total > 0 && total < MINIMUM) return counts.map(() => null);
  return counts.map(publish);
}

type Outcomes = { met: number; missed: number; open: number };

function deadlineRow(counts: Outcomes, showSplit: boolean): ReportDeadlineRow {
  const due = counts.met + counts.missed + counts.open;
  const [met, missed, open] = showSplit ? publishBreakdown([counts.met, counts.missed, counts.open]) : [null, null, null];
  return { due: publish(due), met: met!, missed: missed!, open: open! };
}

/**
 * Deadlines by kind of task, each row a breakdown by outcome (rule 2 per row). The total row's outcomes are
 * withheld too when the rows withheld hold 1 to 4 deadlines between them: otherwise the total minus the rows
 * shown would give their outcomes back.
 */
export function publishDeadlines<K extends string>(
  byKind: readonly { kind: K; counts: Outcomes }[],
  total: Outcomes,
): { byKind: ({ kind: K } & ReportDeadlineRow)[]; total: ReportDeadlineRow } {
  let hidden = 0;
  const rows = byKind.map(({ kind, counts }) => {
    const due = counts.met + counts.missed + counts.open;
    if (due > 0 && due < MINIMUM) hidden += due;
    return { kind, ...deadlineRow(counts, true) };
  });
  return { byKind: rows, total: deadlineRow(total, hidden === 0 || hidden >= MINIMUM) };
}
