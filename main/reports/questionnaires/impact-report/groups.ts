// Where the pairs come from (one row per class at one activity) and the method note.
import { autoTable, type RowInput } from 'jspdf-autotable';
import type { AnalysisGroup } from '../../../../shared/domain/questionnaires/analysis';
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
  const options = tableOptions(cursor, 8);
  autoTable(cursor.doc, {
    ...options,
    columnStyles: {
      // Wide enough for "jeu. 12/03/2026" on one line and for every head word ("Appariés", "Before") whole.
      0: { cellWidth: 26 },
      3: { cellWidth: 14, halign: 'center' },
      4: { cellWidth: 14, halign: 'center' },
      5: { cellWidth: 17, halign: 'center' },
      6: { cellWidth: 19, halign: 'center' },
      7: { cellWidth: 17, halign: 'center' },
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

export function methodNote(cursor: Cursor): void {
  heading(cursor, cursor.words.methodTitle, 25);
  for (const { title, text } of cursor.words.method) {
    paragraph(cursor, title, { style: 'bold', size: 9.5, after: 0.5 });
    paragraph(cursor, text, { size: 9, after: 2.5 });
  }
}
