// How one question was answered, drawn for a reader who would rather look than read: its wording, one line
// in words (how many answered and the average, or for a yes/no question the share of "yes"), then one small
// horizontal bar per answer with its count and share printed beside it. Bars are one dark shade on a light
// track, so the chart reads the same printed in black and white; every figure is also written as text.
import type { ItemFeedback } from '../../../../shared/domain/questionnaires/analysis';
import { fitText, PDF_MARGIN, pdfText } from '../../pdf-kit';
import { formatCount, formatPercent, formatPublished, formatScore } from './format';
import { AFTER_COLOUR, CONTENT_WIDTH, type Cursor, GREY, INK, LIGHT_GREY, lineHeight, setFont, split } from './layout';

const LABEL_WIDTH = 62;
const TRACK_WIDTH = 82;
const ROW = 4.4;
const BAR_HEIGHT = 3;
const FONT = 7.5;

interface Bar {
  readonly label: string;
  readonly count: number;
}

/** A yes/no question is told as the share of "yes": never as an average of 0 and 1. */
export function isYesNo(item: ItemFeedback): boolean {
  return item.answerType === 'yes_no';
}

/** "27 %", and "< 1 %" for a few answers among many (never "0 %" beside a bar that has answers). */
function shareText(share: number, language: Cursor['language']): string {
  return share > 0 && share < 0.005 ? `< ${formatPercent(0.01, language)}` : formatPercent(share, language);
}

/** The bars in reading order, each answer named in the document's language. */
function bars(item: ItemFeedback, cursor: Cursor): Bar[] {
  const entries = item.distribution ?? [];
  const named = item.answerType === 'yes_no' || item.answerType === 'single_choice';
  const list = entries.map((entry) => {
    const label = (cursor.language === 'en' ? entry.labelEn || entry.labelFr : entry.labelFr).trim();
    const number = formatCount(entry.value, cursor.language);
    // Numbered scales keep their number; a label that only repeats it ("7") says nothing more.
    const text = named ? label || number : label === '' || label === String(entry.value) ? number : `${number} – ${label}`;
    return { label: text, count: entry.count };
  });
  // "Yes" first: it is the answer the line above is about.
  return isYesNo(item) ? list.reverse() : list;
}

/** The line in words above the bars. */
function summaryLine(item: ItemFeedback, total: number, cursor: Cursor): { text: string; bold: boolean } {
  const { words, language } = cursor;
  if (isYesNo(item)) {
    const yes = item.distribution?.find((entry) => entry.value === 1)?.count ?? 0;
    return { text: words.yesShare(formatPercent(yes / total, language), formatCount(yes, language), formatCount(total, language)), bold: true };
  }
  const answered = words.answers(formatPublished(item.answered, language));
  const numbered = item.answerType !== 'single_choice' && item.mean !== null && item.scale !== null;
  return { text: numbered ? `${answered} · ${words.meanOn(formatScore(item.mean!, item.scale!, language), formatCount(item.scale!.max, language))}` : answered, bold: false };
}

function wordingOf(item: ItemFeedback, cursor: Cursor): string {
  const wording = cursor.language === 'en' ? item.wordingEn || item.wordingFr : item.wordingFr;
  return `Q${item.position}. ${wording}`;
}

/** One question's block, kept whole on a page. */
export function distributionChart(cursor: Cursor, item: ItemFeedback): void {
  const { doc, words, language } = cursor;
  setFont(doc, 9, 'bold');
  const wording = split(doc, wordingOf(item, cursor), CONTENT_WIDTH);
  const entries = bars(item, cursor);
  const total = entries.reduce((sum, bar) => sum + bar.count, 0);
  const drawn = item.distribution !== null && total > 0;
  cursor.need(wording.length * lineHeight(9) + lineHeight(9) + (drawn ? entries.length * ROW : 0) + 4);

  for (const line of wording) {
    doc.text(line, PDF_MARGIN, cursor.y + lineHeight(9) * 0.75);
    cursor.y += lineHeight(9);
  }
  if (!drawn) {
    // Suppressed ("< 5") or nobody answered: no bar, no figure of a small group.
    const text = item.distribution === null && !('value' in item.answered) ? words.tooFewAnswers(item.answered.lessThan) : words.noAnswers;
    setFont(doc, 8.5, 'italic', GREY);
    doc.text(pdfText(text), PDF_MARGIN + 4, cursor.y + lineHeight(8.5) * 0.75);
    cursor.y += lineHeight(8.5) + 3;
    return;
  }
  const summary = summaryLine(item, total, cursor);
  setFont(doc, 8.5, summary.bold ? 'bold' : 'normal', summary.bold ? INK : GREY);
  doc.text(pdfText(summary.text), PDF_MARGIN + 4, cursor.y + lineHeight(8.5) * 0.75);
  cursor.y += lineHeight(9);

  const trackLeft = PDF_MARGIN + 4 + LABEL_WIDTH;
  for (const bar of entries) {
    const middle = cursor.y + ROW / 2;
    setFont(doc, FONT, 'normal');
    doc.text(fitText(doc, bar.label, LABEL_WIDTH - 3), trackLeft - 2, middle + 1, { align: 'right' });
    doc.setDrawColor(...LIGHT_GREY);
    doc.setLineWidth(0.2);
    doc.rect(trackLeft, middle - BAR_HEIGHT / 2, TRACK_WIDTH, BAR_HEIGHT, 'S');
    const share = bar.count / total;
    const length = TRACK_WIDTH * share;
    if (length > 0) {
      doc.setFillColor(...AFTER_COLOUR);
      doc.rect(trackLeft, middle - BAR_HEIGHT / 2, length, BAR_HEIGHT, 'F');
    }
    setFont(doc, FONT, 'normal');
    doc.text(pdfText(words.barValue(formatCount(bar.count, language), shareText(share, language))), trackLeft + TRACK_WIDTH + 2, middle + 1);
    cursor.y += ROW;
  }
  cursor.y += 3.5;
}
