// Ethiopic names in a document written in DejaVu Sans: jsPDF draws a text in one font, and DejaVu has no
// Ethiopic letters, so every text that holds some is cut into runs and each run drawn in a font that has it.
import type { jsPDF } from 'jspdf';
import { ETHIOPIC_FONT } from './fonts';

// Ethiopic, Ethiopic Supplement, Ethiopic Extended and Extended-A.
const ETHIOPIC_LETTERS = '\u1200-\u139f\u2d80-\u2ddf\uab00-\uab2f';
const HAS_ETHIOPIC = new RegExp(`[${ETHIOPIC_LETTERS}]`);
const ETHIOPIC_RUN = new RegExp(`([${ETHIOPIC_LETTERS}]+)`);

type TextOptions = { align?: string; maxWidth?: number; baseline?: string; [key: string]: unknown };

export function hasEthiopic(text: string | string[]): boolean {
  return Array.isArray(text) ? text.some((line) => HAS_ETHIOPIC.test(line)) : HAS_ETHIOPIC.test(String(text));
}

/** `line` as alternating runs; `ethiopic` says which font each needs. */
export function scriptRuns(line: string): { text: string; ethiopic: boolean }[] {
  return line
    .split(ETHIOPIC_RUN)
    .filter((part) => part !== '')
    .map((part) => ({ text: part, ethiopic: HAS_ETHIOPIC.test(part) }));
}

/**
 * Makes `doc.text` — which the builders and jspdf-autotable both call — draw Ethiopic runs in Noto Sans
 * Ethiopic, keeping the alignment of the whole line. Texts without Ethiopic go straight through.
 */
export function drawEthiopicRuns(doc: jsPDF): void {
  const original = doc.text.bind(doc) as (text: string | string[], x: number, y: number, options?: TextOptions, transform?: unknown) => jsPDF;

  function drawLine(line: string, x: number, y: number, options: TextOptions): void {
    const { fontName, fontStyle } = doc.getFont();
    const runs = scriptRuns(line).map((run) => {
      doc.setFont(run.ethiopic ? ETHIOPIC_FONT : fontName, fontStyle);
      return { ...run, width: doc.getTextWidth(run.text) };
    });
    const total = runs.reduce((sum, run) => sum + run.width, 0);
    let left = options.align === 'right' ? x - total : options.align === 'center' ? x - total / 2 : x;
    for (const run of runs) {
      doc.setFont(run.ethiopic ? ETHIOPIC_FONT : fontName, fontStyle);
      original(run.text, left, y, { ...options, align: 'left', maxWidth: undefined });
      left += run.width;
    }
    doc.setFont(fontName, fontStyle);
  }

  const text = (value: string | string[], x: number, y: number, options: TextOptions = {}, transform?: unknown): jsPDF => {
    if (!hasEthiopic(value)) return original(value, x, y, options, transform);
    const lines = options.maxWidth
      ? (doc.splitTextToSize(Array.isArray(value) ? value.join('\n') : value, options.maxWidth) as string[])
      : Array.isArray(value)
        ? value
        : String(value).split('\n');
    const step = (doc.getFontSize() * doc.getLineHeightFactor()) / doc.internal.scaleFactor;
    lines.forEach((line, index) => drawLine(line, x, y + index * step, options));
    return doc;
  };
  doc.text = text as unknown as jsPDF['text'];
}
