// The before/after analysis through dispatch (questionnaireResults/analysis):
// - END TO END against R: pupils' raw answers from tests/fixtures/r-analysis-reference.json (made by
//   `Rscript scripts/r-reference/analysis-datasets.R`, which scores and tests them in R) are entered through
//   questionnaires/saveResponse, and every statistic of every item and dimension must agree with R to at least
//   4 significant digits (reverse keying, the dimension half rule, ties, zeros, n = 7 and n = 60);
// - every scope kind pools the right classes and events; groups under 5 leak no number; the match rate.
import { beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import referenceJson from '../fixtures/r-analysis-reference.json';
import { ok, useTestCore } from '../helpers/api';
import { addClass, addSchool } from '../helpers/school-fixtures';
import { administerBoth, createEvent, pupilCode, saveForm, seededTemplates, type FormAnswers } from '../helpers/questionnaire-results-fixtures';
import type { AnalysisScope } from '../../shared/domain/questionnaires/analysis';
import { pairedStatistics, type PairedStatistics, type PublishableStatistics } from '../../shared/domain/questionnaires/paired-stats';
import type { QuestionnaireTemplate } from '../../shared/domain/questionnaires/templates';

const rValue = z.number().nullable();
const rStatistics = z.object({
  n: z.number(),
  mean_before: rValue,
  mean_after: rValue,
  mean_change: rValue,
  t: rValue,
  df: rValue,
  p: rValue,
  ci: z.array(z.number()).length(2).nullable(),
  wilcoxon_v: rValue,
  wilcoxon_p: rValue,
  wilcoxon_exact: z.boolean().nullable(),
  cohens_dz: rValue,
  rank_biserial: rValue,
});
const reference = z
  .strictObject({
    generated_by: z.string(),
    r_version: z.string(),
    items: z.array(z.strictObject({ position: z.number(), dimension: z.string(), reverse: z.boolean() })),
    datasets: z.array(
      z.strictObject({
        name: z.string(),
        description: z.string(),
        pupils: z.number(),
        before: z.array(z.array(z.number().nullable())),
        after: z.array(z.array(z.number().nullable())),
        items: z.array(rStatistics.extend({ position: z.number() })),
        dimensions: z.array(rStatistics.extend({ dimension: z.string() })),
      }),
    ),
  })
  .parse(referenceJson);

const setup = useTestCore(['coordinator']);
let pupil: QuestionnaireTemplate;

beforeEach(async () => {
  ({ pupil } = await seededTemplates(setup.api));
});

const analyse = async (scope: AnalysisScope, templateId = pupil.id) => ok(await setup.api.questionnaireResults.analysis({ templateId, scope }));
const itemAt = (position: number) => pupil.items.find((item) => item.position === position)!;
const published = (result: PublishableStatistics): PairedStatistics => {
  if (result.suppressed) expect.fail('expected a published result');
  return result.statistics;
};

/** Within 4 significant digits (relative error under 5e-5; absolute near 0). */
function agrees(label: string, actual: number | null | undefined, expected: number | null): void {
  if (expected === null) {
    expect(actual ?? null, label).toBeNull();
    return;
  }
  expect(actual, label).not.toBeNull();
  const error = Math.abs((actual as number) - expected) / Math.max(Math.abs(expected), 1e-12);
  expect(error < 5e-5 || Math.abs((actual as number) - expected) < 1e-12, `${label}: ${actual} vs R ${expected}`).toBe(true);
}

function compareWithR(label: string, actual: PublishableStatistics, expected: z.infer<typeof rStatistics>): void {
  const s = published(actual);
  expect(s.n, `${label} n`).toBe(expected.n);
  agrees(`${label} mean before`, s.meanBefore.value, expected.mean_before);
  agrees(`${label} mean after`, s.meanAfter.value, expected.mean_after);
  agrees(`${label} mean change`, s.meanChange.value, expected.mean_change);
  agrees(`${label} t`, s.tTest.value?.t, expected.t);
  agrees(`${label} df`, s.tTest.value?.df, expected.df);
  agrees(`${label} p`, s.tTest.value?.p, expected.p);
  agrees(`${label} CI lower`, s.confidenceInterval.value?.lower, expected.ci?.[0] ?? null);
  agrees(`${label} CI upper`, s.confidenceInterval.value?.upper, expected.ci?.[1] ?? null);
  agrees(`${label} Wilcoxon V`, s.wilcoxon.value?.v, expected.wilcoxon_v);
  agrees(`${label} Wilcoxon p`, s.wilcoxon.value?.p, expected.wilcoxon_p);
  expect(s.wilcoxon.value?.method === 'exact', `${label} exact`).toBe(expected.wilcoxon_exact);
  agrees(`${label} d_z`, s.cohensDz.value, expected.cohens_dz);
  agrees(`${label} rank-biserial`, s.rankBiserial.value, expected.rank_biserial);
}

/** A raw answer row of the fixture as a form: null = "no answer" for even pupils, not entered for odd ones. */
function formAnswers(row: (number | null)[], pupilIndex: number): FormAnswers {
  const answers: FormAnswers = {};
  row.forEach((value, index) => {
    if (value === null && pupilIndex % 2 === 1) return;
    answers[itemAt(index + 1).id] = value;
  });
  return answers;
}

describe('agreement with R, from raw answers entered as forms', () => {
  it('uses the items the R script assumes (positions, dimensions, reverse keying)', () => {
    for (const expected of reference.items) {
      expect(itemAt(expected.position)).toMatchObject({ dimension: expected.dimension, reverseKeyed: expected.reverse, answerType: 'likert5', phase: 'both' });
    }
  });

  it.each(reference.datasets.map((dataset) => [dataset.name, dataset] as const))('%s', async (_name, dataset) => {
    const { core, api } = setup;
    const school = await addSchool(core.db, `École ${dataset.name}`);
    const classId = await addClass(core.db, school, '5e A', 60);
    const eventId = await createEvent(api, school, [classId], '2026-12-03');
    const admin = await administerBoth(api, pupil.id, eventId, classId, '2026-12-03');
    for (let i = 0; i < dataset.pupils; i += 1) {
      await saveForm(api, admin.before, pupilCode(i), formAnswers(dataset.before[i]!, i));
      await saveForm(api, admin.after, pupilCode(i), formAnswers(dataset.after[i]!, i));
    }
    const analysis = await analyse({ kind: 'event', eventId });
    expect(analysis.counts).toMatchObject({ paired: { value: dataset.pupils }, matchRate: 1 });
    expect(analysis.items.map((item) => item.position)).toEqual(dataset.items.map((item) => item.position));
    for (const expected of dataset.items) {
      const item = analysis.items.find((candidate) => candidate.position === expected.position)!;
      expect(item.scale).toEqual({ min: 1, max: 5 });
      compareWithR(`${dataset.name} item ${expected.position}`, item.result, expected);
    }
    expect(analysis.dimensions.map((dimension) => dimension.dimension)).toEqual(dataset.dimensions.map((dimension) => dimension.dimension));
    for (const expected of dataset.dimensions) {
      const dimension = analysis.dimensions.find((candidate) => candidate.dimension === expected.dimension)!;
      compareWithR(`${dataset.name} ${expected.dimension}`, dimension.result, expected);
    }
  });

  it('turns reverse-keyed items around: answers that went down are a progress', async () => {
    const dataset = reference.datasets.find((d) => d.name === 'n7_reverse')!;
    // In the raw answers, agreement with the reverse-keyed stereotype (position 1) went down…
    const rawChange = dataset.after.reduce((sum, row, i) => sum + row[0]! - dataset.before[i]![0]!, 0);
    expect(rawChange).toBeLessThan(0);
    // …so its score went up, in R and (test above) here.
    expect(dataset.items[0]!.mean_change).toBeGreaterThan(0);
  });

  it('applies the half rule: a pupil who answered one of three stereotype items has no score', () => {
    const dataset = reference.datasets.find((d) => d.name === 'zeros_ties')!;
    expect(dataset.before[4]!.slice(0, 3).filter((value) => value !== null)).toHaveLength(1);
    expect(dataset.dimensions.find((d) => d.dimension === 'stereotypes')!.n).toBe(dataset.pupils - 1);
  });
});

/** Pupil i of a group: every 'both' item scored before = 1 + (i % 3) and after one or two points higher. */
async function fillGroup(templateItems: QuestionnaireTemplate['items'], admin: { before: number; after: number }, pairs: number, offset: number): Promise<void> {
  const { api } = setup;
  const both = templateItems.filter((item) => item.phase === 'both');
  for (let i = 0; i < pairs; i += 1) {
    const before = 1 + (i % 3);
    const after = before + 1 + (i % 2);
    // Reverse-keyed items are answered the other way round, so every score follows the same pattern.
    const raw = (score: number) => Object.fromEntries(both.map((item) => [item.id, item.reverseKeyed ? 6 - score : score]));
    await saveForm(api, admin.before, pupilCode(offset + i), raw(before));
    await saveForm(api, admin.after, pupilCode(offset + i), raw(after));
  }
}
function expectedPooled(groupSizes: number[]) {
  const values = groupSizes.flatMap((size) => Array.from({ length: size }, (_, i) => ({ before: 1 + (i % 3), after: 2 + (i % 3) + (i % 2) })));
  return pairedStatistics(values);
}

describe('scopes', () => {
  it('pools the classes and events of an event, a class, a school (with or without a year), a school year, everything', async () => {
    const { core, api } = setup;
    const s1 = await addSchool(core.db, 'École communale de Droixhe');
    const s2 = await addSchool(core.db, 'Athénée de Jupille');
    const a = await addClass(core.db, s1, '5e A');
    const b = await addClass(core.db, s1, '5e B');
    const oldClass = await addClass(core.db, s1, '5e A', 22, '2025–2026');
    const c = await addClass(core.db, s2, '6e C');
    const e1 = await createEvent(api, s1, [a, b], '2026-12-03', 'Atelier un');
    const e2 = await createEvent(api, s1, [a], '2027-01-14', 'Atelier deux');
    const e3 = await createEvent(api, s2, [c], '2026-12-04', 'Atelier trois');
    const e0 = await createEvent(api, s1, [oldClass], '2026-03-10', 'Atelier ancien');
    const sizes = { e1a: 6, e1b: 5, e2a: 7, e3c: 8, e0: 9 };
    let offset = 0;
    for (const [eventId, classId, size] of [[e1, a, sizes.e1a], [e1, b, sizes.e1b], [e2, a, sizes.e2a], [e3, c, sizes.e3c], [e0, oldClass, sizes.e0]] as const) {
      const day = eventId === e0 ? '2026-03-10' : eventId === e2 ? '2027-01-14' : '2026-12-03';
      await fillGroup(pupil.items, await administerBoth(api, pupil.id, eventId, classId, day), size, offset);
      offset += size;
    }

    const cases: [AnalysisScope, number[], string, number][] = [
      [{ kind: 'event', eventId: e1 }, [sizes.e1a, sizes.e1b], 'Atelier un', 2],
      [{ kind: 'class', classId: a }, [sizes.e1a, sizes.e2a], '5e A — École communale de Droixhe (2026–2027)', 2],
      [{ kind: 'school', schoolId: s1, schoolYear: null }, [sizes.e0, sizes.e1a, sizes.e1b, sizes.e2a], 'École communale de Droixhe', 4],
      [{ kind: 'school', schoolId: s1, schoolYear: '2026–2027' }, [sizes.e1a, sizes.e1b, sizes.e2a], 'École communale de Droixhe (2026–2027)', 3],
      [{ kind: 'schoolYear', schoolYear: '2026–2027' }, [sizes.e1a, sizes.e1b, sizes.e3c, sizes.e2a], '2026–2027', 4],
      [{ kind: 'all' }, [sizes.e0, sizes.e1a, sizes.e1b, sizes.e3c, sizes.e2a], '', 5],
    ];
    for (const [scope, groupSizes, label, groupCount] of cases) {
      const analysis = await analyse(scope);
      const total = groupSizes.reduce((sum, size) => sum + size, 0);
      expect(analysis.scopeLabel, JSON.stringify(scope)).toBe(label);
      expect(analysis.scope).toEqual(scope);
      expect(analysis.template).toEqual({ id: pupil.id, name: pupil.name, version: 1 });
      expect(analysis.counts, JSON.stringify(scope)).toEqual({ before: { value: total }, after: { value: total }, paired: { value: total }, pendingCandidates: 0, matchRate: 1 });
      expect(analysis.groups.map((group) => (group.counts.paired as { value: number }).value)).toEqual(groupSizes);
      expect(analysis.groups).toHaveLength(groupCount);
      // Pooled pairs: the statistics of every pupil of the scope together.
      const expected = expectedPooled(groupSizes);
      for (const change of [...analysis.items, ...analysis.dimensions]) {
        const s = published(change.result);
        expect(s.n).toBe(total);
        expect(s.meanChange.value).toBeCloseTo(expected.meanChange.value!, 12);
        expect(s.tTest.value!.p).toBeCloseTo(expected.tTest.value!.p, 12);
      }
    }
    expect(await api.questionnaireResults.analysis({ templateId: 9999, scope: { kind: 'all' } })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', reason: 'notFound.template' } });
    expect(await api.questionnaireResults.analysis({ templateId: pupil.id, scope: { kind: 'event', eventId: 9999 } })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', reason: 'notFound.event' } });
  });

  it('answers an empty scope with zero counts and "no pairs" results', async () => {
    const analysis = await analyse({ kind: 'schoolYear', schoolYear: '2030–2031' });
    expect(analysis.counts).toEqual({ before: { value: 0 }, after: { value: 0 }, paired: { value: 0 }, pendingCandidates: 0, matchRate: null });
    expect(analysis.groups).toEqual([]);
    expect(analysis.items).toHaveLength(7);
    expect(analysis.items.every((item) => item.result.suppressed)).toBe(true);
  });
});

describe('small groups and the match rate', () => {
  let school: number;
  let classId: number;
  let eventId: number;
  let admin: { before: number; after: number };
  beforeEach(async () => {
    const { core, api } = setup;
    school = await addSchool(core.db, 'École communale de Droixhe');
    classId = await addClass(core.db, school, '5e A');
    eventId = await createEvent(api, school, [classId], '2026-12-03');
    admin = await administerBoth(api, pupil.id, eventId, classId, '2026-12-03');
  });

  it('shows "< 5" and no number at all for a class of four pupils', async () => {
    await fillGroup(pupil.items, admin, 4, 0);
    const analysis = await analyse({ kind: 'event', eventId });
    expect(analysis.counts).toEqual({ before: { lessThan: 5 }, after: { lessThan: 5 }, paired: { lessThan: 5 }, pendingCandidates: 0, matchRate: null });
    expect(analysis.groups[0]!.counts).toEqual(analysis.counts);
    for (const change of [...analysis.items, ...analysis.dimensions]) expect(change.result).toEqual({ suppressed: true, minimum: 5 });
    const json = JSON.stringify(analysis);
    expect(json).not.toMatch(/statistics|mean|"n"|tTest|wilcoxon|cohensDz|rankBiserial|"value":4/);
  });

  it('suppresses an item fewer than 5 pupils answered while the rest is published; the rate uses the larger side', async () => {
    const { core, api } = setup;
    await fillGroup(pupil.items, admin, 6, 0);
    // Two of the six skipped item 2 after, one left it blank: 3 pairs answered it, under the minimum.
    const item2 = itemAt(2).id;
    const forms: { id: number; code: string }[] = await core.db('questionnaire_responses').where({ administration_id: admin.after }).orderBy('id').select('id', 'code');
    for (const form of forms.slice(0, 3)) {
      const answers = Object.fromEntries(pupil.items.filter((item) => item.phase === 'both' && item.id !== item2).map((item) => [item.id, 4]));
      await saveForm(api, admin.after, form.code, form === forms[0] ? { ...answers, [item2]: null } : answers, form.id);
    }
    // Two 'before' forms without a partner: 8 before, 6 after, 6 pairs.
    await saveForm(api, admin.before, pupilCode(50));
    await saveForm(api, admin.before, pupilCode(51));
    const analysis = await analyse({ kind: 'event', eventId });
    expect(analysis.counts).toEqual({ before: { value: 8 }, after: { value: 6 }, paired: { value: 6 }, pendingCandidates: 0, matchRate: 6 / 8 });
    const second = analysis.items.find((item) => item.itemId === item2)!;
    expect(second.result).toEqual({ suppressed: true, minimum: 5 });
    expect(JSON.stringify(second)).not.toMatch(/statistics|mean|tTest/);
    expect(published(analysis.items.find((item) => item.position === 4)!.result).n).toBe(6);
    // The stereotypes dimension still has a score for everyone (two of its three items answered).
    expect(published(analysis.dimensions.find((d) => d.dimension === 'stereotypes')!.result).n).toBe(6);
  });

  it('hides the rate while 1 to 4 pupils pair (it would give their number away), and sums classes for a pooled rate', async () => {
    const { core, api } = setup;
    for (let i = 0; i < 6; i += 1) await saveForm(api, admin.before, pupilCode(i));
    for (let i = 3; i < 7; i += 1) await saveForm(api, admin.after, pupilCode(i));
    let analysis = await analyse({ kind: 'event', eventId });
    expect(analysis.counts).toEqual({ before: { value: 6 }, after: { lessThan: 5 }, paired: { lessThan: 5 }, pendingCandidates: 0, matchRate: null });

    // A second class, 5 before and 10 after, 5 pairs: pooled 8 pairs over 6 + 10 pupils who could pair.
    const classB = await addClass(core.db, school, '5e B');
    const eventB = await createEvent(api, school, [classB], '2026-12-10');
    const adminB = await administerBoth(api, pupil.id, eventB, classB, '2026-12-10');
    for (let i = 0; i < 5; i += 1) await saveForm(api, adminB.before, pupilCode(i));
    for (let i = 0; i < 10; i += 1) await saveForm(api, adminB.after, pupilCode(i));
    analysis = await analyse({ kind: 'school', schoolId: school, schoolYear: null });
    expect(analysis.counts).toEqual({ before: { value: 11 }, after: { value: 14 }, paired: { value: 8 }, pendingCandidates: 0, matchRate: 8 / 16 });
    expect(analysis.groups.map((group) => group.counts.matchRate)).toEqual([null, 5 / 10]);
  });
});
