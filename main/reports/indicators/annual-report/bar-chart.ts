// A horizontal bar chart drawn with jsPDF's rectangles: for each label, the period's bar (dark) above the
// previous period's (light), each with its number printed at its end, so it reads in black and white too.
import type { jsPDF } from 'jspdf';
import { CONTENT_WIDTH, type Cursor, GREY, INK, setFont } from '../../kit/flow';
import { fitText, PDF_MARGIN } from '../../pdf-kit';

export interface BarRow {
  label: string;
  current: number;
  previous: number;
}

const CURRENT: [number, number, number] = [31, 73, 125];
const PREVIOUS: [number, number, number] = [170, 185, 205];
const LABEL_WIDTH = 58;
const BAR_HEIGHT = 3.4;
const ROW_HEIGHT = 2 * BAR_HEIGHT + 3;

function bar(doc: jsPDF, x: number, y: number, width: number, colour: [number, number, number], text: string): void {
  doc.setFillColor(...colour);
  if (width > 0) doc.rect(x, y, width, BAR_HEIGHT, 'F');
  setFont(doc, 7.5, 'normal', INK);
  doc.text(text, x + width + 1.5, y + BAR_HEIGHT - 0.6);
}

export function barChart(cursor: Cursor, caption: string, rows: BarRow[], format: (value: number) => string): void {
  if (rows.length === 0) return;
  const height = 8 + rows.length * ROW_HEIGHT + 2;
  cursor.need(height);
  const { doc } = cursor;
  setFont(doc, 8.5, 'italic', GREY);
  doc.text(caption, PDF_MARGIN, cursor.y + 3);
  const top = cursor.y + 7;
  const plotLeft = PDF_MARGIN + LABEL_WIDTH;
  // Room on the right for the longest number.
  const plotWidth = CONTENT_WIDTH - LABEL_WIDTH - 14;
  const largest = Math.max(1, ...rows.flatMap((row) => [row.current, row.previous]));
  rows.forEach((row, index) => {
    const y = top + index * ROW_HEIGHT;
    setFont(doc, 8, 'normal', INK);
    doc.text(fitText(doc, row.label, LABEL_WIDTH - 3), plotLeft - 2, y + BAR_HEIGHT + 0.6, { align: 'right' });
    bar(doc, plotLeft, y, (row.current / largest) * plotWidth, CURRENT, format(row.current));
    bar(doc, plotLeft, y + BAR_HEIGHT + 0.6, (row.previous / largest) * plotWidth, PREVIOUS, format(row.previous));
  });
  doc.setDrawColor(...GREY);
  doc.setLineWidth(0.2);
  doc.line(plotLeft, top - 1, plotLeft, top + rows.length * ROW_HEIGHT - 2);
  cursor.y += height;
}
