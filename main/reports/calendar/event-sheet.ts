import { autoTable } from '../kit/pdf-library';
import type { SchoolEvent } from '../../../shared/domain/calendar/events';
import { contactLine, NO_REACH, type EventReach } from '../../../shared/domain/calendar/event-reach';
import type { DocumentLanguage } from '../../../shared/domain/documents';
import { addFooters, newDocument, PAGE_BOTTOM, PAGE_TOP, PDF_FONT, PDF_MARGIN, pdfText, TABLE_MARGIN, toBytes } from '../pdf-kit';
import { drawEventQuestionnaires, type EventQuestionnaires } from './event-sheet-questionnaires';
import { EVENT_SHEET_WORDS } from './event-sheet-words';

function count(value: number | null): string {
  return value === null ? '—' : String(value);
}

function lastTableEnd(doc: ReturnType<typeof newDocument>): number {
  return (doc as unknown as { lastAutoTable: { finalY: number } }).lastAutoTable.finalY;
}

/**
 * The event sheet: what, when, where, who and attendance, on one page. Data in, bytes out: no I/O here.
 * `questionnaires` (for coordinators, when questionnaires were given at the event) adds their summary at the end.
 * Written in `language` (the interface's that asked for it); names and notes are printed as typed, in any script.
 * `reach` puts the school's address and whom to call (teacher or contact, phones) under the school's name.
 */
export function buildEventSheet(
  event: SchoolEvent,
  generatedAt: Date,
  questionnaires: EventQuestionnaires | null = null,
  language: DocumentLanguage = 'fr',
  reach: EventReach = NO_REACH,
): Uint8Array {
  const words = EVENT_SHEET_WORDS[language];
  const doc = newDocument({ title: words.title(event.title), language });
  doc.setFont(PDF_FONT, 'normal');
  doc.setFontSize(9);
  doc.setTextColor(110, 110, 110);
  doc.text(pdfText(words.kicker(words.types[event.type], event.schoolYear)), PDF_MARGIN, 26);
  doc.setTextColor(20, 20, 20);
  doc.setFont(PDF_FONT, 'bold');
  doc.setFontSize(17);
  const titleLines = doc.splitTextToSize(pdfText(event.title), 210 - 2 * PDF_MARGIN);
  doc.text(titleLines, PDF_MARGIN, 35);
  let y = 35 + titleLines.length * 7;
  doc.setFont(PDF_FONT, 'normal');
  doc.setFontSize(11);
  doc.text(pdfText(`${words.slot(event.start, event.end)} · ${words.statuses[event.status]}`), PDF_MARGIN, y);
  y += 6;

  const rows: [string, string][] = [
    [words.school, event.schoolName],
    [words.address, reach.address || '—'],
    [words.contact, reach.contacts.map(contactLine).join('\n') || '—'],
    [words.schoolPhone, reach.schoolPhone.trim() || '—'],
    [words.classes, event.classes.map((item) => `${item.name} (${words.pupils(item.pupilCount)})`).join('\n') || '—'],
    [words.place, event.location || '—'],
    [words.partners, event.partners.map((item) => item.name).join(', ') || '—'],
    [words.facilitator, event.facilitatorName ?? '—'],
    [words.themesLabel, event.themes.map((theme) => words.themes[theme]).join(', ') || '—'],
  ];
  if (event.status === 'cancelled') rows.push([words.cancelReason, event.cancelReason]);
  autoTable(doc, {
    startY: y,
    margin: TABLE_MARGIN,
    theme: 'plain',
    rowPageBreak: 'avoid',
    styles: { font: PDF_FONT, fontSize: 10, cellPadding: 2.2 },
    columnStyles: { 0: { fontStyle: 'bold', cellWidth: 42, textColor: [90, 90, 90] } },
    body: rows.map(([label, value]) => [pdfText(label), pdfText(value)]),
  });

  // The heading and its small table stay together: a new page when they would not both fit.
  let afterDetails = lastTableEnd(doc) + 8;
  if (afterDetails + 30 > PAGE_BOTTOM) {
    doc.addPage();
    afterDetails = PAGE_TOP + 4;
  }
  doc.setFont(PDF_FONT, 'bold');
  doc.setFontSize(12);
  doc.text(pdfText(words.attendance), PDF_MARGIN, afterDetails);
  autoTable(doc, {
    startY: afterDetails + 3,
    margin: TABLE_MARGIN,
    theme: 'grid',
    rowPageBreak: 'avoid',
    headStyles: { fillColor: [240, 240, 240], textColor: [20, 20, 20], fontStyle: 'bold' },
    styles: { font: PDF_FONT, fontSize: 10, halign: 'center' },
    columnStyles: { 0: { halign: 'left' } },
    head: [['', pdfText(words.expected), pdfText(words.present)]],
    body: [
      [pdfText(words.pupilsRow), count(event.pupilsExpected), count(event.pupilsPresent)],
      [pdfText(words.teachersRow), count(event.teachersExpected), count(event.teachersPresent)],
    ],
  });

  let end = lastTableEnd(doc);
  if (event.notes.trim() !== '') {
    let at = end + 8;
    if (at + 12 > PAGE_BOTTOM) {
      doc.addPage();
      at = PAGE_TOP + 4;
    }
    doc.setFont(PDF_FONT, 'bold');
    doc.setFontSize(12);
    doc.text(pdfText(words.notes), PDF_MARGIN, at);
    doc.setFont(PDF_FONT, 'normal');
    doc.setFontSize(10);
    const step = doc.getLineHeight() / doc.internal.scaleFactor;
    at += 6;
    // Line by line: long notes go on to the next page rather than under the footer.
    for (const part of doc.splitTextToSize(pdfText(event.notes), 210 - 2 * PDF_MARGIN) as string[]) {
      if (at > PAGE_BOTTOM) {
        doc.addPage();
        at = PAGE_TOP + 4;
      }
      doc.text(part, PDF_MARGIN, at);
      at += step;
    }
    end = at;
  }
  if (questionnaires) drawEventQuestionnaires(doc, questionnaires, end + 10, language);

  addFooters(doc, generatedAt);
  return toBytes(doc);
}
