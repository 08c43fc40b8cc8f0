// The page frame of a form: the City's band, the header block, the continuation reminder and the footers.
import type { jsPDF } from 'jspdf';
import { documentDate, drawBand, PDF_MARGIN, pdfText } from '../../pdf-kit';
import { BLACK, CONTENT_WIDTH, fitLine, GREY, lineHeight, PAGE_WIDTH, setFont, split } from './drawing';
import { WORDS } from './texts';
import type { Layout } from './types';

/** The City's band, as `newDocument` draws it on the first page, for the first page of every other copy. */
export const band = drawBand;

/** Title, phase, school, class, activity and date. Returns where the next block starts. */
export function header(doc: jsPDF, layout: Layout): number {
  const { template, context, language } = layout;
  const words = WORDS[language];
  setFont(doc, 9, 'normal', GREY);
  doc.text(pdfText(`${template.name} · version ${template.version}`), PDF_MARGIN, 23);

  // The phase in white on black, top right: a 'before' pile never mixes with an 'after' pile.
  const phase = words.phase[context.phase].toUpperCase();
  setFont(doc, 13, 'bold');
  const badgeWidth = doc.getTextWidth(pdfText(phase)) + 10;
  doc.setFillColor(...BLACK);
  doc.roundedRect(PDF_MARGIN + CONTENT_WIDTH - badgeWidth, 26, badgeWidth, 11, 1.5, 1.5, 'F');
  setFont(doc, 13, 'bold', [255, 255, 255]);
  doc.text(pdfText(phase), PDF_MARGIN + CONTENT_WIDTH - badgeWidth / 2, 33.5, { align: 'center' });

  setFont(doc, 22, 'bold');
  doc.text(pdfText(template.audience === 'teacher' ? words.teacherTitle : words.pupilTitle), PDF_MARGIN, 35);

  const labelWidth = 24;
  const rows: [string, string][] = [
    [words.school, context.schoolName],
    [words.class, context.className],
    [words.activity, context.eventTitle],
    [words.date, layout.dateInWords],
  ];
  let y = 47;
  for (const [label, value] of rows) {
    setFont(doc, 12, 'normal');
    const lines = split(doc, value.trim() === '' ? '—' : value.trim(), CONTENT_WIDTH - labelWidth);
    setFont(doc, 12, 'bold', GREY);
    doc.text(pdfText(language === 'fr' ? `${label} :` : `${label}:`), PDF_MARGIN, y);
    setFont(doc, 12, 'normal');
    doc.text(lines, PDF_MARGIN + labelWidth, y);
    y += lines.length * lineHeight(12) + 1.5;
  }
  doc.setDrawColor(...BLACK);
  doc.setLineWidth(0.5);
  doc.line(PDF_MARGIN, y - 1.5, PDF_MARGIN + CONTENT_WIDTH, y - 1.5);
  return y + 5;
}

/** The reminder at the top of a copy's second and later pages. */
export function continuationHeader(doc: jsPDF, layout: Layout): void {
  const { context, language } = layout;
  const words = WORDS[language];
  setFont(doc, 10, 'bold');
  const right = pdfText(`${words.phase[context.phase]} (${words.continued})`);
  doc.text(right, PDF_MARGIN + CONTENT_WIDTH, 15, { align: 'right' });
  // The class first: a long school name is cut, the class never.
  setFont(doc, 10, 'normal', GREY);
  const left = [`${words.class} ${context.className.trim()}`, context.schoolName.trim()].filter((part) => part !== '').join(' · ');
  doc.text(fitLine(doc, pdfText(left), CONTENT_WIDTH - doc.getTextWidth(right) - 8), PDF_MARGIN, 15);
  doc.setDrawColor(...BLACK);
  doc.setLineWidth(0.3);
  doc.line(PDF_MARGIN, 18, PDF_MARGIN + CONTENT_WIDTH, 18);
}

/**
 * The footer of every page, as the kit's (pdf-kit.ts `addFooters`) but numbered within each copy: what the form is
 * (phase and class, so that a loose page finds its pile) and when it was made on the left, "page x / y" on the right.
 */
export function footers(doc: jsPDF, layout: Layout, copyStarts: number[], generatedAt: Date): void {
  const pages = doc.getNumberOfPages();
  const words = WORDS[layout.language];
  const made = words.generated(documentDate(generatedAt, layout.language));
  const title = layout.template.audience === 'teacher' ? words.teacherTitle : words.documentTitle;
  const subject = pdfText(`${title} — ${words.phase[layout.context.phase]} — ${layout.context.className.trim()}`);
  copyStarts.forEach((start, copy) => {
    const end = (copyStarts[copy + 1] ?? pages + 1) - 1;
    for (let page = start; page <= end; page += 1) {
      doc.setPage(page);
      setFont(doc, 8, 'normal', [110, 110, 110]);
      const pageLabel = `page ${page - start + 1} / ${end - start + 1}`;
      const room = CONTENT_WIDTH - doc.getTextWidth(pageLabel) - doc.getTextWidth(` · ${made}`) - 8;
      doc.text(`${fitLine(doc, subject, room)} · ${made}`, PDF_MARGIN, 287);
      doc.text(pageLabel, PAGE_WIDTH - PDF_MARGIN, 287, { align: 'right' });
    }
  });
}
