import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestCore, TEST_SCRYPT_COST, type TestCore } from '../helpers/core';
import { ok, signedIn, unchecked } from '../helpers/api';
import { translators } from '../helpers/translators';
import { generateDemo } from '../../main/demo/generate';
import type { PasserelleApi } from '../../shared/api/contract';
import type { IndicatorPeriod, IndicatorsSummary, PeriodIndicators } from '../../shared/domain/indicators/indicators';

/**
 * The indicators of issue 16 on the demo data (three school years): every figure is recomputed here from the
 * tables, with plain queries and arithmetic of the test's own (never the service's functions), and compared.
 * A few rows are changed first so the rarer paths are on the data too: held activities without the pupils
 * present recorded (counted from class sizes) and schools without a neighbourhood (grouped by postal code).
 */

interface EventRow {
  id: number;
  type: string;
  status: string;
  school_id: number;
  starts_at: string;
  school_year: string;
  pupils_present: number | null;
  teachers_present: number | null;
}
interface Tables {
  events: EventRow[];
  eventClasses: { event_id: number; class_id: number }[];
  classes: { id: number; school_id: number; pupil_count: number }[];
  classTeachers: { class_id: number; contact_id: number }[];
  schools: { id: number; postal_code: string; neighbourhood: string }[];
  loans: { id: number; exhibition_id: number; school_id: number | null; start_date: string; end_date: string; school_year: string; status: string }[];
  responses: { administration_id: number; event_id: number; audience: string; template_id: number }[];
}

async function readTables(core: TestCore): Promise<Tables> {
  const db = core.db;
  return {
    events: await db('events').select('id', 'type', 'status', 'school_id', 'starts_at', 'school_year', 'pupils_present', 'teachers_present'),
    eventClasses: await db('event_classes').select('event_id', 'class_id'),
    classes: await db('school_classes').select('id', 'school_id', 'pupil_count'),
    classTeachers: await db('class_teachers').select('class_id', 'contact_id'),
    schools: await db('schools').select('id', 'postal_code', 'neighbourhood'),
    loans: await db('loans').select('id', 'exhibition_id', 'school_id', 'start_date', 'end_date', 'school_year', 'status'),
    responses: await db('questionnaire_responses as r')
      .join('questionnaire_administrations as a', 'a.id', 'r.administration_id')
      .join('questionnaire_templates as t', 't.id', 'a.template_id')
      .select('r.administration_id', 'a.event_id', 't.audience', 't.id as template_id'),
  };
}

/** Which events and loans a period holds, written again here: school year label, or start day in the range. */
function inPeriod(period: IndicatorPeriod) {
  return {
    event: (event: EventRow) =>
      period.kind === 'schoolYear' ? event.school_year === period.schoolYear.replace('-', '–') : event.starts_at.slice(0, 10) >= period.from && event.starts_at.slice(0, 10) <= period.to,
    loan: (loan: Tables['loans'][number]) =>
      period.kind === 'schoolYear' ? loan.school_year === period.schoolYear.replace('-', '–') : loan.start_date >= period.from && loan.start_date <= period.to,
  };
}

function days(from: string, to: string): number {
  return (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000 + 1;
}

/** Checks every activity, reach and loan figure of `got` against the tables. */
function expectFigures(tables: Tables, period: IndicatorPeriod, got: PeriodIndicators): void {
  const { event: eventIn, loan: loanIn } = inPeriod(period);
  const events = tables.events.filter(eventIn);
  expect(events.length).toBeGreaterThan(0);

  // Activities by type and status.
  for (const { type, counts } of got.activities.byType) {
    const ofType = events.filter((event) => event.type === type);
    expect(counts, type).toEqual({
      planned: ofType.length,
      held: ofType.filter((event) => event.status === 'held').length,
      cancelled: ofType.filter((event) => event.status === 'cancelled').length,
      open: ofType.filter((event) => event.status === 'planned' || event.status === 'confirmed').length,
    });
  }
  expect(got.activities.totals.planned).toBe(events.length);

  // Reach: held activities only.
  const held = events.filter((event) => event.status === 'held');
  const heldIds = new Set(held.map((event) => event.id));
  const links = tables.eventClasses.filter((link) => heldIds.has(link.event_id));
  const classIds = new Set(links.map((link) => link.class_id));
  const classSize = new Map(tables.classes.map((row) => [row.id, row.pupil_count]));
  const schoolIds = new Set(held.map((event) => event.school_id));
  let recorded = 0;
  let estimated = 0;
  for (const event of held) {
    if (event.pupils_present !== null) recorded += event.pupils_present;
    else for (const link of links.filter((l) => l.event_id === event.id)) estimated += classSize.get(link.class_id)!;
  }
  expect(got.reach.schools).toBe(schoolIds.size);
  expect(got.reach.classes).toBe(classIds.size);
  expect(got.reach.pupilsRecorded).toBe(recorded);
  expect(got.reach.pupilsEstimated).toBe(estimated);
  expect(got.reach.pupils).toBe(recorded + estimated);
  expect(got.reach.heldWithoutPupilsRecorded).toBe(held.filter((event) => event.pupils_present === null).length);
  expect(got.reach.pupilsInClassesReached).toBe([...classIds].reduce((sum, id) => sum + classSize.get(id)!, 0));
  expect(got.reach.teachers).toBe(new Set(tables.classTeachers.filter((link) => classIds.has(link.class_id)).map((link) => link.contact_id)).size);
  expect(got.reach.teachersPresent).toBe(held.reduce((sum, event) => sum + (event.teachers_present ?? 0), 0));

  // Neighbourhoods: the recorded neighbourhood, else the postal code.
  const areas = new Map<string, { schools: number; classes: number; heldActivities: number }>();
  const areaOf = new Map<number, string>();
  for (const school of tables.schools.filter((row) => schoolIds.has(row.id))) {
    const key = school.neighbourhood.trim() !== '' ? `neighbourhood:${school.neighbourhood.trim()}` : `postalCode:${school.postal_code}`;
    areaOf.set(school.id, key);
    const area = areas.get(key) ?? { schools: 0, classes: 0, heldActivities: 0 };
    area.schools += 1;
    areas.set(key, area);
  }
  for (const event of held) areas.get(areaOf.get(event.school_id)!)!.heldActivities += 1;
  for (const row of tables.classes.filter((c) => classIds.has(c.id))) {
    const key = areaOf.get(row.school_id);
    if (key !== undefined) areas.get(key)!.classes += 1;
  }
  expect(Object.fromEntries(got.reach.neighbourhoods.map((area) => [`${area.kind}:${area.label}`, { schools: area.schools, classes: area.classes, heldActivities: area.heldActivities }]))).toEqual(
    Object.fromEntries(areas),
  );

  // Loans: approved, delivered or returned, by first day shown.
  const loans = tables.loans.filter(loanIn);
  const counted = loans.filter((loan) => ['approved', 'delivered', 'returned'].includes(loan.status));
  expect(got.loans.loans).toBe(counted.length);
  expect(got.loans.schools).toBe(new Set(counted.filter((loan) => loan.school_id !== null).map((loan) => loan.school_id)).size);
  expect(got.loans.weeksOnLoan).toBeCloseTo(counted.reduce((sum, loan) => sum + days(loan.start_date, loan.end_date), 0) / 7, 1);
  for (const status of ['requested', 'approved', 'delivered', 'returned', 'refused', 'cancelled'] as const) {
    expect(got.loans.byStatus[status], status).toBe(loans.filter((loan) => loan.status === status).length);
  }

  // Forms collected for the period's activities ("< 5" applies to pupil forms).
  const eventIds = new Set(events.map((event) => event.id));
  const forms = tables.responses.filter((row) => eventIds.has(row.event_id));
  const pupilForms = forms.filter((row) => row.audience === 'pupil').length;
  expect(got.questionnaires.pupilForms).toEqual(pupilForms === 0 || pupilForms >= 5 ? { value: pupilForms } : { lessThan: 5 });
  expect(got.questionnaires.teacherForms).toBe(forms.filter((row) => row.audience === 'teacher').length);
}

describe('indicators on the demo data', () => {
  let core: TestCore;
  let api: PasserelleApi;
  let tables: Tables;

  beforeAll(async () => {
    core = await createTestCore();
    await generateDemo(core.db, { seed: 2025, years: 3, today: new Date('2026-11-28T09:00:00Z'), passwordCost: TEST_SCRYPT_COST });
    // Some activities held without the pupils present recorded, some schools without a neighbourhood.
    const held: { id: number }[] = await core.db('events').where({ status: 'held' }).orderBy('id').select('id');
    const forgotten = held.filter((_, index) => index % 7 === 0).map((row) => row.id);
    for (let start = 0; start < forgotten.length; start += 200) {
      await core.db('events').whereIn('id', forgotten.slice(start, start + 200)).update({ pupils_present: null, teachers_present: null });
    }
    const schools: { id: number }[] = await core.db('schools').orderBy('id').select('id');
    await core.db('schools').whereIn('id', schools.filter((_, index) => index % 4 === 1).map((row) => row.id)).update({ neighbourhood: '' });
    api = (await signedIn(core, ['coordinator'])).api;
    tables = await readTables(core);
  }, 120_000);
  afterAll(() => core.cleanup());

  let summary: IndicatorsSummary;
  it('a school year: every figure equals the tables, and the previous school year beside it', async () => {
    summary = ok(await api.indicators.summary({ period: { kind: 'schoolYear', schoolYear: '2025-2026' } }));
    expect(summary.current.period).toMatchObject({ schoolYear: '2025–2026', from: '2025-08-25', to: '2026-08-30' });
    expect(summary.previous.period).toMatchObject({ schoolYear: '2024–2025', from: '2024-08-26', to: '2025-08-24' });
    expectFigures(tables, { kind: 'schoolYear', schoolYear: '2025–2026' }, summary.current);
    expectFigures(tables, { kind: 'schoolYear', schoolYear: '2024–2025' }, summary.previous);
    // The rarer paths are really exercised.
    expect(summary.current.reach.pupilsEstimated).toBeGreaterThan(0);
    expect(summary.current.reach.neighbourhoods.some((area) => area.kind === 'postalCode')).toBe(true);
    expect(summary.current.activities.totals.held).toBeGreaterThan(0);
    expect(summary.current.loans.loans).toBeGreaterThan(0);
    // The previous period is the summary of that school year itself.
    const previousYear = ok(await api.indicators.summary({ period: { kind: 'schoolYear', schoolYear: '2024–2025' } }));
    expect(previousYear.current).toEqual(summary.previous);
    expect(summary.method.minimumGroup).toBe(5);
    expect(summary.method.period).toBe('schoolYearOfStart');
  });

  it("questionnaires: the impact report's own counts, changes per dimension and satisfaction", async () => {
    const { impact, satisfaction } = summary.current.questionnaires;
    expect(impact.length).toBeGreaterThan(0);
    const scope = { kind: 'schoolYear', schoolYear: '2025–2026' } as const;
    for (const template of impact) {
      const analysis = ok(await api.questionnaireResults.analysis({ templateId: template.templateId, scope }));
      expect(template.counts).toEqual(analysis.counts);
      expect(template.dimensions).toEqual(analysis.dimensions);
      expect(template.dimensions.length).toBeGreaterThan(0);
      // Match rate as the brief words it, recomputed from the forms: pairs ÷ Σ max(before, after).
      if (template.counts.matchRate !== null && 'value' in template.counts.paired) {
        const eventIds = new Set(tables.events.filter(inPeriod(scope).event).map((event) => event.id));
        const perGroup = new Map<number, number>();
        const administrations: { id: number; phase: string; event_id: number; class_id: number }[] = await core
          .db('questionnaire_administrations')
          .where({ template_id: template.templateId })
          .select('id', 'phase', 'event_id', 'class_id');
        for (const row of tables.responses) perGroup.set(row.administration_id, (perGroup.get(row.administration_id) ?? 0) + 1);
        const groups = new Map<string, { before: number; after: number }>();
        for (const administration of administrations.filter((row) => eventIds.has(row.event_id))) {
          const key = `${administration.event_id}:${administration.class_id}`;
          const group = groups.get(key) ?? { before: 0, after: 0 };
          group[administration.phase as 'before' | 'after'] += perGroup.get(administration.id) ?? 0;
          groups.set(key, group);
        }
        const denominator = [...groups.values()].reduce((sum, group) => sum + Math.max(group.before, group.after), 0);
        expect(template.counts.matchRate).toBeCloseTo(template.counts.paired.value / denominator, 10);
      }
    }
    const feedback = ok(await api.questionnaireResults.feedback({ scope }));
    expect(satisfaction.map((template) => template.templateId)).toEqual(feedback.templates.map((template) => template.templateId));
    for (const [index, template] of satisfaction.entries()) {
      const source = feedback.templates[index]!;
      expect(template.responses).toEqual(source.responses);
      for (const item of template.items) {
        const same = source.items.find((candidate) => candidate.itemId === item.itemId)!;
        expect(item.mean).toBe(same.mean);
        expect(item.answered).toEqual(same.answered);
        if (item.answerType === 'yes_no' && item.shareYes !== null) expect(item.shareYes).toBe(same.mean);
      }
    }
  });

  it('a range: figures by start day, the same days a year earlier beside it, and the school year as a range gives the same numbers', async () => {
    const period = { kind: 'range', from: '2025-10-01', to: '2026-03-31' } as const;
    const range = ok(await api.indicators.summary({ period }));
    expect(range.previous.period).toMatchObject({ schoolYear: null, from: '2024-10-01', to: '2025-03-31' });
    expect(range.method.period).toBe('startInRange');
    expectFigures(tables, period, range.current);
    expectFigures(tables, { kind: 'range', from: '2024-10-01', to: '2025-03-31' }, range.previous);
    expect(range.current.activities.totals.planned).toBeLessThan(summary.current.activities.totals.planned);

    // The school year's own days as a range: every number is the school year's, the questionnaires' included.
    const asRange = ok(await api.indicators.summary({ period: { kind: 'range', from: '2025-08-25', to: '2026-08-30' } }));
    const { period: _ignored, ...yearFigures } = summary.current;
    const { period: _ignoredToo, ...rangeFigures } = asRange.current;
    expect(rangeFigures).toEqual(yearFigures);
  });

  it('every figure opens the list behind it, a page at a time', async () => {
    const period = { kind: 'schoolYear', schoolYear: '2025–2026' } as const;
    const { current } = summary;
    const workshop = current.activities.byType.find((entry) => entry.type === 'workshop')!;
    const held = ok(await api.indicators.rows({ period, figure: { kind: 'activities', status: 'held', type: 'workshop' }, limit: 500 }));
    if (held.kind !== 'activities') expect.fail('activities expected');
    expect(held.total).toBe(workshop.counts.held);
    const expectedIds = tables.events
      .filter((event) => event.school_year === '2025–2026' && event.type === 'workshop' && event.status === 'held')
      .map((event) => event.id)
      .sort((a, b) => a - b);
    expect(held.rows.map((row) => row.id).sort((a, b) => a - b)).toEqual(expectedIds);
    expect(held.rows.every((row) => row.status === 'held' && row.type === 'workshop')).toBe(true);

    const page = ok(await api.indicators.rows({ period, figure: { kind: 'activities', status: 'planned', type: null }, offset: 5, limit: 5 }));
    expect(page.total).toBe(current.activities.totals.planned);
    expect(page.rows.length).toBe(5);
    const all = ok(await api.indicators.rows({ period, figure: { kind: 'activities', status: 'planned', type: null }, limit: 10 }));
    expect(page.rows).toEqual(all.rows.slice(5, 10));

    const counts = {
      schools: current.reach.schools,
      classes: current.reach.classes,
      teachers: current.reach.teachers,
      loans: current.loans.loans,
      loanSchools: current.loans.schools,
    } as const;
    for (const [kind, expected] of Object.entries(counts)) {
      const rows = ok(await api.indicators.rows({ period, figure: { kind: kind as keyof typeof counts }, limit: 500 }));
      expect(rows.total, kind).toBe(expected);
      expect(rows.rows.length, kind).toBe(Math.min(expected, 500));
    }
    const area = current.reach.neighbourhoods[0]!;
    const inArea = ok(await api.indicators.rows({ period, figure: { kind: 'schools', neighbourhood: area.label } }));
    expect(inArea.total).toBe(area.schools);
  });

  it('every dashboard table reads back as CSV, in French and in English', async () => {
    const period = { kind: 'schoolYear', schoolYear: '2025–2026' } as const;
    const read = (content: string) => Papa.parse<string[]>(content.replace(/^\uFEFF/, ''), { delimiter: ';', skipEmptyLines: true }).data;

    const activities = ok(await api.indicators.tableCsv({ period, table: 'activities', language: 'fr' }));
    expect(activities.fileName).toMatch(/^indicateurs-activites-2025-2026-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(activities.encoding).toBe('utf-8');
    const rows = read(activities.content);
    expect(rows[0]).toEqual([
      "Type d'activité",
      ...['Programmées', 'Réalisées', 'Annulées', 'Sans suite'].map((word) => `${word} 2025–2026`),
      ...['Programmées', 'Réalisées', 'Annulées', 'Sans suite'].map((word) => `${word} 2024–2025`),
    ]);
    const total = rows.find((row) => row[0] === 'Total')!;
    const { totals } = summary.current.activities;
    const before = summary.previous.activities.totals;
    expect(total.slice(1).map(Number)).toEqual([totals.planned, totals.held, totals.cancelled, totals.open, before.planned, before.held, before.cancelled, before.open]);
    expect(rows.find((row) => row[0] === 'Atelier')!.slice(1, 3).map(Number)).toEqual([
      summary.current.activities.byType.find((entry) => entry.type === 'workshop')!.counts.planned,
      summary.current.activities.byType.find((entry) => entry.type === 'workshop')!.counts.held,
    ]);

    const reach = read(ok(await api.indicators.tableCsv({ period, table: 'reach', language: 'en' })).content);
    expect(reach[0]).toEqual(['Indicator', '2025–2026', '2024–2025']);
    expect(reach.find((row) => row[0] === 'Schools')!.slice(1).map(Number)).toEqual([summary.current.reach.schools, summary.previous.reach.schools]);
    expect(reach.find((row) => row[0] === 'Pupils (participations)')!.slice(1).map(Number)).toEqual([summary.current.reach.pupils, summary.previous.reach.pupils]);

    const loans = read(ok(await api.indicators.tableCsv({ period, table: 'loans', language: 'fr' })).content);
    expect(Number(loans.find((row) => row[0] === 'Semaines de prêt')![1])).toBe(summary.current.loans.weeksOnLoan);

    const impact = read(ok(await api.indicators.tableCsv({ period, table: 'questionnaireImpact', language: 'en' })).content);
    const first = summary.current.questionnaires.impact[0]!;
    const dimension = first.dimensions[0]!;
    if (dimension.result.suppressed) expect.fail('a school year of the demo is published');
    const line = impact.find((row) => row[0] === '2025–2026' && row[1] === first.templateName && row[3] !== '')!;
    expect(Number(line[10])).toBeCloseTo(dimension.result.statistics.meanChange.value!, 3);

    for (const table of ['neighbourhoods', 'satisfaction'] as const) {
      const file = ok(await api.indicators.tableCsv({ period, table, language: 'fr' }));
      expect(read(file.content).length, table).toBeGreaterThan(1);
    }
  });
});

describe('indicators: who may ask, and what is refused', () => {
  let core: TestCore;
  beforeAll(async () => {
    core = await createTestCore();
  });
  afterAll(() => core.cleanup());

  it('a teacher is refused every indicator channel; a coordinator of an empty programme gets zeros', async () => {
    const teacher = await signedIn(core, ['teacher']);
    const period = { kind: 'schoolYear', schoolYear: '2025–2026' } as const;
    for (const result of [
      await teacher.api.indicators.summary({ period }),
      await teacher.api.indicators.rows({ period, figure: { kind: 'schools' } }),
      await teacher.api.indicators.tableCsv({ period, table: 'activities' }),
    ]) {
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.code).toBe('FORBIDDEN');
    }
    const coordinator = await signedIn(core, ['coordinator']);
    const empty = ok(await coordinator.api.indicators.summary({ period }));
    expect(empty.current.activities.totals).toEqual({ planned: 0, held: 0, cancelled: 0, open: 0 });
    expect(empty.current.questionnaires.pupilForms).toEqual({ value: 0 });
    expect(empty.current.loans.weeksOnLoan).toBe(0);
  });

  it('a bad period is refused field by field, with sentences in French and English', async () => {
    const { api } = await signedIn(core, ['coordinator']);
    const { tFr, tEn } = await translators();
    const refused = async (period: unknown) => {
      const result = await unchecked(api).indicators.summary({ period });
      if (result.ok || result.error.code !== 'VALIDATION') return expect.fail(`refusal expected, got ${JSON.stringify(result)}`);
      return result.error.fields ?? [];
    };
    expect(await refused({ kind: 'range', from: '2026-03-01', to: '2026-02-28' })).toEqual([{ path: 'period.to', issue: 'period_reversed' }]);
    const tooLong = await refused({ kind: 'range', from: '2015-01-01', to: '2026-01-01' });
    expect(tooLong).toEqual([{ path: 'period.to', issue: 'period_too_long', params: { maxYears: 10 } }]);
    expect(tFr(`fieldIssues.${tooLong[0]!.issue}`, tooLong[0]!.params)).toContain('au plus 10 ans');
    expect(tEn(`fieldIssues.${tooLong[0]!.issue}`, tooLong[0]!.params)).toContain('at most 10 years');
    expect(tFr('fieldIssues.period_reversed')).toContain('fin de la période');
    expect(tEn('fieldIssues.period_reversed')).toContain('end date on or after');
    expect(await refused({ kind: 'range', from: '2026-02-30', to: '2026-03-01' })).toEqual([{ path: 'period.from', issue: 'not_a_day' }]);
    expect((await refused({ kind: 'schoolYear', schoolYear: '2025-2027' }))[0]).toMatchObject({ path: 'period.schoolYear' });
    expect((await refused({ kind: 'schoolYear', schoolYear: '2025-2026', extra: 1 }))[0]).toMatchObject({ path: 'period.extra', issue: 'unknown_field' });
    // Exactly ten years is allowed (leap days included).
    ok(await api.indicators.summary({ period: { kind: 'range', from: '2016-01-01', to: '2025-12-31' } }));
    const rows = await unchecked(api).indicators.rows({ period: { kind: 'schoolYear', schoolYear: '2025-2026' }, figure: { kind: 'schools' }, limit: 501 });
    expect(rows.ok).toBe(false);
    if (!rows.ok) expect(rows.error.fields).toEqual([{ path: 'limit', issue: 'too_big', params: { limit: 500 } }]);
  });
});
