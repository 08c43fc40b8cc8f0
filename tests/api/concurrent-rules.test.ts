import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../main/core';
import type { PasserelleApi } from '../../shared/api/contract';
import type { ApiError, ApiResult } from '../../shared/api/result';
import type { Exhibition } from '../../shared/domain/loans/exhibitions';
import type { Loan } from '../../shared/domain/loans/loans';
import { addDays } from '../../shared/domain/dates';
import { ok, signedIn } from '../helpers/api';
import { createTestCore, type TestCore } from '../helpers/core';
import { schoolLoanInput } from '../helpers/loan-input';
import { activityInput } from '../helpers/event-input';
import { addClass, addFacilitator, addSchool } from '../helpers/school-fixtures';
import { base64 } from '../helpers/directory';
import { administer, createEvent, seededTemplates } from '../helpers/questionnaire-results-fixtures';

/**
 * The rules that span several rows hold when two processes write at once (issue 15, point 3): on SQLite two
 * handles on one database file, on PostgreSQL two team-server cores with their own connection pools on one
 * database. Each rule's writer takes its lock before it reads (main/db/rule-lock.ts); the others wait, read
 * what the first committed and are refused by the ordinary check with the ordinary answer, naming what is in
 * the way: never INTERNAL, never `databaseBusy` or `recordRefused`, and a refused call writes nothing. The
 * placements' case is in housing-placements.test.ts. Run on both engines: `--project sqlite|postgres`.
 */

let first: TestCore;
let second: Core;
/** A coordinator signed in on each core. */
let one: PasserelleApi;
let two: PasserelleApi;

beforeEach(async () => {
  first = await createTestCore({ onDisk: true });
  second = await first.openSecond();
  one = (await signedIn(first, ['coordinator'])).api;
  two = (await signedIn(second, ['coordinator'])).api;
});

afterEach(async () => {
  await second.close();
  await first.cleanup();
});

/** The same kind of call `count` times at once, alternating cores (even on the first, odd on the second). */
function allAtOnce<T>(count: number, call: (api: PasserelleApi, index: number) => Promise<ApiResult<T>>): Promise<ApiResult<T>[]> {
  return Promise.all(Array.from({ length: count }, (_, index) => call(index % 2 === 0 ? one : two, index)));
}

function accepted<T>(results: ApiResult<T>[]): T[] {
  return results.flatMap((result) => (result.ok ? [result.data] : []));
}

function refusals(results: ApiResult<unknown>[]): ApiError[] {
  return results.flatMap((result) => (result.ok ? [] : [result.error]));
}

/** Audit rows of one action: each accepted call wrote one, each refused call none. */
async function audited(action: string): Promise<number> {
  return Number((await first.db('audit_events').where({ action }).count({ n: '*' }).first())?.n ?? 0);
}

describe('loans of one exhibition', () => {
  let exhibition: Exhibition; // the seeded loanable exhibition: 5 to 28 days, 2 buffer days
  let schools: number[];

  beforeEach(async () => {
    exhibition = ok(await one.exhibitions.list()).find((item) => item.kind === 'loanable')!;
    schools = [];
    for (let index = 0; index < 12; index += 1) schools.push(await addSchool(first.db, `École ${String.fromCharCode(65 + index)}`));
  });

  it('records one of twelve requests for the same weeks made at once; the others hear which loan holds them', async () => {
    // Twelve requests of twelve days, each a day after the one before: every two of them clash.
    const results = await allAtOnce(12, (api, index) => {
      const delivery = addDays('2027-01-11', index);
      return api.loans.create(schoolLoanInput(exhibition.id, schools[index]!, delivery, addDays(delivery, 11)));
    });

    const stored = accepted(results);
    expect(stored).toHaveLength(1);
    const winner = stored[0]!;
    // Every other request was read after the winner's commit: the ordinary clash answer, naming it alone.
    for (const error of refusals(results)) {
      expect({ code: error.code, reason: error.reason, conflicts: error.conflicts?.map((conflict) => conflict.otherId) }, JSON.stringify(error)).toEqual({
        code: 'CONFLICT',
        reason: 'loanConflict',
        conflicts: [winner.id],
      });
    }
    expect(await first.db('loans').where({ exhibition_id: exhibition.id }).pluck('id')).toEqual([winner.id]);
    expect(await first.db('loan_decisions').select('loan_id', 'decision')).toEqual([{ loan_id: winner.id, decision: 'requested' }]);
    expect(await audited('loan.create')).toBe(1);
  });

  it('approves a loan once when it is approved from both processes at once', async () => {
    const request = ok(await one.loans.create(schoolLoanInput(exhibition.id, schools[0]!, '2027-01-11', '2027-01-22')));
    const results = await allAtOnce(12, (api) => api.loans.approve({ id: request.id }));

    expect(accepted(results).map((loan) => [loan.id, loan.status])).toEqual([[request.id, 'approved']]);
    // The others read the approval first: the ordinary status answer, never a second decision.
    for (const error of refusals(results)) {
      expect({ code: error.code, reason: error.reason, params: error.params }, JSON.stringify(error)).toEqual({
        code: 'CONFLICT',
        reason: 'loanStatus',
        params: { status: 'approved' },
      });
    }
    expect(await first.db('loans').where({ id: request.id }).first('status')).toEqual({ status: 'approved' });
    expect(await first.db('loan_decisions').where({ loan_id: request.id }).orderBy('id').pluck('decision')).toEqual(['requested', 'approved']);
    expect(await audited('loan.approve')).toBe(1);
  });

  it('delivers one of two loans due the same days when both are delivered from both processes at once', async () => {
    // Two loans for the same days, as recorded before the booking rule (or imported): the handover rules let
    // either go first, never both, as the exhibition is in one place at a time. Today is 2026-11-28.
    const approve = async (school: number): Promise<Loan> => {
      const delivery = school === schools[0] ? '2026-12-07' : '2027-01-11';
      const loan = ok(await one.loans.create(schoolLoanInput(exhibition.id, school, delivery, addDays(delivery, 11))));
      return ok(await one.loans.approve({ id: loan.id }));
    };
    const loans = [await approve(schools[0]!), await approve(schools[1]!)];
    await first.db('loans').where({ id: loans[1]!.id }).update({ delivery_date: '2026-12-07', start_date: '2026-12-07', end_date: '2026-12-18', pickup_date: '2026-12-18' });
    for (const loan of loans) expect(ok(await one.loans.get({ id: loan.id })).handover.delivery).toMatchObject({ kind: 'open', earliest: null });

    const items = exhibition.items.map((item) => ({ itemId: item.id, condition: 'good' as const, note: '' }));
    // Each loan delivered four times, the eight calls alternating loans and cores.
    const results = await allAtOnce(8, (api, index) => api.loans.checkOut({ id: loans[Math.floor(index / 2) % 2]!.id, date: '2026-11-28', items, notes: '' }));

    const delivered = accepted(results);
    expect(delivered.map((loan) => loan.status)).toEqual(['delivered']);
    const winner = delivered[0]!;
    const borrower = winner.id === loans[0]!.id ? 'École A' : 'École B';
    // The winner's own repeats hear its status; the other loan hears where the exhibition is.
    const expected = results.flatMap<unknown>((result, index) => {
      if (result.ok) return [];
      return loans[Math.floor(index / 2) % 2]!.id === winner.id
        ? [{ code: 'CONFLICT', reason: 'loanStatus', params: { status: 'delivered' } }]
        : [{ code: 'VALIDATION', fields: [{ path: 'date', issue: 'exhibition_still_out', params: { borrower, date: '2026-12-18' } }] }];
    });
    expect(refusals(results).map(({ code, reason, params, fields }) => (code === 'CONFLICT' ? { code, reason, params } : { code, fields }))).toEqual(expected);

    expect(await first.db('loans').whereIn('id', loans.map((loan) => loan.id)).orderBy('id').select('id', 'status')).toEqual(
      loans.map((loan) => ({ id: loan.id, status: loan.id === winner.id ? 'delivered' : 'approved' })),
    );
    expect(await first.db('loan_checks').select('loan_id', 'phase')).toEqual([{ loan_id: winner.id, phase: 'delivery' }]);
    expect(Number((await first.db('loan_check_items').count({ n: '*' }).first())?.n)).toBe(items.length);
    expect(await audited('loan.checkOut')).toBe(1);
  });
});

describe('a class, or a facilitator, in one activity at a time', () => {
  const cases = [
    { shared: 'class', subject: '5e primaire A' },
    { shared: 'facilitator', subject: 'Samira Intervenante' },
  ] as const;
  it.each(cases)('stores one of twelve overlapping activities booked at once for the same $shared; the others hear which', async ({ shared, subject }) => {
    const school = await addSchool(first.db, 'École communale de Droixhe');
    const classes: number[] = [];
    for (let index = 0; index < 12; index += 1) classes.push(await addClass(first.db, school, index === 0 ? '5e primaire A' : `Classe ${index + 1}`));
    const facilitator = await addFacilitator(first.db, 'Samira Intervenante');
    // Thursday 3 December 2026, from 9:00, 9:05… to 9:55, each for 1 h 40: every two of them overlap. The same
    // class in all twelve, or twelve classes with the same facilitator.
    const at = (minutes: number) => `2026-12-03T${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
    const results = await allAtOnce(12, (api, index) => {
      const start = 9 * 60 + 5 * index;
      const who = shared === 'class' ? { classIds: [classes[0]!] } : { classIds: [classes[index]!], facilitatorId: facilitator };
      return api.events.create(activityInput({ title: `Atelier ${index + 1}`, schoolId: school, ...who, start: at(start), end: at(start + 100) }));
    });

    const stored = accepted(results);
    expect(stored).toHaveLength(1);
    const winner = stored[0]!.event;
    for (const error of refusals(results)) {
      expect(
        { code: error.code, reason: error.reason, conflicts: error.conflicts?.map(({ kind, otherId, subject: name }) => ({ kind, otherId, subject: name })) },
        JSON.stringify(error),
      ).toEqual({ code: 'CONFLICT', reason: 'scheduleConflict', conflicts: [{ kind: shared, otherId: winner.id, subject }] });
    }
    expect(await first.db('events').select('id', 'facilitator_id')).toEqual([{ id: winner.id, facilitator_id: shared === 'class' ? null : facilitator }]);
    expect(await first.db('event_classes').select('event_id')).toEqual([{ event_id: winner.id }]);
    expect(await audited('event.create')).toBe(1);
  });
});

describe('a pupil code once per administration', () => {
  let administrationId: number;
  let itemId: number;

  beforeEach(async () => {
    const { pupil } = await seededTemplates(one);
    const school = await addSchool(first.db, 'École communale de Droixhe');
    const classA = await addClass(first.db, school, '5e primaire A');
    const eventId = await createEvent(one, school, [classA], '2026-12-03');
    administrationId = await administer(one, { templateId: pupil.id, eventId, classId: classA, phase: 'before', date: '2026-12-03' });
    itemId = pupil.items.find((item) => item.phase !== 'after')!.id;
  });

  /** One form of the grid with the code and the value 3 for the first item. */
  const saveForm = (api: PasserelleApi, code: string) => api.questionnaires.saveResponse({ administrationId, id: null, code, answers: [{ itemId, value: 3, text: '' }] });
  const duplicate = { code: 'VALIDATION', fields: [{ path: 'code', issue: 'duplicate', params: { suggestion: 'AB12-2' } }] };

  it('stores one of twelve forms saved with the same code at once; the others are refused on the code', async () => {
    // The same pupil typed twelve times, in both processes, with and without the space the grid allows.
    const results = await allAtOnce(12, (api, index) => saveForm(api, index % 3 === 0 ? 'ab 12' : 'AB12'));

    const stored = accepted(results);
    expect(stored.map((response) => response.code)).toEqual(['AB12']);
    for (const error of refusals(results)) expect({ code: error.code, fields: error.fields }, JSON.stringify(error)).toEqual(duplicate);
    expect(await first.db('questionnaire_responses').select('id', 'code')).toEqual([{ id: stored[0]!.id, code: 'AB12' }]);
    expect(await first.db('questionnaire_answers').select('response_id', 'item_id', 'value')).toEqual([{ response_id: stored[0]!.id, item_id: itemId, value: 3 }]);
    expect(await audited('questionnaire.response.create')).toBe(1);
  });

  it('stores the code once when forms are typed and a file with the same code is imported at the same moment', async () => {
    const file = base64('Code;Q1\r\nAB12;3\r\n');
    const mapping = { codeColumn: 'Code', columns: [{ column: 'Q1', itemId }], labels: [] };
    // Twelve calls: a form, a form, an import, an import… each kind through both cores.
    const results = await allAtOnce<unknown>(12, (api, index) =>
      index % 4 < 2 ? saveForm(api, 'AB12') : api.questionnaireImport.commit({ administrationId, file, mapping }),
    );

    expect(accepted(results)).toHaveLength(1);
    const importWon = results.findIndex((result) => result.ok) % 4 >= 2;
    // A form hears the code is taken; a file, that a row has an error (its preview shows which).
    const expected = results.flatMap<unknown>((result, index) =>
      result.ok ? [] : [index % 4 < 2 ? duplicate : { code: 'VALIDATION', reason: 'importHasErrors', params: { errorCount: 1 } }],
    );
    expect(refusals(results).map(({ code, reason, params, fields }) => (fields ? { code, fields } : { code, reason, params }))).toEqual(expected);
    expect(await first.db('questionnaire_responses').pluck('code')).toEqual(['AB12']);
    expect(await first.db('questionnaire_answers').select('item_id', 'value')).toEqual([{ item_id: itemId, value: 3 }]);
    expect([await audited('questionnaire.response.create'), await audited('questionnaire.answers.import')]).toEqual(importWon ? [0, 1] : [1, 0]);
  });
});
