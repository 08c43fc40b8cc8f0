// The report's geometry and the few drawing helpers every section shares: a cursor that moves down the page
// and starts a new one when a block would not fit, headings, paragraphs, and autotable's common styles.
import type { jsPDF } from 'jspdf';
import type { UserOptions } from 'jspdf-autotable';
import type { DocumentLanguage } from '../../../../shared/domain/documents';
import { PAGE_BOTTOM, PAGE_TOP, PDF_FONT, PDF_MARGIN, pdfText, TABLE_MARGIN } from '../../pdf-kit';
import { type ImpactWords, WORDS } from './texts';

export { PAGE_BOTTOM, PAGE_TOP } from '../../pdf-kit';

const PAGE_WIDTH = 210;
export const CONTENT_WIDTH = PAGE_WIDTH - 2 * PDF_MARGIN;

export const INK: [number, number, number] = [20, 20, 20];
export const GREY: [number, number, number] = [95, 95, 95];
export const LIGHT_GREY: [number, number, number] = [200, 200, 200];
export const BEFORE_COLOUR: [number, number, number] = [150, 165, 185];
export const AFTER_COLOUR: [number, number, number] = [31, 73, 125];

export function lineHeight(size: number): number {
  return (size * 1.2 * 25.4) / 72;
}

export function setFont(doc: jsPDF, size: number, style: 'normal' | 'bold' | 'italic' | 'bolditalic' = 'normal', colour = INK): void {
  doc.setFont(PDF_FONT, style);
  doc.setFontSize(size);
  doc.setTextColor(...colour);
}

export function split(doc: jsPDF, text: string, width: number): string[] {
  return doc.splitTextToSize(pdfText(text), width) as string[];
}

/**
 * Where the next block goes, in which language; `need` moves to a new page when `height` mm would not fit
 * on this one.
 */
export class Cursor {
  readonly words: ImpactWords;

  constructor(
    readonly doc: jsPDF,
    public y: number,
    // French unless told: the housing report shares this cursor and sets its own words.
    readonly language: DocumentLanguage = 'fr',
  ) {
    this.words = WORDS[language];
  }

  need(height: number): void {
    if (this.y + height > PAGE_BOTTOM) {
      this.doc.addPage();
      this.y = PAGE_TOP;
    }
  }

  /** Starts a new page (the appendix). */
  newPage(): void {
    this.doc.addPage();
    this.y = PAGE_TOP;
  }

  /** Continues under the last autotable. */
  afterTable(gap = 6): void {
    this.y = (this.doc as unknown as { lastAutoTable: { finalY: number } }).lastAutoTable.finalY + gap;
  }
}

/** A section title, kept with at least `keep` mm of what follows. */
export function heading(cursor: Cursor, title: string, keep = 30): void {
  cursor.need(10 + keep);
  const { doc } = cursor;
  setFont(doc, 13, 'bold');
  doc.text(pdfText(title), PDF_MARGIN, cursor.y + 4.5);
  doc.setDrawColor(...LIGHT_GREY);
  doc.setLineWidth(0.3);
  doc.line(PDF_MARGIN, cursor.y + 6.5, PDF_MARGIN + CONTENT_WIDTH, cursor.y + 6.5);
  cursor.y += 11;
}

/** Wrapped text, line by line across pages; `indent` shifts it right (and narrows it). */
export function paragraph(
  cursor: Cursor,
  text: string,
  options: { size?: number; style?: 'normal' | 'bold' | 'italic'; colour?: [number, number, number]; indent?: number; after?: number } = {},
): void {
  const size = options.size ?? 10;
  const indent = options.indent ?? 0;
  const { doc } = cursor;
  setFont(doc, size, options.style ?? 'normal', options.colour ?? INK);
  const step = lineHeight(size);
  for (const line of split(doc, text, CONTENT_WIDTH - indent)) {
    cursor.need(step);
    doc.text(line, PDF_MARGIN + indent, cursor.y + step * 0.75);
    cursor.y += step;
  }
  cursor.y += options.after ?? 2;
}

/**
 * Options every table of the report shares: grid, grey head repeated on each page, rows kept whole, and the
 * kit's margins so that a table continued on a new page starts under the running head.
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
