import type { jsPDF } from 'jspdf';
import type { UserOptions } from 'jspdf-autotable';
import type { DocumentLanguage, Institution } from '../../shared/domain/documents';
import { PDF_FONT, registerFonts } from './kit/fonts';
import { drawEthiopicRuns } from './kit/mixed-scripts';
import { jsPdfLibrary } from './kit/pdf-library';

export { PDF_FONT } from './kit/fonts';
export type { DocumentLanguage, Institution } from '../../shared/domain/documents';

/**
 * The one look of Passerelle's PDFs: A4 portrait; on the first page a red band with the City's or the CPAS's
 * name, on the others a running head with the name and the document's title; on every page a footer with the
 * title, the date it was made and "page x / y". The text is DejaVu Sans (embedded, with Noto Sans Ethiopic
 * for Ethiopic runs), so a name prints as it is spelt in Latin, Cyrillic, Arabic or Ethiopic letters.
 */
export const PDF_MARGIN = 18;
export const BRAND_RED: [number, number, number] = [200, 16, 46];
const PAGE_WIDTH = 210;
/** Where content starts on pages after the first, under the running head. */
export const PAGE_TOP = 20;
/** Content stops here; the footer sits at 287. */
export const PAGE_BOTTOM = 277;
/** autotable's margins: a table that continues on a new page starts under the running head. */
export const TABLE_MARGIN = { left: PDF_MARGIN, right: PDF_MARGIN, top: PAGE_TOP, bottom: 297 - PAGE_BOTTOM };

export interface DocumentFrame {
  /** The document's title, as in the footer and the PDF's properties. */
  title: string;
  language: DocumentLanguage;
  /** Whose document it is; the City's unless it is the CPAS's housing. */
  institution?: Institution;
}

const INSTITUTION_NAMES: Record<Institution, Record<DocumentLanguage, string>> = {
  city: { fr: 'Ville de Liège', en: 'City of Liège' },
  cpas: { fr: 'CPAS de Liège', en: 'CPAS of Liège' },
};
const PLAN_NAME: Record<DocumentLanguage, string> = {
  fr: 'Plan « Liège, ville hospitalière »',
  en: 'Plan “Liège, a hospitable city”',
};

const frames = new WeakMap<jsPDF, Required<DocumentFrame>>();

/** Typographic spaces and quotes the way every PDF reader copies them. */
export function pdfText(value: string): string {
  return value.replace(/[\u202f\u00a0]/g, ' ').replace(/[\u2018\u2019]/g, "'");
}

export function institutionName(institution: Institution, language: DocumentLanguage): string {
  return INSTITUTION_NAMES[institution][language];
}

/** The date a document was made, in its language: "6 décembre 2026", "6 December 2026". */
export function documentDate(date: Date, language: DocumentLanguage): string {
  return new Intl.DateTimeFormat(language === 'fr' ? 'fr-BE' : 'en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'Europe/Brussels',
  }).format(date);
}

export function newDocument(frame: DocumentFrame): jsPDF {
  const full: Required<DocumentFrame> = { institution: 'city', ...frame };
  // Only the embedded fonts go into the file: no reference to the 14 standard fonts a reader would substitute.
  const doc = new (jsPdfLibrary().jsPDF)({ unit: 'mm', format: 'a4', compress: true, putOnlyUsedFonts: true });
  registerFonts(doc);
  drawEthiopicRuns(doc);
  frames.set(doc, full);
  doc.setProperties({
    title: pdfText(full.title),
    creator: `Passerelle — ${institutionName(full.institution, full.language)}`,
    author: institutionName(full.institution, full.language),
  });
  doc.setLanguage(full.language === 'fr' ? 'fr-BE' : 'en-GB');
  // jspdf-autotable passes bidi options of its own to doc.text (logical input, left to right), under which an
  // Arabic name in a cell comes out letter by letter reversed; without them doc.text shapes and orders it as
  // everywhere else. Every table of the document gets none: this is the per-document default autotable's own
  // `autoTableSetDefaults(defaults, doc)` writes (that setter is only reachable after `applyPlugin(jsPDF)`, which
  // would patch jsPDF's prototype for the whole process). tests/api/document-names.test.ts reads Arabic in cells.
  (doc as unknown as { __autoTableDocumentDefaults?: UserOptions }).__autoTableDocumentDefaults = { styles: { textOptions: {} } };
  drawBand(doc);
  return doc;
}

/** The red band of a first page (also drawn by the paper form on the first page of each copy). */
export function drawBand(doc: jsPDF): void {
  const { institution, language } = frameOf(doc);
  doc.setFillColor(...BRAND_RED);
  doc.rect(0, 0, PAGE_WIDTH, 14, 'F');
  doc.setTextColor(255, 255, 255);
  doc.setFont(PDF_FONT, 'bold');
  doc.setFontSize(10);
  doc.text(`${institutionName(institution, language)} · Passerelle`, PDF_MARGIN, 9);
  doc.setFont(PDF_FONT, 'normal');
  doc.text(pdfText(PLAN_NAME[language]), PAGE_WIDTH - PDF_MARGIN, 9, { align: 'right' });
  doc.setTextColor(20, 20, 20);
}

function frameOf(doc: jsPDF): Required<DocumentFrame> {
  const frame = frames.get(doc);
  if (!frame) throw new Error('not a document made by newDocument');
  return frame;
}

/** `text` cut with an ellipsis to fit `width` mm in the current font. */
export function fitText(doc: jsPDF, text: string, width: number): string {
  const clean = pdfText(text.replace(/\s+/g, ' '));
  if (doc.getTextWidth(clean) <= width) return clean;
  let cut = clean;
  while (cut.length > 1 && doc.getTextWidth(`${cut}…`) > width) cut = cut.slice(0, -1);
  return `${cut.trimEnd()}…`;
}

const FOOTER_WORDS: Record<DocumentLanguage, { made: (date: string) => string; page: (page: number, pages: number) => string }> = {
  fr: { made: (date) => `généré par Passerelle le ${date}`, page: (page, pages) => `page ${page} / ${pages}` },
  en: { made: (date) => `made by Passerelle on ${date}`, page: (page, pages) => `page ${page} / ${pages}` },
};

/** Running heads and footers on every page; call last, once all pages exist. */
export function addFooters(doc: jsPDF, generatedAt: Date): void {
  const { title, institution, language } = frameOf(doc);
  const words = FOOTER_WORDS[language];
  const pages = doc.getNumberOfPages();
  const made = words.made(documentDate(generatedAt, language));
  for (let page = 1; page <= pages; page += 1) {
    doc.setPage(page);
    doc.setFont(PDF_FONT, 'normal');
    doc.setFontSize(8);
    doc.setTextColor(110, 110, 110);
    if (page > 1) {
      const name = institutionName(institution, language);
      doc.text(name, PDF_MARGIN, 10);
      doc.text(fitText(doc, title, PAGE_WIDTH - 2 * PDF_MARGIN - doc.getTextWidth(name) - 8), PAGE_WIDTH - PDF_MARGIN, 10, { align: 'right' });
      doc.setDrawColor(200, 200, 200);
      doc.setLineWidth(0.2);
      doc.line(PDF_MARGIN, 12, PAGE_WIDTH - PDF_MARGIN, 12);
    }
    const pageLabel = words.page(page, pages);
    const room = PAGE_WIDTH - 2 * PDF_MARGIN - doc.getTextWidth(pageLabel) - doc.getTextWidth(` · ${made}`) - 8;
    doc.text(`${fitText(doc, title, room)} · ${made}`, PDF_MARGIN, 287);
    doc.text(pageLabel, PAGE_WIDTH - PDF_MARGIN, 287, { align: 'right' });
  }
  doc.setTextColor(20, 20, 20);
}

export function toBytes(doc: jsPDF): Uint8Array {
  return new Uint8Array(doc.output('arraybuffer'));
}
