import type { jsPDF } from 'jspdf';
import { autoTable } from '../kit/pdf-library';
import type { Loan, LoanCheck } from '../../../shared/domain/loans/loans';
import type { DocumentLanguage } from '../../../shared/domain/documents';
import { addFooters, newDocument, PDF_FONT, PDF_MARGIN, pdfText, TABLE_MARGIN, toBytes } from '../pdf-kit';
import { ensureSpace, heading, lastTableEnd } from './page-flow';
import { RETURN_REPORT_WORDS, type ReturnReportWords } from './return-report-words';

const CONTENT_WIDTH = 210 - 2 * PDF_MARGIN;
const GREY: [number, number, number] = [90, 90, 90];
const HEAD_STYLES = { fillColor: [240, 240, 240] as [number, number, number], textColor: [20, 20, 20] as [number, number, number], fontStyle: 'bold' as const, lineColor: [200, 200, 200] as [number, number, number] };

function paragraph(doc: jsPDF, text: string, y: number, style: 'normal' | 'italic' = 'normal'): number {
  doc.setFont(PDF_FONT, style);
  doc.setFontSize(10);
  doc.setTextColor(20, 20, 20);
  const lines = doc.splitTextToSize(pdfText(text), CONTENT_WIDTH) as string[];
  const top = ensureSpace(doc, y + 3, lines.length * 5);
  doc.text(lines, PDF_MARGIN, top + 1);
  doc.setFont(PDF_FONT, 'normal');
  return top + 1 + lines.length * 5 + 4;
}

function detailsTable(doc: jsPDF, y: number, rows: [string, string][]): number {
  autoTable(doc, {
    startY: y,
    margin: TABLE_MARGIN,
    theme: 'plain',
    rowPageBreak: 'avoid',
    styles: { font: PDF_FONT, fontSize: 10, cellPadding: 2 },
    columnStyles: { 0: { fontStyle: 'bold', cellWidth: 42, textColor: GREY } },
    body: rows.map(([label, value]) => [pdfText(label), pdfText(value)]),
  });
  return lastTableEnd(doc) + 8;
}

function gridTable(doc: jsPDF, y: number, head: string[], body: string[][], columnStyles: Record<number, { cellWidth?: number; halign?: 'right' }>): number {
  autoTable(doc, {
    startY: y,
    margin: TABLE_MARGIN,
    theme: 'grid',
    showHead: 'everyPage',
    rowPageBreak: 'avoid',
    headStyles: HEAD_STYLES,
    styles: { font: PDF_FONT, fontSize: 9.5, cellPadding: 1.8, lineColor: [200, 200, 200] },
    columnStyles,
    head: [head.map(pdfText)],
    body: body.map((row) => row.map(pdfText)),
  });
  return lastTableEnd(doc) + 8;
}

function withNote(condition: string, note: string): string {
  return note.trim() === '' ? condition : `${condition} — ${note.trim()}`;
}

function orDash(value: string): string {
  return value.trim() === '' ? '—' : value.trim();
}

/**
 * The return report ("État au retour") of a returned loan, to send to the borrower: who and when, a short
 * count, what changed between the delivery and return checks (loan.differences), what is to be repaired or
 * replaced (items back damaged or missing), each item's condition at both checks, and the checks' notes.
 * Written in `language`; names and notes as typed, in any script. Data in, bytes out: no I/O here.
 */
export function buildReturnReport(loan: Loan, now: Date, language: DocumentLanguage = 'fr'): Uint8Array {
  const words: ReturnReportWords = RETURN_REPORT_WORDS[language];
  const delivery: LoanCheck | undefined = loan.checks.find((check) => check.phase === 'delivery');
  const back: LoanCheck | undefined = loan.checks.find((check) => check.phase === 'return');
  const doc = newDocument({ title: words.title(loan.exhibitionTitle, loan.borrowerName), language });

  doc.setFont(PDF_FONT, 'normal');
  doc.setFontSize(9);
  doc.setTextColor(110, 110, 110);
  doc.text(pdfText(words.kicker(loan.id, loan.schoolYear)), PDF_MARGIN, 26);
  doc.setTextColor(20, 20, 20);
  doc.setFont(PDF_FONT, 'bold');
  doc.setFontSize(17);
  doc.text(pdfText(words.heading), PDF_MARGIN, 35);
  doc.setFontSize(12);
  const titleLines = doc.splitTextToSize(pdfText(words.quoted(loan.exhibitionTitle)), CONTENT_WIDTH) as string[];
  doc.text(titleLines, PDF_MARGIN, 42);
  let y = paragraph(doc, words.intro(loan.borrowerName), 42 + (titleLines.length - 1) * 5.5 + 3);

  const contact = [loan.contactName, loan.contactEmail, loan.contactPhone].map((part) => part.trim()).filter(Boolean).join(' · ');
  y = detailsTable(doc, y, [
    [words.borrower, loan.borrowerName],
    [words.address, orDash(loan.address)],
    [words.contact, orDash(contact)],
    [words.delivered, delivery ? words.checkedBy(words.dateText(delivery.date), delivery.checkedBy) : '—'],
    [words.returned, back ? words.checkedBy(words.dateText(back.date), back.checkedBy) : '—'],
  ]);

  const items = back?.items ?? [];
  const count = (condition: string) => items.filter((item) => item.condition === condition).length;
  y = heading(doc, words.summaryHeading, y);
  y = paragraph(doc, words.summary({ items: items.length, good: count('good'), damaged: count('damaged'), missing: count('missing'), changed: loan.differences.length }), y - 2);

  y = heading(doc, words.changesHeading, y);
  if (loan.differences.length === 0) y = paragraph(doc, words.noChange, y - 2);
  else {
    y = gridTable(
      doc,
      y,
      words.changesHead,
      loan.differences.map((difference) => [
        String(difference.number),
        difference.label,
        difference.atDelivery === null ? words.notChecked : words.conditions[difference.atDelivery],
        words.conditions[difference.atReturn],
        difference.note.trim(),
      ]),
      { 0: { cellWidth: 13, halign: 'right' }, 2: { cellWidth: 28 }, 3: { cellWidth: 28 } },
    );
  }

  const toRepair = items.filter((item) => item.condition !== 'good');
  y = heading(doc, words.repairHeading, y);
  if (toRepair.length === 0) y = paragraph(doc, words.nothingToRepair, y - 2);
  else {
    y = gridTable(
      doc,
      y,
      words.repairHead,
      toRepair.map((item) => [String(item.number), item.label, words.action[item.condition as 'damaged' | 'missing'], item.note.trim()]),
      { 0: { cellWidth: 13, halign: 'right' }, 2: { cellWidth: 56 } },
    );
  }

  y = heading(doc, words.allItemsHeading, y);
  const atDelivery = new Map((delivery?.items ?? []).map((item) => [item.itemId, item]));
  y = gridTable(
    doc,
    y,
    words.allItemsHead,
    items.map((item) => {
      const before = atDelivery.get(item.itemId);
      return [
        String(item.number),
        item.label,
        before ? withNote(words.conditions[before.condition], before.note) : words.notChecked,
        withNote(words.conditions[item.condition], item.note),
      ];
    }),
    { 0: { cellWidth: 13, halign: 'right' }, 2: { cellWidth: 50 }, 3: { cellWidth: 50 } },
  );

  const notes: [string, string][] = [];
  if (delivery && delivery.notes.trim() !== '') notes.push([words.deliveryNotes, delivery.notes.trim()]);
  if (back && back.notes.trim() !== '') notes.push([words.returnNotes, back.notes.trim()]);
  if (notes.length > 0) {
    y = heading(doc, words.notesHeading, y);
    y = detailsTable(doc, y, notes);
  }
  doc.setTextColor(...GREY);
  paragraph(doc, words.closing, y - 4, 'italic');
  doc.setFont(PDF_FONT, 'normal');
  addFooters(doc, now);
  return toBytes(doc);
}
