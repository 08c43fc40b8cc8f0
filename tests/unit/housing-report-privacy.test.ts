import { describe, expect, it } from 'vitest';
import { publishDeadlines, publishPeople, publishSplit, publishSplits, type SplitRow } from '../../main/services/housing/report-privacy';
import type { ReportCount } from '../../shared/domain/housing/reports-api';

/** The housing report's privacy rule (issue 16, point 4), as a pure function. */

const people = (prefix: string, n: number) => Array.from({ length: n }, (_, index) => `${prefix}${index}`);
const exact = (value: number): ReportCount => ({ value });

describe('housing report privacy', () => {
  it('hides 1 to 4 people or households as "< 5", and only them', () => {
    expect([0, 1, 4, 5, 12].map(publishPeople)).toEqual([exact(0), { lessThan: 5 }, { lessThan: 5 }, exact(5), exact(12)]);
  });

  it('shows 3 deadlines met out of 40 for a group of 17 people, and the totals, exactly', () => {
    const published = publishDeadlines([
      { kind: 'cpas_contact', counts: { met: 3, missed: 36, open: 1 }, people: people('p', 17) },
      { kind: 'police_check', counts: { met: 0, missed: 0, open: 0 }, people: [] },
    ]);
    expect(published.byKind[0]).toEqual({ kind: 'cpas_contact', due: exact(40), met: exact(3), missed: exact(36), open: exact(1) });
    expect(published.byKind[1]).toEqual({ kind: 'police_check', due: exact(0), met: exact(0), missed: exact(0), open: exact(0) });
    expect(published.total).toEqual({ due: exact(40), met: exact(3), missed: exact(36), open: exact(1) });
  });

  it("hides what happened in a single person's procedure, zeros included, but still counts the procedure", () => {
    const published = publishDeadlines([
      { kind: 'cpas_contact', counts: { met: 30, missed: 5, open: 0 }, people: people('p', 12) },
      { kind: 'police_check', counts: { met: 0, missed: 1, open: 0 }, people: ['alone'] },
      { kind: 'strike_off', counts: { met: 0, missed: 0, open: 0 }, people: [] },
    ]);
    expect(published.byKind[1]).toEqual({ kind: 'police_check', due: exact(1), met: null, missed: null, open: null });
    // The smallest other group (12 people) is withheld too, so that total − shown does not give the police check back.
    expect(published.byKind[0]).toEqual({ kind: 'cpas_contact', due: exact(35), met: null, missed: null, open: null });
    expect(published.total).toEqual({ due: exact(36), met: exact(30), missed: exact(6), open: exact(0) });
  });

  it('counts people, not procedures: one person owing four contacts is a group of one', () => {
    const published = publishDeadlines([{ kind: 'cpas_contact', counts: { met: 1, missed: 3, open: 0 }, people: ['same', 'same', 'same', 'same'] }]);
    expect(published.byKind[0]).toEqual({ kind: 'cpas_contact', due: exact(4), met: null, missed: null, open: null });
    expect(published.total).toEqual({ due: exact(4), met: null, missed: null, open: null });
    // Five different people: shown, though one of them missed.
    expect(publishSplit([4, 1], 5)).toEqual([exact(4), exact(1)]);
    expect(publishSplit([0, 1], 1)).toEqual([null, null]);
  });

  it('keeps a total shown when the withheld rows concern five different people together', () => {
    const published = publishSplits([
      { key: 'a', cells: [20, 4], people: people('a', 9) },
      { key: 'b', cells: [1, 1], people: ['b0', 'b1'] },
      { key: 'c', cells: [2, 1], people: ['c0', 'c1', 'c2'] },
    ]);
    expect(published.rows.map((row) => row.cells)).toEqual([[exact(20), exact(4)], [null, null], [null, null]]);
    expect(published.total.cells).toEqual([exact(23), exact(6)]);
    // The same two small rows sharing a person are only four people together: row a goes too.
    const shared = publishSplits([
      { key: 'a', cells: [20, 4], people: people('a', 9) },
      { key: 'b', cells: [1, 1], people: ['x', 'b1'] },
      { key: 'c', cells: [2, 1], people: ['x', 'c1', 'c2'] },
    ]);
    expect(shared.rows[0]!.cells).toEqual([null, null]);
    expect(shared.total.cells).toEqual([exact(23), exact(6)]);
  });

  it('never lets a withheld cell be recovered by subtracting shown cells from a shown total (random tables)', () => {
    // A small deterministic generator: the same tables on every run.
    let seed = 16;
    const random = (below: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % below;
    };
    for (let trial = 0; trial < 2000; trial += 1) {
      const pool = people('p', 1 + random(12));
      const rows: SplitRow<number>[] = Array.from({ length: 1 + random(5) }, (_, key) => {
        const size = random(3) === 0 ? 0 : 1 + random(pool.length);
        const who = Array.from({ length: size }, () => pool[random(pool.length)]!);
        // Each person behind a row has at least one procedure in it; a row without people has none.
        const cells = [0, 0, 0];
        for (const _ of who) cells[random(3)]! += 1 + random(2);
        return { key, cells, people: who };
      });
      const published = publishSplits(rows);
      const withheld = published.rows.filter((row) => row.cells.some((cell) => cell === null)).map((row) => row.key);
      const distinct = (keys: number[]) => new Set(keys.flatMap((key) => rows[key]!.people)).size;
      // Every row whose cells are shown concerns 0 or at least 5 people; a row is withheld whole.
      for (const row of published.rows) {
        expect(row.cells.every((cell) => cell === null) || row.cells.every((cell) => cell !== null)).toBe(true);
        if (!withheld.includes(row.key)) expect(distinct([row.key]) === 0 || distinct([row.key]) >= 5).toBe(true);
        expect(row.count).toEqual(exact(rows[row.key]!.cells.reduce((sum, n) => sum + n, 0)));
      }
      // What subtraction can give back: total − shown rows = the withheld rows summed. It must concern 5 people or more.
      if (published.total.cells.every((cell) => cell !== null) && withheld.length > 0) {
        expect(distinct(withheld)).toBeGreaterThanOrEqual(5);
        for (let column = 0; column < 3; column += 1) {
          const shown = published.rows.reduce((sum, row) => sum + ((row.cells[column] as { value: number } | null)?.value ?? 0), 0);
          const recovered = (published.total.cells[column] as { value: number }).value - shown;
          expect(recovered).toBe(withheld.reduce((sum, key) => sum + rows[key]!.cells[column]!, 0));
        }
      }
      // The total's split is withheld only when it must be: fewer than 5 people in all, or no way to cover the withheld rows.
      if (published.total.cells.some((cell) => cell === null)) {
        expect(distinct(withheld) > 0 && distinct(withheld) < 5).toBe(true);
      }
    }
  });
});
