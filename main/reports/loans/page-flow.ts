import type { jsPDF } from 'jspdf';
import { PAGE_BOTTOM, PAGE_TOP, PDF_FONT, PDF_MARGIN, pdfText } from '../pdf-kit';

/** The page helpers the loan documents (agreement, return report) share. */

export function lastTableEnd(doc: jsPDF): number {
  return (doc as unknown as { lastAutoTable: { finalY: number } }).lastAutoTable.finalY;
}

/** Starts a new page when fewer than `needed` mm are left below `y`. */
export function ensureSpace(doc: jsPDF, y: number, needed: number): number {
  if (y + needed <= PAGE_BOTTOM) return y;
  doc.addPage();
  // A little room under the running head for a heading's capitals.
  return PAGE_TOP + 4;
}

export function heading(doc: jsPDF, text: string, y: number): number {
  const top = ensureSpace(doc, y, 22);
  doc.setFont(PDF_FONT, 'bold');
  doc.setFontSize(12);
  doc.setTextColor(20, 20, 20);
  doc.text(pdfText(text), PDF_MARGIN, top);
  return top + 3;
}
