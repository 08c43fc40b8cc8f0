import { afterEach, describe, expect, it } from 'vitest';
import type { Knex } from 'knex';
import { openDatabase } from '../../main/db/connection';
import { migrateToLatest } from '../../main/db/migrate';
import { generateDemo } from '../../main/demo/generate';
import { seededRandom } from '../../main/demo/random';
import { DEMO_ACCOUNTS } from '../../main/demo/accounts';
import { TEST_SCRYPT_COST } from '../helpers/core';
import { findConflicts } from '../../shared/domain/calendar/event-conflicts';
import { loanDateIssues, loanLengthDays, loansInTheWay } from '../../shared/domain/loans/booking-rules';
import { HOLDING_STATUSES, type LoanStatus } from '../../shared/domain/loans/loans';
import { proposePairs } from '../../shared/domain/questionnaires/pairing';
import { codePattern, isValidAnswer } from '../../shared/domain/questionnaires/templates';
import { parseRecipe, toItem, type ItemRow } from '../../main/services/questionnaires/templates';

const opened: Knex[] = [];
async function freshDb(): Promise<Knex> {
  const db = openDatabase(':memory:');
  opened.push(db);
  await migrateToLatest(db);
  return db;
}
afterEach(async () => {
  await Promise.all(opened.splice(0).map((db) => db.destroy()));
});

const options = { seed: 7, years: 2, today: new Date('2026-11-28T09:00:00Z'), passwordCost: TEST_SCRYPT_COST };

describe('demo data', () => {
  it('is the same for the same seed and differs for another', async () => {
    const rows = async (seed: number) => {
      const db = await freshDb();
      await generateDemo(db, { ...options, seed });
      return [
        await db('users').orderBy('id').select('username', 'created_at'),
        await db('events').orderBy('id').select('title', 'starts_at', 'school_id'),
        await db('loans').orderBy('id').select(),
        await db('loan_checks').orderBy('id').select(),
        await db('loan_check_items').orderBy(['check_id', 'item_id']).select(),
        await db('loan_events').orderBy(['loan_id', 'event_id']).select(),
        await db('exhibition_items').orderBy('id').select(),
        await db('questionnaire_administrations').orderBy('id').select(),
        await db('questionnaire_responses').orderBy('id').select(),
        await db('questionnaire_answers').orderBy(['response_id', 'item_id']).select(),
        await db('questionnaire_pair_decisions').orderBy('id').select(),
      ];
    };
    expect(await rows(7)).toEqual(await rows(7));
    expect(await rows(7)).not.toEqual(await rows(8));
  });

  it('creates one account per role and refuses a database that already has accounts', async () => {
    const db = await freshDb();
    const summary = await generateDemo(db, options);
    expect(summary).toMatchObject({ users: DEMO_ACCOUNTS.length, schools: 24, partners: 6 });
    expect(summary.events).toBeGreaterThan(200);
    expect(summary.loans).toBe(Number((await db('loans').count({ n: '*' }).first())?.n));
    expect(summary.questionnaireForms).toBe(Number((await db('questionnaire_responses').count({ n: '*' }).first())?.n));
    expect((await db('user_roles').distinct('role').pluck('role')).sort()).toEqual(['admin', 'coordinator', 'housing', 'teacher']);
    await expect(generateDemo(db, options)).rejects.toThrow(/already holds accounts/);
  });

  it('plans two school years of events that obey the scheduling rules and avoid weekends and holidays', async () => {
    const db = await freshDb();
    await generateDemo(db, options);
    expect(await db('events').distinct('school_year').orderBy('school_year').pluck('school_year')).toEqual(['2025–2026', '2026–2027']);
    const events: { id: number; starts_at: string; ends_at: string; status: string; facilitator_id: number | null; location: string }[] = await db('events').select();
    const links: { event_id: number; class_id: number }[] = await db('event_classes').select();
    const schedulable = events.map((event) => ({
      id: event.id,
      start: event.starts_at,
      end: event.ends_at,
      cancelled: event.status === 'cancelled',
      classIds: links.filter((link) => link.event_id === event.id).map((link) => link.class_id),
      facilitatorId: event.facilitator_id,
      location: event.location,
    }));
    for (const event of schedulable) expect(findConflicts(event, schedulable), `event ${event.id}`).toEqual([]);
    const holidays: { start_date: string; end_date: string }[] = await db('holidays').select();
    for (const event of events) {
      const date = event.starts_at.slice(0, 10);
      expect([0, 6]).not.toContain(new Date(`${date}T00:00:00Z`).getUTCDay());
      expect(holidays.some((holiday) => holiday.start_date <= date && date <= holiday.end_date), date).toBe(false);
    }
    // Past events are held or cancelled; the demo teacher teaches classes that have events.
    expect(events.filter((event) => event.starts_at < '2026-11-28' && !['held', 'cancelled'].includes(event.status))).toEqual([]);
    const teacherEvents = await db('event_classes')
      .join('class_teachers', 'class_teachers.class_id', 'event_classes.class_id')
      .join('contacts', 'contacts.id', 'class_teachers.contact_id')
      .join('users', 'users.id', 'contacts.user_id')
      .where('users.username', 'enseignant')
      .count({ n: '*' })
      .first();
    expect(Number(teacherEvents?.n)).toBeGreaterThan(0);
  });

  it('lends the loanable exhibition to different schools each year, by the booking rules, with statuses that follow today', async () => {
    const db = await freshDb();
    const summary = await generateDemo(db, options);
    const today = options.today.toISOString().slice(0, 10);
    type LoanRow = {
      id: number;
      exhibition_id: number;
      school_id: number;
      delivery_date: string;
      start_date: string;
      end_date: string;
      pickup_date: string;
      school_year: string;
      status: LoanStatus;
      status_reason: string;
      contact_email: string;
      created_at: string;
      updated_at: string;
    };
    const loans: LoanRow[] = await db('loans').orderBy('id').select();
    expect(loans.length).toBe(summary.loans);
    const exhibitions: { id: number; kind: string; min_loan_days: number | null; max_loan_days: number | null; buffer_days: number }[] =
      await db('exhibitions').select();
    const loanable = exhibitions.filter((exhibition) => exhibition.kind === 'loanable');
    expect(new Set(loans.map((loan) => loan.exhibition_id))).toEqual(new Set(loanable.map((exhibition) => exhibition.id)));
    const holding = loans.filter((loan) => HOLDING_STATUSES.includes(loan.status));
    const holidays: { kind: string; start_date: string; end_date: string }[] = await db('holidays').select();

    for (const exhibition of loanable) {
      const own = holding.filter((loan) => loan.exhibition_id === exhibition.id);
      const held = own.map((loan) => ({ id: loan.id, deliveryDate: loan.delivery_date, pickupDate: loan.pickup_date }));
      for (const year of ['2025–2026', '2026–2027']) {
        const ofYear = own.filter((loan) => loan.school_year === year);
        expect(ofYear.length, year).toBeGreaterThanOrEqual(10);
        expect(ofYear.length, year).toBeLessThanOrEqual(14);
        expect(new Set(ofYear.map((loan) => loan.school_id)).size, `one loan per school in ${year}`).toBe(ofYear.length);
      }
      for (const loan of own) {
        expect(loansInTheWay({ deliveryDate: loan.delivery_date, pickupDate: loan.pickup_date }, held, exhibition.buffer_days, loan.id), `loan ${loan.id}`).toEqual([]);
      }
    }
    // Each loan's decisions are signed: its request, then its approval or refusal (a request waits for one).
    const decisions: { loan_id: number; decision: string; decided_by: number | null }[] = await db('loan_decisions').orderBy('id').select();
    for (const loan of loans) {
      const expected = loan.status === 'requested' ? ['requested'] : loan.status === 'refused' ? ['requested', 'refused'] : ['requested', 'approved'];
      const own = decisions.filter((row) => row.loan_id === loan.id);
      expect(own.map((row) => row.decision), `loan ${loan.id}`).toEqual(expected);
      expect(own.every((row) => row.decided_by !== null), `loan ${loan.id}`).toBe(true);
    }
    for (const loan of loans) {
      const exhibition = exhibitions.find((row) => row.id === loan.exhibition_id)!;
      const dates = { deliveryDate: loan.delivery_date, startDate: loan.start_date, endDate: loan.end_date, pickupDate: loan.pickup_date };
      expect(loanDateIssues(dates, { minLoanDays: exhibition.min_loan_days, maxLoanDays: exhibition.max_loan_days }), `loan ${loan.id}`).toEqual([]);
      // Out for two to four school weeks (a public holiday may shorten the first or last one).
      const daysOut = loanLengthDays({ startDate: loan.delivery_date, endDate: loan.pickup_date });
      expect(daysOut, `loan ${loan.id}`).toBeGreaterThanOrEqual(9);
      expect(daysOut, `loan ${loan.id}`).toBeLessThanOrEqual(26);
      // Delivered and picked up on school days, never in a school break.
      for (const day of [loan.delivery_date, loan.pickup_date]) {
        expect([0, 6]).not.toContain(new Date(`${day}T00:00:00Z`).getUTCDay());
        expect(holidays.some((holiday) => holiday.start_date <= day && day <= holiday.end_date), day).toBe(false);
      }
      expect(holidays.some((holiday) => holiday.kind === 'school_break' && holiday.start_date <= loan.pickup_date && loan.delivery_date <= holiday.end_date)).toBe(false);
      expect(loan.contact_email).toMatch(/@ecoles-demo\.example$/);
      expect(loan.created_at <= loan.updated_at && loan.updated_at <= options.today.toISOString(), `loan ${loan.id}`).toBe(true);
    }

    // Statuses follow today: returned before it, one delivered around it, approved or requested after it.
    const byStatus = (status: LoanStatus) => loans.filter((loan) => loan.status === status);
    for (const loan of byStatus('returned')) expect(loan.pickup_date < today, `loan ${loan.id}`).toBe(true);
    expect(byStatus('delivered')).toHaveLength(1);
    for (const loan of byStatus('delivered')) expect(loan.delivery_date <= today && today <= loan.pickup_date).toBe(true);
    for (const loan of [...byStatus('approved'), ...byStatus('requested')]) expect(loan.delivery_date > today, `loan ${loan.id}`).toBe(true);
    expect(byStatus('requested').length).toBeGreaterThanOrEqual(2);
    expect(byStatus('requested').length).toBeLessThanOrEqual(3);
    expect(byStatus('refused')).toHaveLength(1);
    expect(byStatus('refused')[0]!.status_reason).not.toBe('');
    expect(byStatus('cancelled')).toHaveLength(0);

    // Condition checks: delivery and return for returned loans, delivery for the delivered one, every item each time.
    const checks: { id: number; loan_id: number; phase: string; checked_on: string; checked_by: number | null; created_at: string }[] =
      await db('loan_checks').select();
    const checkItems: { check_id: number; item_id: number; condition: string; note: string }[] = await db('loan_check_items').select();
    const coordinator = await db('users').where({ username: 'coordination' }).first('id');
    for (const loan of loans) {
      const phases = checks.filter((check) => check.loan_id === loan.id).map((check) => check.phase).sort();
      const expected = loan.status === 'returned' ? ['delivery', 'return'] : loan.status === 'delivered' ? ['delivery'] : [];
      expect(phases, `loan ${loan.id}`).toEqual(expected);
    }
    for (const check of checks) {
      const loan = loans.find((row) => row.id === check.loan_id)!;
      expect(check.checked_on).toBe(check.phase === 'delivery' ? loan.delivery_date : loan.pickup_date);
      // A check records what happened: never a day ahead of the demo's today, nor recorded after its now.
      expect(check.checked_on <= today && check.created_at <= options.today.toISOString(), `check ${check.id}`).toBe(true);
      expect(check.checked_by).toBe(coordinator.id);
      const items = await db('exhibition_items').where({ exhibition_id: loan.exhibition_id, retired: false }).pluck('id');
      expect(checkItems.filter((item) => item.check_id === check.id).map((item) => item.item_id).sort((a, b) => a - b)).toEqual(items);
    }
    // One past loan came back with one or two damaged items, which stay flagged on the exhibition.
    const flagged: { id: number; flag_condition: string; flag_note: string; flag_loan_id: number; flag_since: string }[] = await db('exhibition_items')
      .whereNotNull('flag_condition')
      .select();
    expect(flagged.length).toBeGreaterThanOrEqual(1);
    expect(flagged.length).toBeLessThanOrEqual(2);
    const damagedLoan = loans.find((loan) => loan.id === flagged[0]!.flag_loan_id)!;
    expect(damagedLoan.status).toBe('returned');
    const returnCheck = checks.find((check) => check.loan_id === damagedLoan.id && check.phase === 'return')!;
    for (const item of flagged) {
      expect(item).toMatchObject({ flag_condition: 'damaged', flag_loan_id: damagedLoan.id, flag_since: damagedLoan.pickup_date });
      expect(checkItems.find((row) => row.check_id === returnCheck.id && row.item_id === item.id)).toMatchObject({ condition: 'damaged', note: item.flag_note });
    }
    const damagedReturns = checkItems.filter((item) => item.condition !== 'good' && checks.find((check) => check.id === item.check_id)!.phase === 'return');
    expect(damagedReturns).toHaveLength(flagged.length);

    // Linked visits are exhibition visits of the borrowing school during the loan.
    const links: { loan_id: number; event_id: number }[] = await db('loan_events').select();
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) {
      const loan = loans.find((row) => row.id === link.loan_id)!;
      const event = await db('events').where({ id: link.event_id }).first('type', 'school_id', 'starts_at', 'status');
      expect(event).toMatchObject({ type: 'exhibition_visit', school_id: loan.school_id });
      expect(event.status).not.toBe('cancelled');
      expect(loan.start_date <= event.starts_at.slice(0, 10) && event.starts_at.slice(0, 10) <= loan.end_date).toBe(true);
    }
  });

  it('gives paired before/after questionnaires to about a third of the held activities, with forms a real class would fill in', async () => {
    const db = await freshDb();
    await generateDemo(db, options);
    const today = options.today.toISOString().slice(0, 10);
    const templates: { id: number; audience: string; code_recipe: string }[] = await db('questionnaire_templates').orderBy('id').select();
    const pupil = templates.find((template) => template.audience === 'pupil')!;
    const teacher = templates.find((template) => template.audience === 'teacher')!;
    const items = new Map(((await db('questionnaire_items').select()) as ItemRow[]).map((row) => [row.id, toItem(row)]));
    type Admin = { id: number; template_id: number; event_id: number; class_id: number; phase: 'before' | 'after'; administered_on: string };
    const administrations: Admin[] = await db('questionnaire_administrations').orderBy('id').select();
    type EventRow = { id: number; status: string; starts_at: string; type: string; pupils_present: number | null };
    const events = new Map(((await db('events').select('id', 'status', 'starts_at', 'type', 'pupils_present')) as EventRow[]).map((row) => [row.id, row]));
    const eventClasses: { event_id: number; class_id: number }[] = await db('event_classes').select();
    const classSizes = new Map(((await db('school_classes').select('id', 'pupil_count')) as { id: number; pupil_count: number }[]).map((row) => [row.id, row.pupil_count]));
    const responses: { id: number; administration_id: number; code: string }[] = await db('questionnaire_responses').orderBy('id').select();
    const answers: { response_id: number; item_id: number; value: number | null; text: string }[] = await db('questionnaire_answers').select();

    // Administrations of both templates, each for a class of its event; pupils' 'after' always has its 'before'.
    const pupilAdmins = administrations.filter((row) => row.template_id === pupil.id);
    const before = pupilAdmins.filter((row) => row.phase === 'before');
    const after = pupilAdmins.filter((row) => row.phase === 'after');
    expect(after.length).toBeGreaterThan(30);
    expect(administrations.some((row) => row.template_id === teacher.id && row.phase === 'after')).toBe(true);
    expect(administrations.filter((row) => row.template_id === teacher.id && row.phase === 'before')).toEqual([]);
    for (const row of administrations) {
      expect(eventClasses.some((link) => link.event_id === row.event_id && link.class_id === row.class_id), `administration ${row.id}`).toBe(true);
      expect(row.administered_on <= today).toBe(true);
    }
    for (const row of after) {
      const pair = before.find((other) => other.event_id === row.event_id && other.class_id === row.class_id);
      expect(pair, `after ${row.id}`).toBeDefined();
      expect(pair!.administered_on <= events.get(row.event_id)!.starts_at.slice(0, 10)).toBe(true);
      expect(row.administered_on >= events.get(row.event_id)!.starts_at.slice(0, 10)).toBe(true);
      expect(events.get(row.event_id)!.status).toBe('held');
    }
    // About a third of the held school activities (training is for teachers, not classes).
    const heldEvents = [...events.values()].filter((event) => event.status === 'held' && event.type !== 'training' && eventClasses.some((link) => link.event_id === event.id));
    const share = new Set(after.map((row) => row.event_id)).size / heldEvents.length;
    expect(share).toBeGreaterThan(0.2);
    expect(share).toBeLessThan(0.45);
    // One upcoming activity has its 'before' forms in and no 'after' yet.
    const waiting = before.filter((row) => !after.some((other) => other.event_id === row.event_id && other.class_id === row.class_id));
    expect(new Set(waiting.map((row) => row.event_id)).size).toBe(1);
    expect(events.get(waiting[0]!.event_id)!.starts_at.slice(0, 10) > today).toBe(true);
    expect(responses.filter((row) => row.administration_id === waiting[0]!.id).length).toBeGreaterThan(10);

    // Codes follow the recipe (mother's first letter, own first letter, day of birth); '' only for a twin's form.
    expect(parseRecipe(pupil.code_recipe)).toEqual(['mother_first_letter', 'own_first_letter', 'birth_day']);
    expect(codePattern(parseRecipe(pupil.code_recipe))).toBe('LLDD');
    const pupilIds = new Set(pupilAdmins.map((row) => row.id));
    const pupilForms = responses.filter((row) => pupilIds.has(row.administration_id));
    const withoutCode = pupilForms.filter((row) => row.code === '');
    for (const row of pupilForms) if (row.code !== '') expect(row.code).toMatch(/^[A-Z]{2}[0-9]{2}$/);
    // Miscopied days ("70" for "07") are rare: nearly every code holds a real day of the month.
    expect(pupilForms.filter((row) => row.code !== '' && Number(row.code.slice(2)) >= 1 && Number(row.code.slice(2)) <= 31).length / pupilForms.length).toBeGreaterThan(0.97);
    expect(withoutCode.length).toBeLessThan(pupilForms.length / 100);
    // Only the pupils who took part answer after the activity.
    for (const eventId of new Set(after.map((row) => row.event_id))) {
      const ids = new Set(after.filter((row) => row.event_id === eventId).map((row) => row.id));
      expect(responses.filter((row) => ids.has(row.administration_id)).length, `event ${eventId}`).toBeLessThanOrEqual(events.get(eventId)!.pupils_present!);
    }
    // Class sets: at most one form per pupil of the class, most of the class present.
    for (const row of pupilAdmins) {
      const forms = responses.filter((response) => response.administration_id === row.id).length;
      expect(forms, `administration ${row.id}`).toBeLessThanOrEqual(classSizes.get(row.class_id)!);
      expect(forms, `administration ${row.id}`).toBeGreaterThanOrEqual(Math.floor(classSizes.get(row.class_id)! * 0.6));
    }

    // Every answer is on its item's scale and asked in its phase; free text only where the item asks for it.
    const phaseOf = new Map(administrations.map((row) => [row.id, row.phase]));
    const responseAdmin = new Map(responses.map((row) => [row.id, row.administration_id]));
    for (const answer of answers) {
      const item = items.get(answer.item_id)!;
      const phase = phaseOf.get(responseAdmin.get(answer.response_id)!)!;
      expect(item.phase === 'both' || item.phase === phase, `item ${item.id} in ${phase}`).toBe(true);
      if (item.answerType === 'free_text') expect(answer.value).toBeNull();
      else {
        expect(answer.text).toBe('');
        if (answer.value !== null) expect(isValidAnswer(item, answer.value), `${answer.value} for item ${item.id}`).toBe(true);
      }
    }
    const blanks = answers.filter((answer) => answer.value === null && items.get(answer.item_id)!.answerType !== 'free_text').length;
    expect(blanks).toBeGreaterThan(0);
    expect(answers.some((answer) => answer.text !== '' && items.get(answer.item_id)!.wordingFr.startsWith('Veux-tu'))).toBe(true);
    expect(answers.some((answer) => answer.text !== '' && items.get(answer.item_id)!.wordingFr.startsWith('Commentaires'))).toBe(true);

    // Pairing: most codes pair exactly, a couple per class are tolerant candidates for the review.
    let exact = 0;
    let candidates = 0;
    let larger = 0;
    let pendingRecent = 0;
    const decisions: { before_response_id: number; after_response_id: number; accepted: number | boolean; decided_by: number }[] = await db('questionnaire_pair_decisions').select();
    const decided = new Set(decisions.map((row) => `${row.before_response_id}:${row.after_response_id}`));
    const valuesOf = (responseId: number) => new Map(answers.filter((answer) => answer.response_id === responseId).map((answer) => [answer.item_id, answer.value]));
    const change = new Map<string, number[]>();
    const reversedVsPlain: [number, number][] = [];
    // Item 1 (reverse-keyed) and item 2 (plain) measure the same dimension from opposite ends.
    const [reversed, plain] = [...items.values()].filter((item) => item.dimension === 'stereotypes' && item.phase === 'both').sort((a, b) => a.position - b.position);
    expect([reversed!.reverseKeyed, plain!.reverseKeyed]).toEqual([true, false]);
    for (const row of after) {
      const first = before.find((other) => other.event_id === row.event_id && other.class_id === row.class_id)!;
      const coded = (id: number) => responses.filter((response) => response.administration_id === id).map((response) => ({ responseId: response.id, code: response.code }));
      const proposal = proposePairs(coded(first.id), coded(row.id));
      exact += proposal.exactPairs.length;
      candidates += proposal.candidates.length;
      larger += Math.max(proposal.counts.before, proposal.counts.after);
      // Candidates of classes a month old or more were reviewed by the coordinator; recent ones wait.
      const old = row.administered_on < '2026-10-29';
      for (const candidate of proposal.candidates) {
        expect(decided.has(`${candidate.before.responseId}:${candidate.after.responseId}`), `candidate of administration ${row.id}`).toBe(old);
        if (!old) pendingRecent += 1;
      }
      for (const pair of proposal.exactPairs) {
        const [was, is] = [valuesOf(pair.before), valuesOf(pair.after)];
        for (const item of items.values()) {
          if (item.phase !== 'both' || !was.has(item.id) || was.get(item.id) === null || !is.has(item.id) || is.get(item.id) === null) continue;
          const turn = (value: number) => (item.reverseKeyed ? 6 - value : value);
          change.set(item.dimension, [...(change.get(item.dimension) ?? []), turn(is.get(item.id)!) - turn(was.get(item.id)!)]);
        }
        if (was.get(reversed!.id) != null && was.get(plain!.id) != null) reversedVsPlain.push([was.get(reversed!.id)!, was.get(plain!.id)!]);
      }
    }
    const matchRate = exact / larger;
    expect(matchRate).toBeGreaterThan(0.72);
    expect(matchRate).toBeLessThan(0.95);
    expect(candidates).toBeGreaterThanOrEqual(after.length);
    expect(candidates).toBeLessThanOrEqual(3 * after.length);
    expect(pendingRecent).toBeGreaterThan(0);
    // Most reviewed candidates were the same pupil (accepted); every decision is the coordinator's.
    const coordinator = await db('users').where({ username: 'coordination' }).first('id');
    expect(decisions.length).toBeGreaterThan(0);
    expect(decisions.filter((row) => Boolean(row.accepted)).length / decisions.length).toBeGreaterThan(0.7);
    expect(new Set(decisions.map((row) => row.decided_by))).toEqual(new Set([coordinator.id]));
    // A small positive shift on each scored dimension (reverse-keyed items turned around).
    const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
    for (const dimension of ['stereotypes', 'migration_knowledge', 'empathy']) {
      expect(mean(change.get(dimension)!), dimension).toBeGreaterThan(0.05);
      expect(mean(change.get(dimension)!), dimension).toBeLessThan(0.6);
    }
    // Reverse-keyed answers run against the plain ones: a negative correlation.
    const [xs, ys] = [reversedVsPlain.map(([x]) => x), reversedVsPlain.map(([, y]) => y)];
    const [mx, my] = [mean(xs), mean(ys)];
    const covariance = mean(reversedVsPlain.map(([x, y]) => (x - mx) * (y - my)));
    expect(covariance).toBeLessThan(-0.1);
  });

  it('draws reproducible numbers', () => {
    const a = seededRandom(1);
    const b = seededRandom(1);
    const drawn = Array.from({ length: 5 }, () => a.int(1, 100));
    expect(drawn).toEqual(Array.from({ length: 5 }, () => b.int(1, 100)));
    expect(drawn.every((n) => n >= 1 && n <= 100)).toBe(true);
  });
});
