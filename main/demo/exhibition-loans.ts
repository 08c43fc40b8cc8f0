import type { Knex } from 'knex';
import type { DemoRandom } from './random';
import { addDays, mondayOf } from '../../shared/domain/dates';
import { loanDateIssues, loansInTheWay, type HeldPeriod } from '../../shared/domain/loans/booking-rules';
import type { LoanDates, LoanStatus } from '../../shared/domain/loans/loans';
import { parseSchoolYearLabel, schoolYearOf, schoolYearStarting, type SchoolYear } from '../../shared/domain/school-year';

export interface ExhibitionLoansOptions {
  /** The demo's "today": loans before it are returned, the one around it delivered, later ones approved or requested. */
  today: Date;
  /** Who made the condition checks (the demo coordinator), or null. */
  checkedBy: number | null;
}

interface ExhibitionRow {
  id: number;
  min_loan_days: number | null;
  max_loan_days: number | null;
  buffer_days: number;
}

interface SchoolRow {
  id: number;
  street: string;
  postal_code: string;
  city: string;
  phone: string;
}

interface ContactRow {
  school_id: number;
  first_name: string;
  last_name: string;
  email: string;
}

interface VisitRow {
  id: number;
  school_id: number;
  day: string;
}

interface PlannedLoan extends LoanDates {
  schoolId: number;
  eventIds: number[];
  status: LoanStatus;
  statusReason: string;
}

/** Loan lengths in school weeks (Monday delivery to Friday pick-up): two or three weeks, sometimes four. */
const WEEK_CHOICES = [2, 2, 3, 3, 3, 4] as const;
const DAMAGE_NOTES = [
  'Coin inférieur écorné pendant le démontage.',
  'Rayure sur la face imprimée, environ 10 cm.',
  'Bord supérieur plié, le visuel reste lisible.',
];
const CHECK_NOTES = ['', '', 'Exposition installée dans le hall d’entrée.', 'Contrôle fait avec la direction.'];
const REFUSAL_REASON = 'L’exposition est déjà prêtée à une autre école à ces dates ; d’autres dates ont été proposées.';

async function insertId(db: Knex, table: string, row: object): Promise<number> {
  const [inserted] = await db(table).insert(row).returning('id');
  return typeof inserted === 'object' ? (inserted as { id: number }).id : Number(inserted);
}

function stamp(date: string, time: string): string {
  return `${date}T${time}:00.000Z`;
}

/**
 * Loans of each loanable exhibition to the demo schools, for every school year the school programme
 * generated: back-to-back loans of two to four school weeks between the school breaks (delivered on the
 * first school day of a week, picked up on the last), each year to different schools. Every loan obeys the
 * booking rules (`loanDateIssues`, `loansInTheWay` with the exhibition's buffer days). Loans before `today`
 * are returned, with their condition checks (one of them brought back a damaged item, which stays flagged),
 * the one around `today` is delivered, later ones approved, two or three requested, and one request refused.
 * Loans are linked to the exhibition visits their school holds while it has the exhibition.
 */
export async function generateExhibitionLoans(
  db: Knex,
  random: DemoRandom,
  options: ExhibitionLoansOptions,
): Promise<{ loans: number }> {
  const today = options.today.toISOString().slice(0, 10);
  const exhibitions: ExhibitionRow[] = await db('exhibitions')
    .where({ kind: 'loanable', archived: false })
    .orderBy('id')
    .select('id', 'min_loan_days', 'max_loan_days', 'buffer_days');
  const years: SchoolYear[] = (await db('school_classes').distinct('school_year').pluck('school_year'))
    .map((label: string) => parseSchoolYearLabel(label))
    .filter((start): start is number => start !== null)
    .sort((a, b) => a - b)
    .map((start) => schoolYearStarting(start));
  const schools: SchoolRow[] = await db('schools').orderBy('id').select('id', 'street', 'postal_code', 'city', 'phone');
  const contacts: ContactRow[] = await db('contacts')
    .orderBy('id')
    .select('school_id', 'first_name', 'last_name', 'email');
  const visits: VisitRow[] = (
    await db('events')
      .where('type', 'exhibition_visit')
      .whereNot('status', 'cancelled')
      .orderBy('id')
      .select('id', 'school_id', 'starts_at')
  ).map((row: { id: number; school_id: number; starts_at: string }) => ({ id: row.id, school_id: row.school_id, day: row.starts_at.slice(0, 10) }));
  const holidays: { kind: string; start_date: string; end_date: string }[] = await db('holidays').select('kind', 'start_date', 'end_date');
  if (exhibitions.length === 0 || years.length === 0 || schools.length === 0) return { loans: 0 };

  const isSchoolDay = (date: string): boolean => {
    const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
    return weekday !== 0 && weekday !== 6 && !holidays.some((holiday) => holiday.start_date <= date && date <= holiday.end_date);
  };
  const schoolDays = (monday: string): string[] => [0, 1, 2, 3, 4].map((offset) => addDays(monday, offset)).filter(isSchoolDay);
  // A week is free for a loan when no school break touches it and it has school days to deliver and pick up.
  const inBreak = (monday: string): boolean =>
    holidays.some((holiday) => holiday.kind === 'school_break' && holiday.start_date <= addDays(monday, 4) && monday <= holiday.end_date);

  // The school weeks that hold today: on a weekend, the loan out now spans the weeks before and after it.
  const todayWeekday = new Date(`${today}T00:00:00Z`).getUTCDay();
  const todayWeeks = todayWeekday === 0 || todayWeekday === 6 ? [mondayOf(today), addDays(mondayOf(today), 7)] : [mondayOf(today)];

  let count = 0;
  for (const exhibition of exhibitions) {
    const bounds = { minLoanDays: exhibition.min_loan_days, maxLoanDays: exhibition.max_loan_days };
    const held: HeldPeriod[] = [];
    const planned: PlannedLoan[] = [];

    for (const year of years) {
      // Runs of consecutive school weeks between the breaks, from the second week of the year (after the rentrée).
      const blocks: string[][] = [];
      let run: string[] = [];
      for (let monday = mondayOf(addDays(year.firstDay, 7)); addDays(monday, 4) <= year.lastDay; monday = addDays(monday, 7)) {
        if (inBreak(monday) || schoolDays(monday).length < 2) {
          if (run.length > 0) blocks.push(run);
          run = [];
        } else run.push(monday);
      }
      if (run.length > 0) blocks.push(run);

      const usedSchools = new Set<number>();
      /** One loan over consecutive school weeks: delivered on the first school day, picked up on the last. */
      const place = (span: readonly string[]): void => {
        const first = schoolDays(span[0]!);
        const last = schoolDays(span.at(-1)!);
        const deliveryDate = first[0]!;
        // Usually set up and opened the same day; sometimes opened the next morning.
        const startDate = random.next() < 0.4 && first.length > 1 ? first[1]! : deliveryDate;
        const pickupDate = last.at(-1)!;
        const endDate = random.next() < 0.25 && last.length > 1 ? last.at(-2)! : pickupDate;
        const dates: LoanDates = { deliveryDate, startDate, endDate, pickupDate };
        if (loanDateIssues(dates, bounds).length > 0 || loansInTheWay(dates, held, exhibition.buffer_days).length > 0) return;
        const free = schools.filter((school) => !usedSchools.has(school.id));
        if (free.length === 0) return;
        const visitsDuring = (schoolId: number) =>
          visits.filter((visit) => visit.school_id === schoolId && startDate <= visit.day && visit.day <= endDate);
        // A school that holds an exhibition visit during the loan is a natural borrower.
        const withVisits = free.filter((school) => visitsDuring(school.id).length > 0);
        const school = withVisits.length > 0 && random.next() < 0.6 ? random.pick(withVisits) : random.pick(free);
        usedSchools.add(school.id);
        held.push({ id: planned.length + 1, deliveryDate, pickupDate });
        planned.push({ ...dates, schoolId: school.id, eventIds: visitsDuring(school.id).map((visit) => visit.id), status: 'approved', statusReason: '' });
      };
      /** Back-to-back loans over a run of school weeks. */
      const fill = (block: readonly string[]): void => {
        let index = 0;
        while (block.length - index >= 2) {
          // Now and then the exhibition rests a week in storage.
          if (index > 0 && random.next() < 0.1) {
            index += 1;
            continue;
          }
          const left = block.length - index;
          let weeks = Math.min(random.pick(WEEK_CHOICES), left);
          if (left - weeks === 1 && weeks < 4) weeks += 1; // no lonely week at the end of a run
          place(block.slice(index, index + weeks));
          index += weeks;
        }
      };
      for (const block of blocks) {
        const first = block.indexOf(todayWeeks[0]!);
        const last = block.indexOf(todayWeeks.at(-1)!);
        if (first < 0 || last < 0) {
          fill(block);
          continue;
        }
        // Today falls in this run: one loan holds it (the demo's loan "out now"), the rest fill around it.
        const weeks = Math.min(Math.max(todayWeeks.length, random.pick(WEEK_CHOICES)), block.length);
        const start = random.int(Math.max(0, last - weeks + 1), Math.min(first, block.length - weeks));
        fill(block.slice(0, start));
        place(block.slice(start, start + weeks));
        fill(block.slice(start + weeks));
      }
    }

    // Statuses follow from today; among the coming loans (after the next delivery), two or three await approval.
    planned.sort((a, b) => (a.deliveryDate < b.deliveryDate ? -1 : 1));
    const future = planned.filter((loan) => loan.deliveryDate > today);
    const requested = new Set(future.slice(1, 1 + random.int(2, 3)));
    for (const loan of planned) {
      if (loan.pickupDate < today) loan.status = 'returned';
      else if (loan.deliveryDate <= today) loan.status = 'delivered';
      else loan.status = requested.has(loan) ? 'requested' : 'approved';
    }
    // A request for dates already taken, from a school without a loan that year: refused.
    const taken = future.find((loan, index) => index > 0 && loan.status === 'approved') ?? future[0] ?? planned.at(-1);
    if (taken !== undefined) {
      const yearOfTaken = schoolYearOf(taken.startDate).label;
      const borrowers = new Set(planned.filter((loan) => schoolYearOf(loan.startDate).label === yearOfTaken).map((loan) => loan.schoolId));
      const candidates = schools.filter((school) => !borrowers.has(school.id));
      const school = random.pick(candidates.length > 0 ? candidates : schools);
      planned.push({
        deliveryDate: taken.deliveryDate,
        startDate: taken.startDate,
        endDate: taken.endDate,
        pickupDate: taken.pickupDate,
        schoolId: school.id,
        eventIds: [],
        status: 'refused',
        statusReason: REFUSAL_REASON,
      });
    }

    const items: { id: number; kind: string }[] = await db('exhibition_items')
      .where({ exhibition_id: exhibition.id, retired: false })
      .orderBy('number')
      .select('id', 'kind');
    // What gets damaged on the road: panels and roll-ups (the notes describe them).
    const fragile = items.filter((item) => item.kind === 'panel' || item.kind === 'rollup');
    const returned = planned.filter((loan) => loan.status === 'returned');
    const damagedLoan = returned.at(-1) ?? null;
    const damage = new Map<number, string>();
    if (damagedLoan !== null && fragile.length > 0) {
      const wanted = Math.min(random.int(1, 2), fragile.length);
      while (damage.size < wanted) damage.set(random.pick(fragile).id, random.pick(DAMAGE_NOTES));
    }

    for (const loan of planned) {
      const school = schools.find((row) => row.id === loan.schoolId)!;
      const schoolContacts = contacts.filter((contact) => contact.school_id === school.id);
      const contact = schoolContacts.length > 0 ? random.pick(schoolContacts) : null;
      // Requested a few weeks ahead, never after today.
      let requestedOn = addDays(loan.deliveryDate, -random.int(21, 70));
      if (requestedOn >= today) requestedOn = addDays(today, -random.int(1, 10));
      const answeredOn = addDays(requestedOn, random.int(1, 6));
      const decidedOn = answeredOn < today ? answeredOn : requestedOn;
      const updatedOn =
        loan.status === 'returned' ? loan.pickupDate
        : loan.status === 'delivered' ? loan.deliveryDate
        : loan.status === 'requested' ? requestedOn
        : decidedOn;
      const loanId = await insertId(db, 'loans', {
        exhibition_id: exhibition.id,
        school_id: school.id,
        venue_name: '',
        address: `${school.street}, ${school.postal_code} ${school.city}`,
        contact_name: contact === null ? '' : `${contact.first_name} ${contact.last_name}`,
        contact_email: contact?.email ?? '',
        contact_phone: school.phone,
        delivery_date: loan.deliveryDate,
        start_date: loan.startDate,
        end_date: loan.endDate,
        pickup_date: loan.pickupDate,
        school_year: schoolYearOf(loan.startDate).label,
        status: loan.status,
        status_reason: loan.statusReason,
        notes: '',
        created_at: stamp(requestedOn, '08:30'),
        updated_at: stamp(updatedOn, loan.status === 'returned' ? '15:00' : '09:30'),
      });
      count += 1;
      // Every decision signed, as the app records them (loan_decisions).
      const decisions: { decision: string; at: string; reason: string }[] = [{ decision: 'requested', at: stamp(requestedOn, '08:30'), reason: '' }];
      if (loan.status === 'refused') decisions.push({ decision: 'refused', at: stamp(decidedOn, '09:30'), reason: loan.statusReason });
      else if (loan.status !== 'requested') decisions.push({ decision: 'approved', at: stamp(decidedOn, '09:30'), reason: '' });
      await db('loan_decisions').insert(
        decisions.map((row) => ({ loan_id: loanId, decision: row.decision, decided_at: row.at, decided_by: options.checkedBy, reason: row.reason })),
      );
      if (loan.eventIds.length > 0) {
        await db('loan_events').insert(loan.eventIds.map((eventId) => ({ loan_id: loanId, event_id: eventId })));
      }

      const phases: ('delivery' | 'return')[] =
        loan.status === 'returned' ? ['delivery', 'return'] : loan.status === 'delivered' ? ['delivery'] : [];
      for (const phase of phases) {
        const day = phase === 'delivery' ? loan.deliveryDate : loan.pickupDate;
        const checkId = await insertId(db, 'loan_checks', {
          loan_id: loanId,
          phase,
          checked_on: day,
          checked_by: options.checkedBy,
          notes: random.pick(CHECK_NOTES),
          created_at: stamp(day, phase === 'delivery' ? '10:00' : '15:00'),
        });
        // Damage found at the return of `damagedLoan` is still there when the next loan goes out.
        const damagedNow = (phase === 'return' && loan === damagedLoan) || (damagedLoan !== null && loan.deliveryDate > damagedLoan.pickupDate);
        await db.batchInsert(
          'loan_check_items',
          items.map((item) => {
            const note = damagedNow ? damage.get(item.id) : undefined;
            return {
              check_id: checkId,
              item_id: item.id,
              condition: note === undefined ? 'good' : 'damaged',
              note: note === undefined ? '' : loan === damagedLoan ? note : `Déjà signalé : ${note}`,
            };
          }),
          200,
        );
      }
      if (loan === damagedLoan) {
        for (const [itemId, note] of damage) {
          await db('exhibition_items')
            .where({ id: itemId })
            .update({ flag_condition: 'damaged', flag_note: note, flag_loan_id: loanId, flag_since: loan.pickupDate });
        }
      }
    }
  }
  return { loans: count };
}
