import type { jsPDF } from 'jspdf';
import { PDF_MARGIN, newDocument, pdfText, toBytes } from '../pdf-kit';
import { CONTENT_WIDTH, Cursor, GREY, INK, LIGHT_GREY, lineHeight, setFont } from '../kit/flow';
import type { FontStyle } from '../kit/fonts';
import { RTL_NOTICE_LANGUAGES, type NoticeLanguage } from '../../../shared/domain/privacy/information-notice';
import { NOTICE_TEXTS } from './notice-texts';
import { RETENTION_PLACEHOLDER, type NoticeBlock, type NoticeText } from './notice-texts/types';

/**
 * The information notice (GDPR art. 13–14) as a PDF: blank — no household, no person, nothing personal — so
 * that it can be printed in advance and handed out. The text is the language's file in notice-texts/; the
 * retention term and the DPO's contact come from the settings in force.
 *
 * Arabic is written right to left: every line is drawn from the right margin, aligned right, bullets on the
 * right. jsPDF shapes the letters (joined forms) and reorders each line for display; by default it takes a
 * line's base direction as left to right, which would put a heading's "1." and a line's final comma on the
 * wrong side, so Arabic lines are drawn with RTL_LINE (logical right-to-left in, visual left-to-right out).
 * Lines are cut in logical order first (splitTextToSize). The Arabic text holds no brackets or quotation
 * marks (mirrored pairs), and its Latin parts (addresses) are `lines` blocks, drawn with the default direction.
 */
const RTL_LINE = { isInputVisual: false, isOutputVisual: true, isInputRtl: true, isOutputRtl: false };

export interface NoticeOptions {
  language: NoticeLanguage;
  /** The housing records' term in force, in whole years (the `retentionRules` setting, or its default). */
  retentionYears: number;
  /** The DPO's contact, a few lines; '' prints the text's fallback (the CPAS's address). */
  dpoContact: string;
}

const RIGHT = PDF_MARGIN + CONTENT_WIDTH;
const BULLET_INDENT = 5;

interface Layout {
  cursor: Cursor;
  rtl: boolean;
}

/** Wrapped text from the start side (left, or right for Arabic), `indent` mm in from it. */
function write(
  layout: Layout,
  text: string,
  options: { size?: number; style?: FontStyle; colour?: [number, number, number]; indent?: number; after?: number; asIs?: boolean } = {},
): void {
  const { cursor, rtl } = layout;
  const { doc } = cursor;
  const size = options.size ?? 10;
  const indent = options.indent ?? 0;
  setFont(doc, size, options.style ?? 'normal', options.colour ?? INK);
  const step = lineHeight(size);
  // French punctuation keeps its space before it (« ; », « : », « ? ») and never starts a line: that space is
  // made unbreakable for the cut (jsPDF cuts at ' ' only), then printed as a plain space (pdfText).
  const unbreakable = text.replace(/ ([;:?!»])/g, '\u00a0$1').replace(/« /g, '«\u00a0');
  for (const cut of doc.splitTextToSize(unbreakable, CONTENT_WIDTH - indent) as string[]) {
    const line = pdfText(cut);
    cursor.need(step);
    if (rtl) doc.text(line, RIGHT - indent, cursor.y + step * 0.75, options.asIs ? { align: 'right' } : { align: 'right', ...RTL_LINE });
    else doc.text(line, PDF_MARGIN + indent, cursor.y + step * 0.75);
    cursor.y += step;
  }
  cursor.y += options.after ?? 0;
}

function heading(layout: Layout, title: string): void {
  const { cursor } = layout;
  // Kept with the start of what follows.
  cursor.need(24);
  cursor.y += 2;
  write(layout, title, { size: 12, style: 'bold' });
  const { doc } = cursor;
  doc.setDrawColor(...LIGHT_GREY);
  doc.setLineWidth(0.3);
  doc.line(PDF_MARGIN, cursor.y + 0.8, RIGHT, cursor.y + 0.8);
  cursor.y += 3;
}

function bullets(layout: Layout, items: string[]): void {
  const { cursor, rtl } = layout;
  const { doc } = cursor;
  for (const item of items) {
    cursor.need(lineHeight(10));
    setFont(doc, 10);
    const top = cursor.y + lineHeight(10) * 0.75;
    if (rtl) doc.text('•', RIGHT - 1, top, { align: 'right' });
    else doc.text('•', PDF_MARGIN + 1, top);
    write(layout, item, { indent: BULLET_INDENT, after: 1 });
  }
  cursor.y += 1;
}

/** Lines as they are (an address, an e-mail): each its own line, wrapped only when longer than the page. */
function plainLines(layout: Layout, lines: string[]): void {
  for (const line of lines) if (line.trim() !== '') write(layout, line, { indent: BULLET_INDENT, style: 'bold', asIs: true });
  layout.cursor.y += 2;
}

function block(layout: Layout, text: NoticeText, options: NoticeOptions, item: NoticeBlock): void {
  switch (item.kind) {
    case 'paragraph':
      write(layout, item.text === RETENTION_PLACEHOLDER ? text.retention(options.retentionYears) : item.text, { after: 2 });
      return;
    case 'bullets':
      bullets(layout, item.items);
      return;
    case 'lines':
      plainLines(layout, item.lines);
      return;
    case 'dpo': {
      const contact = options.dpoContact.trim();
      plainLines(layout, contact === '' ? text.dpoFallback : contact.split('\n'));
      return;
    }
  }
}

/** The notice's own footer, in its language: its title and « page x / y » (no date: a notice is printed ahead). */
function footers(doc: jsPDF, text: NoticeText, rtl: boolean): void {
  const pages = doc.getNumberOfPages();
  for (let page = 1; page <= pages; page += 1) {
    doc.setPage(page);
    setFont(doc, 8, 'normal', [110, 110, 110]);
    const label = text.page(page, pages);
    if (rtl) {
      doc.text(pdfText(text.title), RIGHT, 287, { align: 'right', ...RTL_LINE });
      doc.text(label, PDF_MARGIN, 287, RTL_LINE);
    } else {
      doc.text(pdfText(text.title), PDF_MARGIN, 287);
      doc.text(label, RIGHT, 287, { align: 'right' });
    }
  }
  doc.setTextColor(...INK);
}

export function buildInformationNotice(options: NoticeOptions): Uint8Array {
  const text = NOTICE_TEXTS[options.language];
  const rtl = RTL_NOTICE_LANGUAGES.includes(options.language);
  // The band names the CPAS (its official name, in French but for the English notice); the document's language
  // is the notice's, for screen readers.
  const doc = newDocument({ title: text.title, language: options.language === 'en' ? 'en' : 'fr', institution: 'cpas' });
  doc.setLanguage(options.language as Parameters<jsPDF['setLanguage']>[0]);
  const layout: Layout = { cursor: new Cursor(doc, 24), rtl };
  write(layout, text.title, { size: 17, style: 'bold', after: 1.5 });
  write(layout, text.subtitle, { size: 10, colour: GREY, after: 4 });
  write(layout, text.intro, { after: 3 });
  for (const section of text.sections) {
    heading(layout, section.heading);
    for (const item of section.blocks) block(layout, text, options, item);
  }
  footers(doc, text, rtl);
  return toBytes(doc);
}
