// The housing report's sections, top to bottom: title, key figures, units, occupancy, placements,
// registrations and deadlines. Each table lists every kind (a 0 is information too) and ends with a total.
import { autoTable, type RowInput } from 'jspdf-autotable';
import type { HousingReport, ReportCount } from '../../../../shared/domain/housing/reports-api';
import { UNIT_STATUSES } from '../../../../shared/domain/housing/units';
import { belgianDate } from '../../../clock';
import { PDF_MARGIN, pdfText } from '../../pdf-kit';
import { type Cursor, GREY, heading, lineHeight, paragraph, setFont, tableOptions } from '../../questionnaires/impact-report/layout';
import {
  END_REASON_FR,
  formatCount,
  formatDay,
  formatNumber,
  formatRate,
  REGISTRATION_KIND_FR,
  REPORT_TITLE,
  TASK_KIND_FR,
  UNIT_KIND_FR,
  UNIT_STATUS_FR,
  WITHHELD,
} from './labels';

const numbers = (count: number) => ({ halign: 'right' as const, cellWidth: count });

/** A table of the report: first column the label, then right-aligned numbers; the last row (total) bold. */
function table(cursor: Cursor, head: string[], body: string[][], numberWidth = 24): void {
  const options = tableOptions(cursor, 8.5);
  const columnStyles = Object.fromEntries(head.slice(1).map((_, index) => [index + 1, numbers(numberWidth)]));
  autoTable(cursor.doc, {
    ...options,
    columnStyles,
    head: [head.map(pdfText)],
    body: body.map((row): RowInput => row.map(pdfText)),
    didParseCell: (data) => {
      if (data.section === 'body' && data.row.index === body.length - 1) data.cell.styles.fontStyle = 'bold';
      if (data.section === 'head' && data.column.index > 0) data.cell.styles.halign = 'right';
    },
  });
  cursor.afterTable(3);
}

/** The note under a table that has withheld cells. */
function withheldNote(cursor: Cursor, counts: readonly ReportCount[]): void {
  if (counts.some((count) => count === null)) {
    paragraph(cursor, `${WITHHELD} : non publié, moins de 5 au total (voir « Méthode »).`, { size: 8, colour: GREY });
  }
  cursor.y += 4;
}

export function titleBlock(cursor: Cursor, report: HousingReport, generatedAt: Date): void {
  const { doc } = cursor;
  setFont(doc, 9, 'normal', GREY);
  doc.text(pdfText('RAPPORT LOGEMENT · ACTION 7 « ACCÈS SOLIDAIRE ET INNOVANT AU LOGEMENT »'), PDF_MARGIN, 24);
  setFont(doc, 20, 'bold');
  doc.text(pdfText(REPORT_TITLE), PDF_MARGIN, 33);
  setFont(doc, 13, 'bold');
  const nights = `${formatNumber(report.nights)} ${report.nights > 1 ? 'nuits' : 'nuit'}`;
  doc.text(pdfText(`Du ${formatDay(report.from)} au ${formatDay(report.to)} (${nights})`), PDF_MARGIN, 41);
  setFont(doc, 10, 'normal', GREY);
  doc.text(pdfText(`Établi le ${formatDay(belgianDate(generatedAt))} · données agrégées, sans nom ni code de personne ou de ménage`), PDF_MARGIN, 41 + lineHeight(13));
  cursor.y = 41 + lineHeight(13) + 8;
}

export function keyFigures(cursor: Cursor, report: HousingReport): void {
  heading(cursor, 'En bref', 20);
  const options = tableOptions(cursor, 9.5);
  autoTable(cursor.doc, {
    ...options,
    styles: { ...options.styles, halign: 'center' },
    head: [['Unités soutenues', `Places au ${formatDay(report.to)}`, 'Nuitées', "Taux d'occupation", 'Placements commencés', 'Placements terminés'].map(pdfText)],
    body: [
      [
        formatNumber(report.units.total.supported),
        formatNumber(report.units.total.places),
        formatNumber(report.occupancy.total.bedNights),
        formatRate(report.occupancy.total.rate),
        formatCount(report.placements.total.started),
        formatCount(report.placements.total.ended),
      ].map(pdfText),
    ],
  });
  cursor.afterTable(2);
  paragraph(cursor, '« Unités soutenues » : soutenues pour la première fois pendant la période.', { size: 8, colour: GREY, after: 6 });
}

export function unitsSection(cursor: Cursor, report: HousingReport): void {
  heading(cursor, 'Unités de logement', 60);
  const { byKind, total, byStatusAtEnd } = report.units;
  const end = formatDay(report.to);
  table(
    cursor,
    ['Type', 'Identifiées', 'Soutenues', `Ouvertes au ${end}`, `Actives au ${end}`, 'Places'],
    [
      ...byKind.map((row) => [UNIT_KIND_FR[row.kind], ...[row.identified, row.supported, row.openAtEnd, row.activeAtEnd, row.places].map(formatNumber)]),
      ['Total', ...[total.identified, total.supported, total.openAtEnd, total.activeAtEnd, total.places].map(formatNumber)],
    ],
    22,
  );
  paragraph(cursor, `Unités par statut au ${end}`, { style: 'bold', size: 9.5, after: 1 });
  table(
    cursor,
    ['Statut', ...UNIT_STATUSES.map((status) => UNIT_STATUS_FR[status]), 'Total'],
    [['Unités', ...UNIT_STATUSES.map((status) => formatNumber(byStatusAtEnd[status])), formatNumber(UNIT_STATUSES.reduce((sum, status) => sum + byStatusAtEnd[status], 0))]],
    22,
  );
  cursor.y += 4;
}

export function occupancySection(cursor: Cursor, report: HousingReport): void {
  heading(cursor, 'Places et occupation', 40);
  const { byKind, total } = report.occupancy;
  const rows = byKind.filter((row) => row.activeUnits > 0 || row.bedNights > 0);
  if (rows.length === 0) {
    paragraph(cursor, "Aucune unité n'a été active et personne n'a été hébergé pendant la période.", { after: 6 });
    return;
  }
  table(
    cursor,
    ['Type', 'Unités actives', 'Places-nuits offertes', 'Nuitées', "Taux d'occupation"],
    [
      ...rows.map((row) => [UNIT_KIND_FR[row.kind], formatNumber(row.activeUnits), formatNumber(row.placeNights), formatNumber(row.bedNights), formatRate(row.rate)]),
      ['Total', formatNumber(total.activeUnits), formatNumber(total.placeNights), formatNumber(total.bedNights), formatRate(total.rate)],
    ],
    28,
  );
  paragraph(cursor, 'Types sans unité active ni nuitée pendant la période : non repris.', { size: 8, colour: GREY, after: 6 });
}

export function placementsSection(cursor: Cursor, report: HousingReport): void {
  heading(cursor, 'Placements', 50);
  const { byKind, total, endedByReason, peopleArrived } = report.placements;
  table(
    cursor,
    ['Type', 'Commencés', 'Terminés'],
    [...byKind.map((row) => [UNIT_KIND_FR[row.kind], formatCount(row.started), formatCount(row.ended)]), ['Total', formatCount(total.started), formatCount(total.ended)]],
    30,
  );
  paragraph(cursor, `Personnes arrivées (places des placements commencés) : ${formatCount(peopleArrived)}.`, { size: 9, after: 3 });
  paragraph(cursor, 'Placements terminés par motif', { style: 'bold', size: 9.5, after: 1 });
  table(
    cursor,
    ['Motif', 'Placements'],
    [...endedByReason.map((row) => [END_REASON_FR[row.reason], formatCount(row.count)]), ['Total', formatCount(total.ended)]],
    30,
  );
  withheldNote(cursor, [...byKind.flatMap((row) => [row.started, row.ended]), ...endedByReason.map((row) => row.count)]);
}

export function registrationsSection(cursor: Cursor, report: HousingReport): void {
  heading(cursor, 'Domiciliations', 40);
  const { byKind, total } = report.registrations;
  const cells = (row: typeof total) => [row.requested, row.started, row.inForce, row.ended];
  table(
    cursor,
    ['Type', 'Demandes', 'Débuts', 'En cours', 'Fins'],
    [...byKind.map((row) => [REGISTRATION_KIND_FR[row.kind], ...cells(row).map(formatCount)]), ['Total', ...cells(total).map(formatCount)]],
    22,
  );
  withheldNote(cursor, byKind.flatMap(cells));
}

export function deadlinesSection(cursor: Cursor, report: HousingReport): void {
  heading(cursor, 'Échéances légales', 40);
  const { byKind, total } = report.deadlines;
  const cells = (row: typeof total) => [row.due, row.met, row.missed, row.open];
  table(
    cursor,
    ['Échéance', 'Échues', 'Respectées', 'Manquées', 'Encore ouvertes'],
    [...byKind.map((row) => [TASK_KIND_FR[row.kind], ...cells(row).map(formatCount)]), ['Total', ...cells(total).map(formatCount)]],
    22,
  );
  withheldNote(cursor, [...byKind.flatMap(cells), ...cells(total)]);
}
