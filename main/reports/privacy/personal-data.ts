// A person's data export as a PDF (issue 20, right of access): the same object as the JSON file, printed for the
// person to read, in French or English, in the CPAS's frame. Data in, bytes out.
import type { PersonalDataExport, PersonalDataRegistration } from '../../../shared/domain/privacy/personal-data';
import { addFooters, type DocumentLanguage, institutionName, newDocument, PDF_FONT, PDF_MARGIN, pdfText, toBytes } from '../pdf-kit';
import { autoTable } from '../kit/pdf-library';
import { CONTENT_WIDTH, Cursor, GREY, heading, paragraph, setFont, tableOptions } from '../kit/flow';
import { reportFormat, WORDS as REPORT_WORDS } from '../housing/report/labels';
import { PERSONAL_DATA_WORDS, type PersonalDataWords } from './personal-data-words';

type Row = [label: string, value: string];

interface Page {
  cursor: Cursor;
  words: PersonalDataWords;
  report: (typeof REPORT_WORDS)[DocumentLanguage];
  day(date: string): string;
  /** A day or "—". */
  maybe(date: string | null): string;
}

export function buildPersonalDataPdf(data: PersonalDataExport, generatedAt: Date, language: DocumentLanguage = 'fr'): Uint8Array {
  const words = PERSONAL_DATA_WORDS[language];
  const format = reportFormat(language);
  const doc = newDocument({ title: words.title(data.person.code), language, institution: 'cpas' });
  const page: Page = {
    cursor: new Cursor(doc, 22),
    words,
    report: REPORT_WORDS[language],
    day: format.day,
    maybe: (date) => (date === null ? '—' : format.day(date)),
  };
  titleBlock(page, data, generatedAt, language);
  identitySection(page, data);
  householdSection(page, data);
  staysSection(page, data);
  registrationsSection(page, data);
  waitlistSection(page, data);
  leasesSection(page, data);
  accessLogSection(page, data);
  rightsSection(page);
  doc.setFont(PDF_FONT, 'normal');
  addFooters(doc, generatedAt);
  return toBytes(doc);
}

function titleBlock(page: Page, data: PersonalDataExport, generatedAt: Date, language: DocumentLanguage): void {
  const { cursor, words } = page;
  const { doc } = cursor;
  setFont(doc, 8, 'bold', GREY);
  doc.text(pdfText(words.kicker), PDF_MARGIN, cursor.y);
  cursor.y += 8;
  setFont(doc, 18, 'bold');
  doc.text(pdfText(words.title(data.person.code)), PDF_MARGIN, cursor.y);
  cursor.y += 7;
  const controller = institutionName('cpas', language);
  paragraph(cursor, words.intro(controller, page.day(generatedAt.toISOString().slice(0, 10))), { size: 9.5, colour: GREY, after: 5 });
}

/** A two-column table: label, value ('' shows as "not given"). */
function facts(page: Page, rows: Row[]): void {
  const { cursor, words } = page;
  autoTable(cursor.doc, {
    ...tableOptions(cursor, 9.5),
    body: rows.map(([label, value]) => [label, value === '' ? words.notGiven : value]),
    columnStyles: { 0: { cellWidth: 58, fontStyle: 'bold' }, 1: { cellWidth: CONTENT_WIDTH - 58 } },
  });
  cursor.afterTable();
}

function identitySection(page: Page, data: PersonalDataExport): void {
  const { words } = page;
  const person = data.person;
  heading(page.cursor, words.identity.heading);
  facts(page, [
    [words.identity.code, person.code],
    [words.identity.firstName, person.firstName],
    [words.identity.lastName, person.lastName],
    [words.identity.residenceStatus, person.residenceStatus === null ? '' : words.residenceStatuses[person.residenceStatus]],
    [words.identity.birthYear, person.birthYear === null ? '' : String(person.birthYear)],
    [words.identity.contact, person.contact],
    [words.identity.languages, person.languages.map(words.language).join(', ')],
    [words.identity.created, words.instant(person.createdAt)],
    [words.identity.updated, words.instant(person.updatedAt)],
  ]);
}

function householdSection(page: Page, data: PersonalDataExport): void {
  const { words } = page;
  const household = data.household;
  heading(page.cursor, words.household.heading);
  const notice =
    household.noticeGivenAt === null
      ? words.household.noticeNotGiven
      : words.household.noticeGiven(page.day(household.noticeGivenAt), household.noticeLanguage === null ? '—' : words.language(household.noticeLanguage));
  facts(page, [
    [words.household.code, household.code],
    [words.household.size, String(household.size)],
    [words.household.notes, household.notes],
    [words.household.notice, notice],
    [words.household.others, household.otherMemberCodes.length === 0 ? words.household.nobodyElse : household.otherMemberCodes.join(', ')],
  ]);
  paragraph(page.cursor, words.household.othersNote, { size: 8.5, colour: GREY, after: 4 });
}

function staysSection(page: Page, data: PersonalDataExport): void {
  const { cursor, words, report } = page;
  const w = words.stays;
  heading(cursor, w.heading);
  if (data.stays.length === 0) {
    paragraph(cursor, w.none, { after: 4 });
    return;
  }
  autoTable(cursor.doc, {
    ...tableOptions(cursor),
    head: [[w.unit, w.kind, w.places, w.start, w.plannedEnd, w.actualEnd, w.reason, w.notes]],
    body: data.stays.map((stay) => [
      `${stay.unitCode}\n${stay.unitAddress}`,
      report.unitKinds[stay.unitKind],
      String(stay.places),
      page.day(stay.start),
      page.maybe(stay.plannedEnd),
      page.maybe(stay.actualEnd),
      stay.endReason === null ? '—' : report.endReasons[stay.endReason],
      stay.notes,
    ]),
    columnStyles: { 0: { cellWidth: 32 }, 7: { cellWidth: 38 } },
  });
  cursor.afterTable();
}

function registrationsSection(page: Page, data: PersonalDataExport): void {
  const { cursor, words } = page;
  // Kept with the first registration's heading and its first rows.
  heading(cursor, words.registrations.heading, { keep: 70 });
  if (data.registrations.length === 0) {
    paragraph(cursor, words.registrations.none, { after: 4 });
    return;
  }
  data.registrations.forEach((registration, index) => registrationBlock(page, registration, index + 1));
}

function registrationBlock(page: Page, registration: PersonalDataRegistration, index: number): void {
  const { cursor, words, report } = page;
  const w = words.registrations;
  heading(cursor, w.item(index, report.registrationKinds[registration.kind]), { size: 11, keep: 40 });
  const rows: Row[] = [
    [w.status, words.registrationStatuses[registration.status]],
    [w.unit, registration.unitCode === null ? words.none : `${registration.unitCode} — ${registration.unitAddress ?? ''}`],
    [w.requestDate, page.maybe(registration.requestDate)],
    [w.decisionDate, page.maybe(registration.decisionDate)],
    [w.startDate, page.maybe(registration.startDate)],
    [w.endDate, page.maybe(registration.endDate)],
    [w.communeReference, registration.communeReference],
    [w.notes, registration.notes],
  ];
  if (registration.forwarding) rows.push([w.forwarding, w.forwarded(page.day(registration.forwarding.receivedDate), registration.forwarding.forwardedDate && page.day(registration.forwarding.forwardedDate))]);
  if (registration.move) rows.push([w.move, w.moved(page.day(registration.move.date), registration.move.declaredDate && page.day(registration.move.declaredDate))]);
  if (registration.policeCheckDate) rows.push([w.policeCheck, page.day(registration.policeCheckDate)]);
  if (registration.absence) rows.push([w.absence, w.absent(page.day(registration.absence.notFoundSince), registration.absence.resolvedDate && page.day(registration.absence.resolvedDate))]);
  rows.push([w.contacts, registration.contactDates.length === 0 ? words.none : registration.contactDates.map(page.day).join(', ')]);
  facts(page, rows);
  if (registration.deadlines.length === 0) {
    paragraph(cursor, `${w.deadlines} — ${w.noDeadline}`, { size: 9, after: 4 });
    return;
  }
  autoTable(cursor.doc, {
    ...tableOptions(cursor),
    head: [[w.deadline, w.from, w.due, w.done, words.registrations.status, w.outcome]],
    body: registration.deadlines.map((task) => [
      report.taskKinds[task.kind],
      page.day(task.fromDate),
      page.day(task.dueDate),
      page.maybe(task.doneDate),
      words.taskStatuses[task.status],
      words.outcomes[task.outcome],
    ]),
    columnStyles: { 0: { cellWidth: 52 } },
  });
  cursor.afterTable();
}

function waitlistSection(page: Page, data: PersonalDataExport): void {
  const { cursor, words, report } = page;
  const w = words.waitlist;
  heading(cursor, w.heading);
  if (data.waitingList.length === 0) {
    paragraph(cursor, w.none, { after: 4 });
    return;
  }
  autoTable(cursor.doc, {
    ...tableOptions(cursor),
    head: [[w.requested, w.priority, w.places, w.kinds, w.status, w.closed]],
    body: data.waitingList.map((entry) => [
      page.day(entry.requestedDate),
      words.priorities[entry.priority],
      String(entry.placesNeeded),
      entry.unitKinds.length === 0 ? w.anyKind : entry.unitKinds.map((kind) => report.unitKinds[kind]).join(', '),
      words.waitlistStatuses[entry.status],
      page.maybe(entry.closedDate),
    ]),
  });
  cursor.afterTable();
}

function leasesSection(page: Page, data: PersonalDataExport): void {
  if (data.rollingLeases.length === 0) return;
  const { cursor, words } = page;
  const w = words.leases;
  heading(cursor, w.heading, { keep: 70 });
  paragraph(cursor, w.intro, { size: 8.5, colour: GREY, after: 3 });
  for (const lease of data.rollingLeases) {
    heading(cursor, w.unit(lease.unitCode), { size: 11, keep: 30 });
    facts(page, [
      [w.operator, lease.operator],
      [w.subleaseStart, page.day(lease.subleaseStart)],
      [w.renewals, lease.renewals.length === 0 ? words.none : lease.renewals.map(page.day).join(', ')],
      [w.transferDate, page.maybe(lease.transferDate)],
      [w.endDate, page.maybe(lease.endDate)],
      [w.objectives, lease.objectives],
      [w.outcome, lease.outcome],
      ...lease.reviews.map((review): Row => [w.review(page.day(review.date)), review.notes]),
    ]);
  }
}

function accessLogSection(page: Page, data: PersonalDataExport): void {
  const { cursor, words } = page;
  const w = words.accessLog;
  heading(cursor, w.heading);
  paragraph(cursor, w.intro, { size: 8.5, colour: GREY, after: 3 });
  autoTable(cursor.doc, {
    ...tableOptions(cursor),
    head: [[w.when, w.action, w.concerns, w.by]],
    body: data.accessLog.map((entry) => [words.instant(entry.at), words.actions[entry.action], entry.concerns === 'person' ? w.person : w.household, w.staff]),
    columnStyles: { 0: { cellWidth: 34 }, 1: { cellWidth: 32 }, 2: { cellWidth: 30 } },
  });
  cursor.afterTable();
}

function rightsSection(page: Page): void {
  const { cursor, words } = page;
  heading(cursor, words.rights.heading, { keep: 20 });
  for (const text of words.rights.text) paragraph(cursor, text, { size: 9.5, after: 3 });
}
