// Where the pairs come from (one row per class at one activity) and the method note.
import type { RowInput } from 'jspdf-autotable';
import { autoTable } from '../../kit/pdf-library';
import type { AnalysisGroup, AnalysisYear } from '../../../../shared/domain/questionnaires/analysis';
import { pdfText } from '../../pdf-kit';
import { formatCount, formatPublished, formatRate, formatShortDate } from './format';
import { type Cursor, heading, paragraph, tableOptions } from './layout';

export function groupsTable(cursor: Cursor, groups: readonly AnalysisGroup[]): void {
  const { words, language } = cursor;
  heading(cursor, words.groupsTitle);
  if (groups.length === 0) {
    paragraph(cursor, words.noGroups);
    return;
  }
  const options = tableOptions(cursor, 7.5);
  autoTable(cursor.doc, {
    ...options,
    styles: { ...options.styles, cellPadding: 1.2 },
    headStyles: { ...options.headStyles, fontSize: 7 },
    columnStyles: {
      // Wide enough for "mer. 03/09/2025" on one line and for every head word ("Appariés", "Before",
      // "vérifier") whole; the activity and the class share what is left, so rows stay two or three lines.
      0: { cellWidth: 25 },
      3: { cellWidth: 13, halign: 'center' },
      4: { cellWidth: 13, halign: 'center' },
      5: { cellWidth: 16, halign: 'center' },
      6: { cellWidth: 15, halign: 'center' },
      7: { cellWidth: 16, halign: 'center' },
    },
    head: [words.groupsHead.map(pdfText)],
    body: groups.map((group): RowInput => [
      pdfText(formatShortDate(group.eventDate, language)),
      pdfText(group.eventTitle),
      pdfText(`${group.className} — ${group.schoolName}`),
      pdfText(formatPublished(group.counts.before, language)),
      pdfText(formatPublished(group.counts.after, language)),
      pdfText(formatPublished(group.counts.paired, language)),
      pdfText(formatRate(group.counts.matchRate, language)),
      pdfText(formatCount(group.counts.pendingCandidates, language)),
    ]),
  });
  cursor.afterTable(8);
}

/**
 * Over several school years, one row per year instead of one per class: ten years hold 1,800 classes, a
 * 40-page table nobody reads that made most of the report's time (issue 19). Counts are the year's pooled
 * counts, published with the "< 5" rule like the totals.
 */
export function yearsTable(cursor: Cursor, years: readonly AnalysisYear[]): void {
  const { words, language } = cursor;
  heading(cursor, words.yearsTitle);
  paragraph(cursor, words.yearsIntro, { size: 9, after: 2 });
  const options = tableOptions(cursor, 8);
  autoTable(cursor.doc, {
    ...options,
    columnStyles: Object.fromEntries([1, 2, 3, 4, 5, 6, 7].map((column) => [column, { halign: 'center' as const }])),
    head: [words.yearsHead.map(pdfText)],
    body: years.map((year): RowInput => [
      pdfText(year.schoolYear),
      pdfText(formatCount(year.events, language)),
      pdfText(formatCount(year.classes, language)),
      pdfText(formatPublished(year.counts.before, language)),
      pdfText(formatPublished(year.counts.after, language)),
      pdfText(formatPublished(year.counts.paired, language)),
      pdfText(formatRate(year.counts.matchRate, language)),
      pdfText(formatCount(year.counts.pendingCandidates, language)),
    ]),
  });
  cursor.afterTable(8);
}

export function methodNote(cursor: Cursor): void {
  heading(cursor, cursor.words.methodTitle, 25);
  for (const { title, text } of cursor.words.method) {
    paragraph(cursor, title, { style: 'bold', size: 9.5, after: 0.5 });
    paragraph(cursor, text, { size: 9, after: 2.5 });
  }
}
