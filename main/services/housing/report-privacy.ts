import { publishCount } from '../../../shared/domain/questionnaires/analysis';
import type { ReportCount, ReportDeadlineRow } from '../../../shared/domain/housing/reports-api';

/**
 * What the housing report may say (domain.md, Privacy: "reports that are aggregate only"; issue 16, point 4).
 * The report goes to the advisory council, whose members may know some of the households concerned. The council
 * must be able to read whether the CPAS met its deadlines, so procedures are counted exactly; what could point at
 * a person is hidden. Applied here, on the server, so that the screen and the PDF say the same; the method note
 * (main/reports/housing/report/method.ts) says it in plain words, keep the two in step.
 *
 * 1. People. A count of persons or households from 1 to 4 is published as "< 5" (the questionnaires' rule,
 *    which the council already knows). 0 stays 0.
 * 2. Procedures. A count of procedures (placements, registrations, deadlines) is exact, totals included: it
 *    says how much work the CPAS did, not who it concerned.
 * 3. Outcomes of few people. A split that says what happened in the procedures of a group (met / missed / still
 *    open; why a stay ended) is withheld ("n.p.", null), zeros included, when the group is 1 to 4 different
 *    people or households: then each cell is about one of a handful of people a reader may know ("1 due,
 *    1 missed" for the one person with a residence check). It is the number of PEOPLE behind the group that
 *    counts, not of procedures: one person can owe four contacts in a year.
 * 4. No subtraction. A total's split minus the splits shown gives the withheld ones back, summed. So the
 *    withheld rows of a table together must concern at least 5 different people; if not, the next smallest row
 *    is withheld too, and if none is left, the total's split is withheld. What a reader can then recover by
 *    subtraction is only the outcomes of 5 or more people together, as a shown row would say.
 *
 * Units, places, nights and rates describe housing, not people: they are published exactly (reports.ts).
 */

export const MINIMUM = 5;

/** Rule 1: a count of persons or households. */
export function publishPeople(n: number): ReportCount {
  return publishCount(n, MINIMUM);
}

/** Rule 2: a count of procedures, exact. */
export function procedureCount(n: number): ReportCount {
  return { value: n };
}

/** Whether a group of `people` different persons or households is too small to have its outcomes told (rule 3). */
export function tooFew(people: number): boolean {
  return people > 0 && people < MINIMUM;
}

/** Rule 3 over one split (the cells of one group and the number of different people behind it). */
export function publishSplit(cells: readonly number[], people: number): ReportCount[] {
  return cells.map((n) => (tooFew(people) ? null : procedureCount(n)));
}

/** A row of a table split by outcome: its cells, and who (a person's or household's key) is behind them. */
export interface SplitRow<K> {
  key: K;
  cells: readonly number[];
  people: readonly string[];
}

export interface PublishedSplitRow<K> {
  key: K;
  /** The row's procedures, exact (rule 2). */
  count: ReportCount;
  cells: ReportCount[];
}

/**
 * Rules 2 to 4 over a table: each row's count exact, its split withheld when it concerns 1 to 4 people, more
 * rows withheld while the withheld ones concern 1 to 4 people together, and the total (the rows summed) last.
 */
export function publishSplits<K>(rows: readonly SplitRow<K>[]): { rows: PublishedSplitRow<K>[]; total: Omit<PublishedSplitRow<K>, 'key'> } {
  const width = rows[0]?.cells.length ?? 0;
  const sum = (cells: readonly number[]) => cells.reduce((total, n) => total + n, 0);
  const distinct = rows.map((row) => new Set(row.people));
  const withheld = new Set(rows.flatMap((_, index) => (tooFew(distinct[index]!.size) ? [index] : [])));
  const withheldPeople = () => new Set([...withheld].flatMap((index) => [...distinct[index]!])).size;
  while (tooFew(withheldPeople())) {
    // The shown row with the fewest people (the first of them): hiding it tells the council the least less.
    const next = rows
      .map((_, index) => index)
      .filter((index) => !withheld.has(index) && distinct[index]!.size > 0)
      .sort((a, b) => distinct[a]!.size - distinct[b]!.size || a - b)[0];
    if (next === undefined) break;
    withheld.add(next);
  }
  const totalCells = Array.from({ length: width }, (_, column) => rows.reduce((total, row) => total + row.cells[column]!, 0));
  const everyone = new Set(rows.flatMap((row) => row.people)).size;
  // Rows withheld that still concern 1 to 4 people together (no row left to add): the total must not tell them.
  const totalWithheld = tooFew(everyone) || tooFew(withheldPeople());
  return {
    rows: rows.map((row, index) => ({
      key: row.key,
      count: procedureCount(sum(row.cells)),
      cells: row.cells.map((n) => (withheld.has(index) ? null : procedureCount(n))),
    })),
    total: { count: procedureCount(sum(totalCells)), cells: totalCells.map((n) => (totalWithheld ? null : procedureCount(n))) },
  };
}

type Outcomes = { met: number; missed: number; open: number };

/** The deadlines table: by kind of task, met / missed / open, and the people (persons' keys) each kind concerns. */
export function publishDeadlines<K extends string>(
  byKind: readonly { kind: K; counts: Outcomes; people: readonly string[] }[],
): { byKind: ({ kind: K } & ReportDeadlineRow)[]; total: ReportDeadlineRow } {
  const published = publishSplits(byKind.map(({ kind, counts, people }) => ({ key: kind, cells: [counts.met, counts.missed, counts.open], people })));
  const row = ({ count, cells: [met, missed, open] }: Omit<PublishedSplitRow<K>, 'key'>): ReportDeadlineRow => ({ due: count, met: met!, missed: missed!, open: open! });
  return { byKind: published.rows.map((entry) => ({ kind: entry.key, ...row(entry) })), total: row(published.total) };
}
