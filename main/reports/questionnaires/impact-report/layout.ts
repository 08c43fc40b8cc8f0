// The report's geometry and drawing helpers: the kit's page flow (main/reports/kit/flow.ts) with a cursor
// that also carries the report's words, and the impact report's own colours.
import type { jsPDF } from 'jspdf';
import type { DocumentLanguage } from '../../../../shared/domain/documents';
import { pdfText } from '../../pdf-kit';
import { Cursor as FlowCursor, heading as flowHeading } from '../../kit/flow';
import { type ImpactWords, WORDS } from './texts';

export { PAGE_BOTTOM, PAGE_TOP } from '../../pdf-kit';
export { CONTENT_WIDTH, GREY, INK, LIGHT_GREY, lineHeight, paragraph, setFont, tableOptions } from '../../kit/flow';

export const BEFORE_COLOUR: [number, number, number] = [150, 165, 185];
export const AFTER_COLOUR: [number, number, number] = [31, 73, 125];

export function split(doc: jsPDF, text: string, width: number): string[] {
  return doc.splitTextToSize(pdfText(text), width) as string[];
}

/**
 * Where the next block goes, in which language; `need` moves to a new page when `height` mm would not fit
 * on this one.
 */
export class Cursor extends FlowCursor {
  readonly words: ImpactWords;

  constructor(
    doc: jsPDF,
    y: number,
    // French unless told.
    readonly language: DocumentLanguage = 'fr',
  ) {
    super(doc, y);
    this.words = WORDS[language];
  }
}

/** A section title, kept with at least `keep` mm of what follows. */
export function heading(cursor: Cursor, title: string, keep = 30): void {
  flowHeading(cursor, title, { keep });
}
