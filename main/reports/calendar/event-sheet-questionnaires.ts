// The event sheet's questionnaire section (issue 5, point 9): per pupil questionnaire given at the event,
// the counts and match rate, each dimension's mean change with its 95% interval (or "< 5"), the pupils'
// satisfaction; then the teachers' feedback. Figures come as the analysis publishes them.
import type { jsPDF } from 'jspdf';
import type { CellDef, RowInput } from 'jspdf-autotable';
import { autoTable } from '../kit/pdf-library';
import type { FeedbackSummary, ItemFeedback, PublishedCount, QuestionnaireAnalysis, ScoreScale, TemplateFeedback } from '../../../shared/domain/questionnaires/analysis';
import type { DocumentLanguage } from '../../../shared/domain/documents';
import { formatNumber } from '../../../shared/domain/questionnaires/plain-language';
import { PAGE_BOTTOM, PAGE_TOP, PDF_FONT, PDF_MARGIN, pdfText, TABLE_MARGIN } from '../pdf-kit';
import { formatChange, formatCount, formatInterval, formatPublished, formatRate, formatScore, NOT_AVAILABLE } from '../questionnaires/impact-report/format';
import { EVENT_SHEET_WORDS, type QuestionnaireWords } from './event-sheet-words';

export interface EventQuestionnaires {
  /** One per pupil template given at the event. */
  readonly analyses: readonly QuestionnaireAnalysis[];
  readonly feedback: FeedbackSummary;
}

const WIDTH = 210 - 2 * PDF_MARGIN;

/** The numbers of the section, written the way of the document's language ("4,21" / "4.21", "83 %" / "83%"). */
interface Numbers {
  count: (value: number) => string;
  published: (count: PublishedCount) => string;
  rate: (rate: number | null) => string;
  score: (value: number, scale: ScoreScale) => string;
  change: (value: number, scale: ScoreScale) => string;
  interval: (lower: number, upper: number, scale: ScoreScale) => string;
}

const scoreDecimals = (scale: ScoreScale): number => (scale.max - scale.min > 20 ? 1 : 2);
const englishCount = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });
const englishPercent = new Intl.NumberFormat('en-GB', { style: 'percent', maximumFractionDigits: 0 });

const NUMBERS: Record<DocumentLanguage, Numbers> = {
  // The impact report's own formats: the French sheet stays exactly as it was.
  fr: { count: formatCount, published: formatPublished, rate: formatRate, score: formatScore, change: formatChange, interval: formatInterval },
  en: {
    count: (value) => englishCount.format(value),
    published: (count) => ('value' in count ? englishCount.format(count.value) : `< ${count.lessThan}`),
    rate: (rate) => (rate === null ? NOT_AVAILABLE : englishPercent.format(rate)),
    score: (value, scale) => formatNumber(value, scoreDecimals(scale), 'en'),
    change: (value, scale) => {
      const text = formatNumber(value, scoreDecimals(scale), 'en');
      return Number(text) > 0 ? `+${text}` : text;
    },
    interval: (lower, upper, scale) => `[${formatNumber(lower, scoreDecimals(scale), 'en')}, ${formatNumber(upper, scoreDecimals(scale), 'en')}]`,
  },
};

interface Voice {
  words: QuestionnaireWords;
  numbers: Numbers;
  language: DocumentLanguage;
}

function lastY(doc: jsPDF): number {
  return (doc as unknown as { lastAutoTable: { finalY: number } }).lastAutoTable.finalY;
}

/** Writes wrapped text at y (new page when needed); returns where the next line goes. */
function line(doc: jsPDF, text: string, y: number, style: 'normal' | 'bold' = 'normal', size = 10, grey = false): number {
  doc.setFont(PDF_FONT, style);
  doc.setFontSize(size);
  if (grey) doc.setTextColor(110, 110, 110);
  else doc.setTextColor(20, 20, 20);
  const lines = doc.splitTextToSize(pdfText(text), WIDTH) as string[];
  const step = (size * 1.2 * 25.4) / 72;
  let at = y;
  for (const part of lines) {
    if (at + step > PAGE_BOTTOM) {
      doc.addPage();
      at = PAGE_TOP + 2;
    }
    doc.text(part, PDF_MARGIN, at + step * 0.75);
    at += step;
  }
  return at;
}

/** "22 réponses", "1 réponse", "< 5 réponses". */
function answers(voice: Voice, count: PublishedCount, word: 'answer' | 'form' = 'answer'): string {
  return voice.words.answers(voice.numbers.published(count), 'value' in count && count.value === 1, word);
}

/** "Satisfaction des élèves : 4,21 / 5 (« J'ai aimé cette activité. », 22 réponses)", or "non publié" under 5. */
function meanSentence(voice: Voice, who: string, item: ItemFeedback | undefined, template: TemplateFeedback): string {
  const { words, numbers } = voice;
  if (!item || item.scale === null) return words.countOnly(who, answers(voice, template.responses, 'form'));
  const mean =
    item.mean === null
      ? 'value' in item.answered
        ? NOT_AVAILABLE
        : words.notPublished
      : `${numbers.score(item.mean, item.scale)} / ${numbers.count(item.scale.max)}`;
  // The wording as the question was asked in the document's language, the French one when it has no English.
  const wording = voice.language === 'en' && item.wordingEn.trim() !== '' ? item.wordingEn : item.wordingFr;
  return words.mean(who, mean, wording, answers(voice, item.answered));
}

const firstSatisfaction = (template: TemplateFeedback | undefined) =>
  template?.items.find((item) => item.dimension === 'satisfaction' && item.answerType !== 'free_text' && item.answerType !== 'single_choice');

function analysisBlock(doc: jsPDF, voice: Voice, analysis: QuestionnaireAnalysis, feedback: FeedbackSummary, y: number): number {
  const { counts } = analysis;
  const { words, numbers } = voice;
  let at = line(doc, `${analysis.template.name} (${words.version(analysis.template.version)})`, y, 'bold');
  const pending = counts.pendingCandidates > 0 ? words.toCheck(numbers.count(counts.pendingCandidates)) : '';
  at = line(
    doc,
    `${words.counts(numbers.published(counts.before), numbers.published(counts.after), numbers.published(counts.paired), numbers.rate(counts.matchRate))}${pending}`,
    at + 0.5,
  );
  if (analysis.dimensions.length > 0) {
    const body = analysis.dimensions.map((dimension): RowInput => {
      const name: CellDef = { content: pdfText(words.dimensions[dimension.dimension]), styles: { halign: 'left' } };
      if (dimension.result.suppressed) {
        return [name, `< ${dimension.result.minimum}`, { content: pdfText(words.notPublished), colSpan: 3, styles: { textColor: [110, 110, 110], fontStyle: 'italic' } }];
      }
      const stats = dimension.result.statistics;
      const { scale } = dimension;
      const score = (value: number | null) => (value === null ? NOT_AVAILABLE : numbers.score(value, scale));
      const interval = stats.confidenceInterval.value;
      const change = stats.meanChange.value === null ? NOT_AVAILABLE : numbers.change(stats.meanChange.value, scale);
      return [name, numbers.count(stats.n), score(stats.meanBefore.value), score(stats.meanAfter.value), pdfText(interval ? `${change} ${numbers.interval(interval.lower, interval.upper, scale)}` : change)];
    });
    autoTable(doc, {
      startY: at + 1.5,
      margin: TABLE_MARGIN,
      theme: 'grid',
      rowPageBreak: 'avoid',
      showHead: 'everyPage',
      headStyles: { fillColor: [240, 240, 240], textColor: [20, 20, 20], fontStyle: 'bold' },
      styles: { font: PDF_FONT, fontSize: 9, halign: 'center', cellPadding: 1.6 },
      // Widths that hold each head word whole in DejaVu Sans ("Élèves appariés" wraps between words only).
      columnStyles: { 0: { halign: 'left' }, 1: { cellWidth: 26 }, 2: { cellWidth: 20 }, 3: { cellWidth: 20 }, 4: { cellWidth: 52 } },
      head: [[{ content: pdfText(words.head[0]), styles: { halign: 'left' } }, ...words.head.slice(1).map(pdfText)]],
      body,
    });
    at = lastY(doc) + 2;
  }
  const pupilFeedback = feedback.templates.find((template) => template.templateId === analysis.template.id);
  if (pupilFeedback) at = line(doc, meanSentence(voice, words.pupilSatisfaction, firstSatisfaction(pupilFeedback), pupilFeedback), at, 'normal', 9.5);
  return at + 3;
}

/** Draws the section from `y`; returns where it ends. */
export function drawEventQuestionnaires(doc: jsPDF, summary: EventQuestionnaires, y: number, language: DocumentLanguage = 'fr'): number {
  const voice: Voice = { words: EVENT_SHEET_WORDS[language].questionnaires, numbers: NUMBERS[language], language };
  let at = y;
  if (at + 40 > PAGE_BOTTOM) {
    doc.addPage();
    at = PAGE_TOP + 4;
  }
  doc.setFont(PDF_FONT, 'bold');
  doc.setFontSize(12);
  doc.text(pdfText(voice.words.heading), PDF_MARGIN, at);
  at += 3;
  for (const analysis of summary.analyses) at = analysisBlock(doc, voice, analysis, summary.feedback, at);
  for (const template of summary.feedback.templates.filter((entry) => entry.audience === 'teacher')) {
    at = line(doc, meanSentence(voice, voice.words.teacherFeedback, firstSatisfaction(template), template), at, 'normal', 9.5);
  }
  return line(doc, voice.words.footnote, at + 1, 'normal', 8.5, true);
}
