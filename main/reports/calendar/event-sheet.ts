import { autoTable } from 'jspdf-autotable';
import type { SchoolEvent } from '../../../shared/domain/calendar/events';
import { EVENT_STATUS_FR, EVENT_THEME_FR, EVENT_TYPE_FR, formatSlotFr } from '../../exports/labels-fr';
import { addFooters, newDocument, PDF_FONT, PDF_MARGIN, pdfText, toBytes } from '../pdf-kit';
import { drawEventQuestionnaires, type EventQuestionnaires } from './event-sheet-questionnaires';

function count(value: number | null): string {
  return value === null ? '—' : String(value);
}

/**
 * The event sheet: what, when, where, who and attendance, on one page. Data in, bytes out: no I/O here.
 * `questionnaires` (for coordinators, when questionnaires were given at the event) adds their summary at the end.
 */
export function buildEventSheet(event: SchoolEvent, generatedAt: Date, questionnaires: EventQuestionnaires | null = null): Uint8Array {
  const doc = newDocument({ title: `Fiche d'activité — ${event.title}`, language: 'fr' });
  doc.setFont(PDF_FONT, 'normal');
  doc.setFontSize(9);
  doc.setTextColor(110, 110, 110);
  doc.text(pdfText(`FICHE D'ACTIVITÉ · ${EVENT_TYPE_FR[event.type].toUpperCase()} · ANNÉE SCOLAIRE ${event.schoolYear}`), PDF_MARGIN, 26);
  doc.setTextColor(20, 20, 20);
  doc.setFont(PDF_FONT, 'bold');
  doc.setFontSize(17);
  const titleLines = doc.splitTextToSize(pdfText(event.title), 210 - 2 * PDF_MARGIN);
  doc.text(titleLines, PDF_MARGIN, 35);
  let y = 35 + titleLines.length * 7;
  doc.setFont(PDF_FONT, 'normal');
  doc.setFontSize(11);
  doc.text(pdfText(`${formatSlotFr(event.start, event.end)} · ${EVENT_STATUS_FR[event.status]}`), PDF_MARGIN, y);
  y += 6;

  const rows: [string, string][] = [
    ['École', event.schoolName],
    ['Classes', event.classes.map((item) => `${item.name} (${item.pupilCount} élèves)`).join('\n') || '—'],
    ['Lieu', event.location || '—'],
    ['Partenaires', event.partners.map((item) => item.name).join(', ') || '—'],
    ['Intervenant·e', event.facilitatorName ?? '—'],
    ['Thèmes', event.themes.map((theme) => EVENT_THEME_FR[theme]).join(', ') || '—'],
  ];
  if (event.status === 'cancelled') rows.push(["Motif d'annulation", event.cancelReason]);
  autoTable(doc, {
    startY: y,
    margin: { left: PDF_MARGIN, right: PDF_MARGIN },
    theme: 'plain',
    styles: { font: PDF_FONT, fontSize: 10, cellPadding: 2.2 },
    columnStyles: { 0: { fontStyle: 'bold', cellWidth: 42, textColor: [90, 90, 90] } },
    body: rows.map(([label, value]) => [pdfText(label), pdfText(value)]),
  });

  const afterDetails = (doc as unknown as { lastAutoTable: { finalY: number } }).lastAutoTable.finalY + 8;
  doc.setFont(PDF_FONT, 'bold');
  doc.setFontSize(12);
  doc.text('Participation', PDF_MARGIN, afterDetails);
  autoTable(doc, {
    startY: afterDetails + 3,
    margin: { left: PDF_MARGIN, right: PDF_MARGIN },
    theme: 'grid',
    headStyles: { fillColor: [240, 240, 240], textColor: [20, 20, 20], fontStyle: 'bold' },
    styles: { font: PDF_FONT, fontSize: 10, halign: 'center' },
    columnStyles: { 0: { halign: 'left' } },
    head: [['', 'Prévus', 'Présents']],
    body: [
      [pdfText('Élèves'), count(event.pupilsExpected), count(event.pupilsPresent)],
      ['Enseignants', count(event.teachersExpected), count(event.teachersPresent)],
    ],
  });

  let end = (doc as unknown as { lastAutoTable: { finalY: number } }).lastAutoTable.finalY;
  if (event.notes.trim() !== '') {
    const afterAttendance = end + 8;
    doc.setFont(PDF_FONT, 'bold');
    doc.setFontSize(12);
    doc.text('Remarques', PDF_MARGIN, afterAttendance);
    doc.setFont(PDF_FONT, 'normal');
    doc.setFontSize(10);
    const notes = doc.splitTextToSize(pdfText(event.notes), 210 - 2 * PDF_MARGIN) as string[];
    doc.text(notes, PDF_MARGIN, afterAttendance + 6);
    end = afterAttendance + 6 + notes.length * doc.getLineHeight() / doc.internal.scaleFactor;
  }
  if (questionnaires) drawEventQuestionnaires(doc, questionnaires, end + 10);

  addFooters(doc, generatedAt);
  return toBytes(doc);
}
