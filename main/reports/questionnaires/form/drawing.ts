// The form's geometry (mm), colours, type sizes and the small jsPDF drawing helpers every block uses.
import type { jsPDF } from 'jspdf';
import { PDF_FONT, PDF_MARGIN, pdfText } from '../../pdf-kit';

// Geometry (mm). A4 portrait; the footer sits at 287.
export const PAGE_WIDTH = 210;
export const CONTENT_WIDTH = PAGE_WIDTH - 2 * PDF_MARGIN;
/** Where the questions start on a copy's second page, under the reminder line. */
export const CONTINUATION_TOP = 26;
export const PAGE_BOTTOM = 279;
/** Questions and answers are indented by the width of their number. */
const ITEM_INDENT = 11;
export const ANSWER_LEFT = PDF_MARGIN + ITEM_INDENT;
export const ANSWER_WIDTH = CONTENT_WIDTH - ITEM_INDENT;
export const TICK_BOX = 8;
export const CODE_BOX_WIDTH = 10;
export const CODE_BOX_HEIGHT = 12;
export const CODE_BOX_GAP = 2;
export const MAX_COLUMN = 41;
export const WORDING_SIZE = 14;
export const LABEL_SIZE = 10.5;
export const VALUE_SIZE = 9;
export const BLACK: [number, number, number] = [0, 0, 0];
const INK: [number, number, number] = [20, 20, 20];
export const GREY: [number, number, number] = [70, 70, 70];

export function lineHeight(size: number): number {
  return (size * 1.15 * 25.4) / 72;
}

export function setFont(doc: jsPDF, size: number, style: 'normal' | 'bold' | 'italic' = 'normal', colour = INK): void {
  doc.setFont(PDF_FONT, style);
  doc.setFontSize(size);
  doc.setTextColor(...colour);
}

export function split(doc: jsPDF, text: string, width: number): string[] {
  return doc.splitTextToSize(pdfText(text), width) as string[];
}

/** The text on one line, cut with "…" when it is too wide (in the current font). */
export function fitLine(doc: jsPDF, text: string, width: number): string {
  if (doc.getTextWidth(text) <= width) return text;
  let end = text.length;
  while (end > 1 && doc.getTextWidth(`${text.slice(0, end).trimEnd()}…`) > width) end -= 1;
  return `${text.slice(0, end).trimEnd()}…`;
}

export function drawTickBox(doc: jsPDF, x: number, y: number): void {
  doc.setDrawColor(...BLACK);
  doc.setLineWidth(0.45);
  doc.rect(x, y, TICK_BOX, TICK_BOX);
}
