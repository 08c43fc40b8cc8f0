// The flow of a multi-page document: a cursor that moves down the page and starts a new one when a block
// would not fit, headings kept with what follows, wrapped paragraphs, and the tables' common options.
import type { jsPDF } from 'jspdf';
import type { UserOptions } from 'jspdf-autotable';
import { PAGE_BOTTOM as BOTTOM, PAGE_TOP as TOP, PDF_MARGIN as MARGIN, pdfText, TABLE_MARGIN } from '../pdf-kit';
import { PDF_FONT, type FontStyle } from './fonts';

const PAGE_WIDTH = 210;
export const CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN;
export const INK: [number, number, number] = [20, 20, 20];
export const GREY: [number, number, number] = [95, 95, 95];
export const LIGHT_GREY: [number, number, number] = [200, 200, 200];

export function lineHeight(size: number): number {
  return (size * 1.2 * 25.4) / 72;
}

export function setFont(doc: jsPDF, size: number, style: FontStyle = 'normal', colour = INK): void {
  doc.setFont(PDF_FONT, style);
  doc.setFontSize(size);
  doc.setTextColor(...colour);
}

/** Where the next block goes; `need` moves to a new page when `height` mm would not fit on this one. */
export class Cursor {
  constructor(
    readonly doc: jsPDF,
    public y: number,
  ) {}

  need(height: number): void {
    if (this.y + height > BOTTOM) this.newPage();
  }

  newPage(): void {
    this.doc.addPage();
    this.y = TOP;
  }

  /** Continues under the last autotable. */
  afterTable(gap = 6): void {
    this.y = (this.doc as unknown as { lastAutoTable: { finalY: number } }).lastAutoTable.finalY + gap;
  }
}

/** A section title, kept with at least `keep` mm of what follows. */
export function heading(cursor: Cursor, title: string, options: { keep?: number; size?: number } = {}): void {
  const size = options.size ?? 13;
  cursor.need(10 + (options.keep ?? 30));
  const { doc } = cursor;
  setFont(doc, size, 'bold');
  doc.text(pdfText(title), MARGIN, cursor.y + 4.5);
  if (size >= 13) {
    doc.setDrawColor(...LIGHT_GREY);
    doc.setLineWidth(0.3);
    doc.line(MARGIN, cursor.y + 6.5, MARGIN + CONTENT_WIDTH, cursor.y + 6.5);
  }
  cursor.y += size >= 13 ? 11 : 8;
}

/** Wrapped text, line by line across pages; `indent` shifts it right (and narrows it). */
export function paragraph(
  cursor: Cursor,
  text: string,
  options: { size?: number; style?: FontStyle; colour?: [number, number, number]; indent?: number; after?: number } = {},
): void {
  const size = options.size ?? 10;
  const indent = options.indent ?? 0;
  const { doc } = cursor;
  setFont(doc, size, options.style ?? 'normal', options.colour ?? INK);
  const step = lineHeight(size);
  for (const line of doc.splitTextToSize(pdfText(text), CONTENT_WIDTH - indent) as string[]) {
    cursor.need(step);
    doc.text(line, MARGIN + indent, cursor.y + step * 0.75);
    cursor.y += step;
  }
  cursor.y += options.after ?? 2;
}

/**
 * Options every table shares: grid, grey head repeated on each page, rows kept whole, and a top margin that
 * keeps a continued table under the running head.
 */
export function tableOptions(cursor: Cursor, fontSize = 8.5): UserOptions {
  return {
    startY: cursor.y,
    margin: TABLE_MARGIN,
    theme: 'grid',
    showHead: 'everyPage',
    rowPageBreak: 'avoid',
    headStyles: { fillColor: [240, 240, 240], textColor: INK, fontStyle: 'bold', lineColor: LIGHT_GREY, valign: 'middle' },
    styles: { font: PDF_FONT, fontSize, cellPadding: 1.5, lineColor: LIGHT_GREY, valign: 'middle', textColor: INK },
  };
}
