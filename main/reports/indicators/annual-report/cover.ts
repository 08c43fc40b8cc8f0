// The cover: whose report, for whom, which period, when it was made.
import type { jsPDF } from 'jspdf';
import type { DocumentLanguage } from '../../../../shared/domain/documents';
import type { IndicatorsSummary } from '../../../../shared/domain/indicators/indicators';
import { CONTENT_WIDTH, GREY, setFont } from '../../kit/flow';
import { BRAND_RED, documentDate, PDF_MARGIN } from '../../pdf-kit';
import { periodLabel } from './format';
import type { AnnualReportWords } from './words';

export function drawCover(doc: jsPDF, summary: IndicatorsSummary, words: AnnualReportWords, language: DocumentLanguage, generatedAt: Date): void {
  setFont(doc, 30, 'bold');
  doc.text(words.title, PDF_MARGIN, 86);
  setFont(doc, 18, 'normal');
  doc.text(words.council, PDF_MARGIN, 97);
  doc.setFillColor(...BRAND_RED);
  doc.rect(PDF_MARGIN, 106, 40, 1.6, 'F');
  setFont(doc, 16, 'bold');
  doc.text(periodLabel(summary.current.period, words, language), PDF_MARGIN, 122);
  setFont(doc, 11, 'normal', GREY);
  doc.text(words.madeOn(documentDate(generatedAt, language)), PDF_MARGIN, 131);
  setFont(doc, 9.5, 'normal', GREY);
  doc.text(doc.splitTextToSize(words.aggregateOnly, CONTENT_WIDTH) as string[], PDF_MARGIN, 262);
}
