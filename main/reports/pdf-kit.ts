import { jsPDF } from 'jspdf';

/**
 * Shared look of Passerelle's PDFs: A4 portrait, a red band with the City's name, footer with the
 * generation date and page numbers. jsPDF's Helvetica covers French; narrow no-break spaces (from
 * Intl.NumberFormat('fr-BE')) print as "/" in it, so every text goes through `pdfText`.
 */
export const PDF_MARGIN = 18;
export const BRAND_RED: [number, number, number] = [200, 16, 46];

export function pdfText(value: string): string {
  return value.replace(/[\u202f\u00a0]/g, ' ').replace(/[\u2018\u2019]/g, "'");
}

export function newDocument(title: string): jsPDF {
  const doc = new jsPDF({ unit: 'mm', format: 'a4', compress: true });
  doc.setProperties({ title: pdfText(title), creator: 'Passerelle — Ville de Liège', author: 'Ville de Liège' });
  doc.setFillColor(...BRAND_RED);
  doc.rect(0, 0, 210, 14, 'F');
  doc.setTextColor(255, 255, 255);
  doc.setFont('helvetica', 'bold');
  doc.setFontSize(10);
  doc.text('Ville de Liège · Passerelle', PDF_MARGIN, 9);
  doc.setFont('helvetica', 'normal');
  doc.text(pdfText('Plan « Liège, ville hospitalière »'), 210 - PDF_MARGIN, 9, { align: 'right' });
  doc.setTextColor(20, 20, 20);
  return doc;
}

/** Footer on every page; call last, once all pages exist. */
export function addFooters(doc: jsPDF, generatedAt: Date): void {
  const pages = doc.getNumberOfPages();
  const stamp = generatedAt.toISOString().slice(0, 10).split('-').reverse().join('/');
  for (let page = 1; page <= pages; page += 1) {
    doc.setPage(page);
    doc.setFontSize(8);
    doc.setTextColor(110, 110, 110);
    doc.text(pdfText(`Document généré par Passerelle le ${stamp}`), PDF_MARGIN, 287);
    doc.text(`Page ${page} / ${pages}`, 210 - PDF_MARGIN, 287, { align: 'right' });
  }
}

export function toBytes(doc: jsPDF): Uint8Array {
  return new Uint8Array(doc.output('arraybuffer'));
}
