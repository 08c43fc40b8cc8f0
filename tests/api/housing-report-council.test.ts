import { describe, expect, it } from 'vitest';
import { ok, useTestCore } from '../helpers/api';
import { personInput, unitInput, type RegistrationInput } from '../helpers/housing';
import { pdfReader } from '../helpers/pdf';
import type { HousingReportFigures, ReportCount } from '../../shared/domain/housing/reports-api';

/**
 * Issue 16, point 4: the housing report tells the council whether deadlines were met, beside the same dates a
 * year earlier, in French or English. The data is seeded through the channels; every expected number is
 * recomputed here from the seeded dates by the test's own small model of the deadlines (not the app's
 * functions). Today is the test clock's 28 November 2026; the period is 1 January – 28 November 2026 and the
 * year before 1 January – 28 November 2025.
 */

const setup = useTestCore(['housing']);
const TODAY = '2026-11-28';
const CURRENT = { from: '2026-01-01', to: '2026-11-28' };
const PREVIOUS = { from: '2025-01-01', to: '2025-11-28' };
const readPdf = pdfReader('housing-council');

// Calendar arithmetic of the test's own, on UTC dates.
const utc = (date: string) => Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
const iso = (time: number) => new Date(time).toISOString().slice(0, 10);
const plusDays = (date: string, days: number) => iso(utc(date) + days * 86_400_000);
const plusMonths = (date: string, months: number) => {
  const [y, m, d] = [Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1 + months, Number(date.slice(8, 10))];
  const last = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  return iso(Date.UTC(y, m, Math.min(d, last)));
};
const nightsBetween = (from: string, to: string) => Math.max(0, (utc(to) - utc(from)) / 86_400_000);

type Deadline = { kind: 'cpas_contact' | 'police_check' | 'forward_request'; person: string; due: string; done: string | null };

const outcome = (deadline: Deadline) =>
  deadline.done !== null ? (deadline.done <= deadline.due ? 'met' : 'missed') : TODAY > deadline.due ? 'missed' : 'open';

/** Everything seeded, and the deadlines it makes, as the test's own model says. */
async function seed() {
  const { api } = setup;
  const deadlines: Deadline[] = [];
  const person = async (name: string) => {
    const household = ok(await api.housing.createHousehold({ size: 1, notes: '', people: [personInput({ firstName: name })] }));
    return household.people[0]!.id;
  };
  const base = {
    unitId: null, decisionDate: null, endDate: null, communeReference: '', notes: '', forwarding: null, move: null, policeCheckDate: null, absence: null,
  } satisfies Partial<RegistrationInput>;

  // 14 reference addresses at the CPAS from 15 March 2025: a contact every 3 months, each person early or late
  // by their own few days; persons 11–13 stop coming after January 2026.
  for (let index = 0; index < 14; index += 1) {
    const name = `Contact${index}`;
    const created = ok(await api.registrations.create({
      ...base, kind: 'reference_address_cpas', status: 'active', personId: await person(name), requestDate: '2025-03-10', startDate: '2025-03-15',
    }));
    let last = '2025-03-15';
    for (let step = 0; ; step += 1) {
      const due = plusMonths(last, 3);
      const came = plusDays(due, ((index * 7 + step * 3) % 13) - 9);
      if (came > TODAY || (index >= 11 && came > '2026-02-01')) {
        deadlines.push({ kind: 'cpas_contact', person: name, due, done: null });
        break;
      }
      ok(await api.registrations.recordContact({ registrationId: created.id, date: came }));
      deadlines.push({ kind: 'cpas_contact', person: name, due, done: came });
      last = came;
    }
  }

  // Inscriptions provisoires: the police checks the residence within 15 days of the request.
  const police: [string, number | null][] = [
    ['2025-04-07', 8], ['2025-10-06', null],
    ['2026-02-02', 10], ['2026-03-09', 14], ['2026-04-13', 20], ['2026-06-01', 3], ['2026-09-07', null], ['2026-11-20', null],
  ];
  for (const [index, [request, after]] of police.entries()) {
    const name = `Police${index}`;
    const checked = after === null ? null : plusDays(request, after);
    ok(await api.registrations.create({
      ...base, kind: 'inscription_provisoire', status: 'active', personId: await person(name), requestDate: request, startDate: plusDays(request, 1), policeCheckDate: checked,
    }));
    deadlines.push({ kind: 'police_check', person: name, due: plusDays(request, 15), done: checked });
  }

  // Requests this CPAS is not competent for, forwarded within 5 days (or not).
  const forwarded: [string, string | null][] = [['2025-02-03', '2025-02-06'], ['2025-05-12', '2025-05-20'], ['2025-08-18', '2025-08-21'], ['2026-03-02', '2026-03-05'], ['2026-07-06', null]];
  for (const [index, [received, sent]] of forwarded.entries()) {
    const name = `Forward${index}`;
    ok(await api.registrations.create({
      ...base, kind: 'reference_address_cpas', status: 'requested', personId: await person(name), requestDate: received, startDate: null,
      forwarding: { receivedDate: received, forwardedDate: sent },
    }));
    deadlines.push({ kind: 'forward_request', person: name, due: plusDays(received, 5), done: sent });
  }

  // One unit of 4 places, active since 1 December 2024, and three stays.
  const unit = ok(await api.housing.createUnit(unitInput({ code: 'LT-9', kind: 'logement_transit', capacity: 4, status: 'active', statusDate: '2024-12-01' })));
  const stays: [number, string, string][] = [[2, '2025-02-01', '2025-02-11'], [1, '2025-12-20', '2026-01-05'], [3, '2026-03-01', '2026-03-08']];
  for (const [places, start, end] of stays) {
    const household = ok(await api.housing.createHousehold({ size: places, notes: '', people: [] }));
    const placement = ok(await api.housing.createPlacement({ unitId: unit.id, householdId: household.id, places, start, plannedEnd: end, notes: '' }));
    ok(await api.housing.endPlacement({ id: placement.id, actualEnd: end, endReason: 'moved_to_housing' }));
  }
  return { deadlines, stays, requests: [...Array(14).fill('2025-03-10'), ...police.map(([request]) => request), ...forwarded.map(([received]) => received)] as string[] };
}

/** What the model expects of one period: the deadlines by kind (counts and people), placements, occupancy. */
function expected(model: Awaited<ReturnType<typeof seed>>, period: { from: string; to: string }) {
  const inPeriod = (day: string) => period.from <= day && day <= period.to;
  const kinds = ['forward_request', 'cpas_contact', 'police_check'] as const;
  const deadlines = Object.fromEntries(
    kinds.map((kind) => {
      const due = model.deadlines.filter((deadline) => deadline.kind === kind && inPeriod(deadline.due));
      const count = (wanted: string) => due.filter((deadline) => outcome(deadline) === wanted).length;
      return [kind, { due: due.length, met: count('met'), missed: count('missed'), open: count('open'), people: new Set(due.map((d) => d.person)).size }];
    }),
  ) as Record<(typeof kinds)[number], { due: number; met: number; missed: number; open: number; people: number }>;
  const end = plusDays(period.to, 1);
  const clip = (start: string, stop: string) => nightsBetween(start > period.from ? start : period.from, stop < end ? stop : end);
  return {
    deadlines,
    started: model.stays.filter(([, start]) => inPeriod(start)).length,
    ended: model.stays.filter(([, , stop]) => inPeriod(stop)).length,
    bedNights: model.stays.reduce((sum, [places, start, stop]) => sum + places * clip(start, stop), 0),
    placeNights: 4 * nightsBetween(period.from, end),
    requested: model.requests.filter(inPeriod).length,
  };
}

const value = (count: ReportCount) => (count !== null && 'value' in count ? count.value : count);
const row = (figures: HousingReportFigures, kind: string) => figures.deadlines.byKind.find((entry) => entry.kind === kind)!;

describe('housing report for the council', () => {
  it('shows deadlines met and missed, and the same figures a year earlier, as recomputed from the seeded data', async () => {
    const model = await seed();
    const report = ok(await setup.api.housingReports.report(CURRENT));
    const now = expected(model, CURRENT);
    const before = expected(model, PREVIOUS);
    expect(report.previous).toMatchObject({ from: '2025-01-01', to: '2025-11-28', nights: 332 });

    // A realistic year: 14 people's contacts, some met and some missed, all shown exactly.
    const contacts = row(report, 'cpas_contact');
    expect(now.deadlines.cpas_contact.people).toBe(14);
    expect(now.deadlines.cpas_contact.met).toBeGreaterThan(0);
    expect(now.deadlines.cpas_contact.missed).toBeGreaterThan(0);
    expect([contacts.due, contacts.met, contacts.missed, contacts.open].map(value)).toEqual([
      now.deadlines.cpas_contact.due, now.deadlines.cpas_contact.met, now.deadlines.cpas_contact.missed, now.deadlines.cpas_contact.open,
    ]);
    // Forwarding: 2 people this year, their outcomes withheld; the police checks (5 people) go too, or the total
    // minus the contacts minus the police checks would give the forwardings back. Both still counted.
    expect(now.deadlines.forward_request.people).toBe(2);
    expect(now.deadlines.police_check.people).toBe(5);
    expect(row(report, 'forward_request')).toEqual({ kind: 'forward_request', due: { value: 2 }, met: null, missed: null, open: null });
    expect(row(report, 'police_check')).toEqual({ kind: 'police_check', due: { value: now.deadlines.police_check.due }, met: null, missed: null, open: null });
    // The totals the council reads: exact.
    const sum = (figures: typeof now, key: 'due' | 'met' | 'missed' | 'open') => Object.values(figures.deadlines).reduce((total, kind) => total + kind[key], 0);
    expect([report.deadlines.total.due, report.deadlines.total.met, report.deadlines.total.missed, report.deadlines.total.open].map(value)).toEqual([
      sum(now, 'due'), sum(now, 'met'), sum(now, 'missed'), sum(now, 'open'),
    ]);

    // A year earlier: forwarding (3 people) and police checks (2 people) are withheld, 5 people together, so the
    // contacts and the total stay shown.
    expect([before.deadlines.forward_request.people, before.deadlines.police_check.people]).toEqual([3, 2]);
    const earlier = report.previous;
    expect(row(earlier, 'forward_request')).toMatchObject({ due: { value: 3 }, met: null });
    expect(row(earlier, 'police_check')).toMatchObject({ due: { value: 2 }, met: null });
    expect([row(earlier, 'cpas_contact').due, row(earlier, 'cpas_contact').met, row(earlier, 'cpas_contact').missed].map(value)).toEqual([
      before.deadlines.cpas_contact.due, before.deadlines.cpas_contact.met, before.deadlines.cpas_contact.missed,
    ]);
    expect([earlier.deadlines.total.due, earlier.deadlines.total.met, earlier.deadlines.total.missed, earlier.deadlines.total.open].map(value)).toEqual([
      sum(before, 'due'), sum(before, 'met'), sum(before, 'missed'), sum(before, 'open'),
    ]);

    // Placements, occupancy and requests of each period.
    for (const [figures, model] of [[report, now], [earlier, before]] as const) {
      expect(figures.placements.total).toEqual({ started: { value: model.started }, ended: { value: model.ended } });
      expect(figures.occupancy.total).toMatchObject({ bedNights: model.bedNights, placeNights: model.placeNights });
      expect(value(figures.registrations.total.requested)).toBe(model.requested);
    }
    expect([now.started, now.ended, before.started, before.ended]).toEqual([1, 2, 1, 1]);
    // No person's code or name in the answer.
    expect(JSON.stringify(report)).not.toMatch(/Contact\d|Police\d|Forward\d|P-[0-9A-Z]{4}|M-[0-9A-Z]{4}/);
  });

  it('writes the PDF in English when asked, with the deadlines and the year before, and it passes qpdf --check', async () => {
    const model = await seed();
    const now = expected(model, CURRENT);
    const before = expected(model, PREVIOUS);
    const file = ok(await setup.api.housingReports.reportPdf({ ...CURRENT, language: 'en' }));
    expect(file.fileName).toBe('housing-report-2026-01-01-2026-11-28.pdf');
    const { flow, raw } = readPdf(Buffer.from(file.content, 'base64'), 'english');
    const line = (...cells: (string | number)[]) => new RegExp(cells.map((cell) => String(cell).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+'));
    expect(flow).toContain('CPAS of Liège');
    expect(flow).toContain('From 1 January 2026 to 28 November 2026 (332 nights)');
    expect(flow).toContain('Compared with the same period a year earlier: from 1 January 2025 to 28 November 2025 (332 nights).');
    const c = now.deadlines.cpas_contact;
    expect(raw).toMatch(line('Contact at the CPAS (reference address)', c.due, c.met, c.missed, c.open));
    expect(raw).toMatch(line('Forwarding the request (CPAS not competent)', 2, 'n.p.', 'n.p.', 'n.p.'));
    const total = (figures: typeof now, key: 'due' | 'met' | 'missed' | 'open') => Object.values(figures.deadlines).reduce((sum, kind) => sum + kind[key], 0);
    expect(raw).toMatch(line('Legal deadlines due', total(now, 'due'), total(before, 'due')));
    expect(raw).toMatch(line('… met', total(now, 'met'), total(before, 'met')));
    expect(raw).toMatch(line('… missed', total(now, 'missed'), total(before, 'missed')));
    expect(flow).toContain('made by Passerelle on');
    for (const french of ['Respectées', 'Échéance', 'Un an plus tôt', 'Méthode', 'généré']) expect(flow).not.toContain(french);
    for (const secret of ['Contact0', 'Police0', 'Forward0', 'LT-9']) expect(flow).not.toContain(secret);
  });

  it('refuses a document language it does not know, writing nothing', async () => {
    const refused = await setup.api.housingReports.reportPdf({ ...CURRENT, language: 'nl' as 'fr' });
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error.fields?.[0]?.path).toBe('language');
    expect(await setup.core.db('audit_events').where({ action: 'housing.report.export' })).toHaveLength(0);
  });
});
