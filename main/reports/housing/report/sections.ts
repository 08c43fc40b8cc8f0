// The housing report's sections, top to bottom: title, key figures, units, occupancy, placements,
// registrations and deadlines. Each table lists every kind (a 0 is information too), ends with its total, the
// same total a year earlier and the change between the two.
import type { jsPDF } from 'jspdf';
import type { RowInput } from 'jspdf-autotable';
import { autoTable } from '../../kit/pdf-library';
import type { HousingReport, HousingReportFigures, ReportCount } from '../../../../shared/domain/housing/reports-api';
import { UNIT_STATUSES } from '../../../../shared/domain/housing/units';
import { belgianDate } from '../../../clock';
import { PDF_FONT, PDF_MARGIN, pdfText } from '../../pdf-kit';
import { type Cursor, GREY, heading, lineHeight, paragraph, setFont, tableOptions } from '../../kit/flow';
import type { ReportFormat, ReportWords } from './labels';

/** What every section draws with: where, in which words, with which number formats. */
export interface Page {
  cursor: Cursor;
  words: ReportWords;
  format: ReportFormat;
}

const PADDING = 1.5;

/** The width of the longest word of a header at this size, in bold, plus the cell's padding: never narrower. */
function widestWord(doc: jsPDF, text: string, fontSize: number): number {
  doc.setFont(PDF_FONT, 'bold');
  doc.setFontSize(fontSize);
  const widest = Math.max(...pdfText(text).split(/\s+/).map((word) => doc.getTextWidth(word)));
  return widest + 2 * PADDING + 0.6;
}

/**
 * A table of the report: first column the label, then right-aligned numbers. The last `totals` rows are the
 * total (bold) and, when given, the year earlier and the change (grey). Number columns are at least
 * `numberWidth` wide and never narrower than their header's longest word, so no header breaks mid-word.
 * Tables continue under the running head of the next page, with their header repeated and no row split.
 */
function table(cursor: Cursor, head: string[], body: string[][], options: { numberWidth?: number; totals?: 1 | 3; fontSize?: number } = {}): void {
  const { doc } = cursor;
  const fontSize = options.fontSize ?? 8.5;
  const totals = options.totals ?? 1;
  const columnStyles = Object.fromEntries(
    head.slice(1).map((title, index) => [index + 1, { halign: 'right' as const, cellWidth: Math.max(options.numberWidth ?? 22, widestWord(doc, title, fontSize)) }]),
  );
  const first = body.length - totals;
  autoTable(doc, {
    ...tableOptions(cursor, fontSize),
    columnStyles,
    head: [head.map(pdfText)],
    body: body.map((row): RowInput => row.map(pdfText)),
    didParseCell: (data) => {
      if (data.section === 'head' && data.column.index > 0) data.cell.styles.halign = 'right';
      if (data.section !== 'body') return;
      if (data.row.index === first) data.cell.styles.fontStyle = 'bold';
      if (data.row.index > first) data.cell.styles.textColor = GREY;
    },
  });
  cursor.afterTable(3);
}

/** The three closing rows of a table: the total, the same total a year earlier, the change. */
function totalRows<T>(words: ReportWords, current: T[], previous: T[], text: (value: T) => string, change: (now: T, before: T) => string): string[][] {
  return [
    [words.total, ...current.map(text)],
    [words.yearEarlier, ...previous.map(text)],
    [words.change, ...current.map((value, index) => change(value, previous[index]!))],
  ];
}

/**
 * About how tall a table of `rows` body rows is (a header of up to four lines, rows of one line): a section's
 * heading asks for that much room, so that a table short enough for one page is never cut, and its total never
 * printed on one page and the year before on the next.
 */
const tableHeight = (rows: number) => 16 + rows * 6.5;

/** A table's own title, kept on the page with at least `keep` mm of its table. */
function subheading(cursor: Cursor, title: string, keep: number): void {
  cursor.need(keep);
  paragraph(cursor, title, { style: 'bold', size: 9.5, after: 1 });
}

/** The note under a table that has withheld cells. */
function withheldNote({ cursor, words }: Page, counts: readonly ReportCount[]): void {
  if (counts.some((count) => count === null)) paragraph(cursor, words.withheldNote, { size: 8, colour: GREY });
  cursor.y += 4;
}

export function titleBlock({ cursor, words, format }: Page, report: HousingReport, generatedAt: Date): void {
  const { doc } = cursor;
  setFont(doc, 9, 'normal', GREY);
  doc.text(pdfText(words.kicker), PDF_MARGIN, 24);
  setFont(doc, 20, 'bold');
  doc.text(pdfText(words.title), PDF_MARGIN, 33);
  setFont(doc, 13, 'bold');
  const span = (figures: HousingReportFigures) =>
    `${words.period(format.day(figures.from), format.day(figures.to))} (${format.number(figures.nights)} ${words.nights(figures.nights)})`;
  doc.text(pdfText(span(report)), PDF_MARGIN, 41);
  setFont(doc, 10, 'normal', GREY);
  doc.text(pdfText(`${words.made(format.day(belgianDate(generatedAt)))} · ${words.aggregate}`), PDF_MARGIN, 41 + lineHeight(13));
  cursor.y = 41 + lineHeight(13) + 2;
  // Mid-sentence: "… un an plus tôt : du 1er janvier 2025 …".
  paragraph(cursor, words.compared(span(report.previous).replace(/^\S/, (letter) => letter.toLowerCase())), { size: 10, colour: GREY, after: 6 });
}

export function keyFigures(page: Page, report: HousingReport): void {
  const { cursor, words, format } = page;
  const w = words.keyFigures;
  heading(cursor, w.heading, { keep: tableHeight(12) + 12 });
  const before = report.previous;
  const plain = (now: number, then: number) => [format.number(now), format.number(then), format.change(now, then)];
  const counted = (now: ReportCount, then: ReportCount) => [format.count(now), format.count(then), format.change(now, then)];
  const rows: string[][] = [
    [w.unitsSupported, ...plain(report.units.total.supported, before.units.total.supported)],
    [w.places(format.day(report.to)), ...plain(report.units.total.places, before.units.total.places)],
    [w.bedNights, ...plain(report.occupancy.total.bedNights, before.occupancy.total.bedNights)],
    [w.rate, format.rate(report.occupancy.total.rate), format.rate(before.occupancy.total.rate), format.rateChange(report.occupancy.total.rate, before.occupancy.total.rate)],
    [w.placementsStarted, ...counted(report.placements.total.started, before.placements.total.started)],
    [w.placementsEnded, ...counted(report.placements.total.ended, before.placements.total.ended)],
    [w.peopleArrived, ...counted(report.placements.peopleArrived, before.placements.peopleArrived)],
    [w.registrationsStarted, ...counted(report.registrations.total.started, before.registrations.total.started)],
    [w.deadlinesDue, ...counted(report.deadlines.total.due, before.deadlines.total.due)],
    [w.deadlinesMet, ...counted(report.deadlines.total.met, before.deadlines.total.met)],
    [w.deadlinesMissed, ...counted(report.deadlines.total.missed, before.deadlines.total.missed)],
    [w.deadlinesOpen, ...counted(report.deadlines.total.open, before.deadlines.total.open)],
  ];
  const { doc } = cursor;
  autoTable(doc, {
    ...tableOptions(cursor, 9.5),
    columnStyles: Object.fromEntries([1, 2, 3].map((index) => [index, { halign: 'right' as const, cellWidth: 34 }])),
    head: [[w.figure, `${format.day(report.from)} – ${format.day(report.to)}`, words.yearEarlier, words.change].map(pdfText)],
    body: rows.map((row) => row.map(pdfText)),
    didParseCell: (data) => {
      if (data.section === 'head' && data.column.index > 0) data.cell.styles.halign = 'right';
      if (data.section === 'body' && data.column.index === 1) data.cell.styles.fontStyle = 'bold';
    },
  });
  cursor.afterTable(2);
  paragraph(cursor, w.note, { size: 8, colour: GREY, after: 1 });
  if (rows.some((row) => row.includes('< 5'))) paragraph(cursor, words.lessThanNote, { size: 8, colour: GREY, after: 1 });
  withheldNote(page, [report.deadlines.total.met, before.deadlines.total.met]);
  cursor.y += 2;
}

export function unitsSection({ cursor, words, format }: Page, report: HousingReport): void {
  const w = words.units;
  heading(cursor, w.heading, { keep: tableHeight(report.units.byKind.length + 3) });
  const { byKind, total, byStatusAtEnd } = report.units;
  const end = format.day(report.to);
  const cells = (row: typeof total) => [row.identified, row.supported, row.openAtEnd, row.activeAtEnd, row.places];
  table(
    cursor,
    [w.kind, w.identified, w.supported, w.openAt(end), w.activeAt(end), w.places],
    [
      ...byKind.map((row) => [words.unitKinds[row.kind], ...cells(row).map(format.number)]),
      ...totalRows(words, cells(total), cells(report.previous.units.total), format.number, format.change),
    ],
    { totals: 3 },
  );
  subheading(cursor, w.byStatus(end), tableHeight(3));
  const statusCells = (counts: typeof byStatusAtEnd) => [...UNIT_STATUSES.map((status) => counts[status]), UNIT_STATUSES.reduce((sum, status) => sum + counts[status], 0)];
  const now = statusCells(byStatusAtEnd);
  const then = statusCells(report.previous.units.byStatusAtEnd);
  table(
    cursor,
    [w.status, ...UNIT_STATUSES.map((status) => words.unitStatuses[status]), words.total],
    [
      [w.units, ...now.map(format.number)],
      [words.yearEarlier, ...then.map(format.number)],
      [words.change, ...now.map((value, index) => format.change(value, then[index]!))],
    ],
    { totals: 3 },
  );
  cursor.y += 4;
}

export function occupancySection({ cursor, words, format }: Page, report: HousingReport): void {
  const w = words.occupancy;
  const { byKind, total } = report.occupancy;
  const before = report.previous.occupancy.total;
  const rows = byKind.filter((row) => row.activeUnits > 0 || row.bedNights > 0);
  heading(cursor, w.heading, { keep: tableHeight(rows.length + 3) });
  if (rows.length === 0 && before.activeUnits === 0 && before.bedNights === 0) {
    paragraph(cursor, w.none, { after: 6 });
    return;
  }
  const numbers = (row: typeof total) => [row.activeUnits, row.placeNights, row.bedNights];
  table(
    cursor,
    [w.kind, w.activeUnits, w.placeNights, w.bedNights, w.rate],
    [
      ...rows.map((row) => [words.unitKinds[row.kind], ...numbers(row).map(format.number), format.rate(row.rate)]),
      [words.total, ...numbers(total).map(format.number), format.rate(total.rate)],
      [words.yearEarlier, ...numbers(before).map(format.number), format.rate(before.rate)],
      [words.change, ...numbers(total).map((value, index) => format.change(value, numbers(before)[index]!)), format.rateChange(total.rate, before.rate)],
    ],
    { numberWidth: 26, totals: 3 },
  );
  paragraph(cursor, w.omitted, { size: 8, colour: GREY, after: 6 });
}

export function placementsSection(page: Page, report: HousingReport): void {
  const { cursor, words, format } = page;
  const w = words.placements;
  heading(cursor, w.heading, { keep: tableHeight(report.placements.byKind.length + 3) });
  const { byKind, total, endedByReason } = report.placements;
  const before = report.previous.placements;
  table(
    cursor,
    [w.kind, w.started, w.ended],
    [
      ...byKind.map((row) => [words.unitKinds[row.kind], format.count(row.started), format.count(row.ended)]),
      ...totalRows(words, [total.started, total.ended], [before.total.started, before.total.ended], format.count, format.change),
    ],
    { numberWidth: 30, totals: 3 },
  );
  subheading(cursor, w.byReason, tableHeight(endedByReason.length + 3));
  table(
    cursor,
    [w.reason, w.placements],
    [
      ...endedByReason.map((row) => [words.endReasons[row.reason], format.count(row.count)]),
      ...totalRows(words, [total.ended], [before.total.ended], format.count, format.change),
    ],
    { numberWidth: 30, totals: 3 },
  );
  withheldNote(page, endedByReason.map((row) => row.count));
}

export function registrationsSection(page: Page, report: HousingReport): void {
  const { cursor, words, format } = page;
  const w = words.registrations;
  heading(cursor, w.heading, { keep: tableHeight(report.registrations.byKind.length + 3) });
  const { byKind, total } = report.registrations;
  const cells = (row: typeof total) => [row.requested, row.started, row.inForce, row.ended];
  table(
    cursor,
    [w.kind, w.requested, w.started, w.inForce, w.ended],
    [
      ...byKind.map((row) => [words.registrationKinds[row.kind], ...cells(row).map(format.count)]),
      ...totalRows(words, cells(total), cells(report.previous.registrations.total), format.count, format.change),
    ],
    { totals: 3 },
  );
  withheldNote(page, byKind.flatMap(cells));
}

export function deadlinesSection(page: Page, report: HousingReport): void {
  const { cursor, words, format } = page;
  const w = words.deadlines;
  heading(cursor, w.heading, { keep: tableHeight(report.deadlines.byKind.length + 3) });
  const { byKind, total } = report.deadlines;
  const cells = (row: typeof total) => [row.due, row.met, row.missed, row.open];
  table(
    cursor,
    [w.kind, w.due, w.met, w.missed, w.open],
    [
      ...byKind.map((row) => [words.taskKinds[row.kind], ...cells(row).map(format.count)]),
      ...totalRows(words, cells(total), cells(report.previous.deadlines.total), format.count, format.change),
    ],
    { totals: 3 },
  );
  withheldNote(page, [...byKind.flatMap(cells), ...cells(total)]);
}
