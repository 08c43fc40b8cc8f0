// Where the pairs come from (one row per class at one activity) and the method note.
import { autoTable, type RowInput } from 'jspdf-autotable';
import type { AnalysisGroup } from '../../../../shared/domain/questionnaires/analysis';
import { formatShortDateFr } from '../../../exports/labels-fr';
import { pdfText } from '../../pdf-kit';
import { formatCount, formatPublished, formatRate } from './format';
import { type Cursor, heading, paragraph, tableOptions } from './layout';
import { METHOD_NOTE } from './texts';

export function groupsTable(cursor: Cursor, groups: readonly AnalysisGroup[]): void {
  heading(cursor, 'Classes et activités');
  if (groups.length === 0) {
    paragraph(cursor, "Aucune classe n'a reçu ce questionnaire dans ce périmètre.");
    return;
  }
  const options = tableOptions(cursor, 8);
  autoTable(cursor.doc, {
    ...options,
    columnStyles: {
      0: { cellWidth: 24 },
      3: { cellWidth: 12, halign: 'center' },
      4: { cellWidth: 12, halign: 'center' },
      5: { cellWidth: 16, halign: 'center' },
      6: { cellWidth: 19, halign: 'center' },
      7: { cellWidth: 16, halign: 'center' },
    },
    head: [['Date', 'Activité', 'Classe — école', 'Avant', 'Après', 'Appariés', "Taux d'app.", 'À vérifier'].map(pdfText)],
    body: groups.map((group): RowInput => [
      pdfText(formatShortDateFr(group.eventDate)),
      pdfText(group.eventTitle),
      pdfText(`${group.className} — ${group.schoolName}`),
      pdfText(formatPublished(group.counts.before)),
      pdfText(formatPublished(group.counts.after)),
      pdfText(formatPublished(group.counts.paired)),
      pdfText(formatRate(group.counts.matchRate)),
      pdfText(formatCount(group.counts.pendingCandidates)),
    ]),
  });
  cursor.afterTable(8);
}

export function methodNote(cursor: Cursor): void {
  heading(cursor, 'Méthode', 25);
  for (const { title, text } of METHOD_NOTE) {
    paragraph(cursor, title, { style: 'bold', size: 9.5, after: 0.5 });
    paragraph(cursor, text, { size: 9, after: 2.5 });
  }
}
