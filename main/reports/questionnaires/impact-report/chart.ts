// The before/after chart drawn with jsPDF's own lines and rectangles: one panel per dimension (each on its
// own scale, since a dimension mixing scales is on 0–100), mean before and after of the paired pupils as
// bars, and on the 'after' bar the 95% interval of the change (where the after mean could be, given the
// before mean), called a margin of uncertainty for readers who are not statisticians. A suppressed dimension
// shows "< 5" and draws nothing of its own. Bars differ by shade and are labelled: readable in black and white.
import type { jsPDF } from 'jspdf';
import type { DimensionChange, ScoreScale } from '../../../../shared/domain/questionnaires/analysis';
import { PDF_MARGIN, pdfText } from '../../pdf-kit';
import { formatChange, formatScore } from './format';
import { AFTER_COLOUR, BEFORE_COLOUR, CONTENT_WIDTH, type Cursor, GREY, heading, INK, LIGHT_GREY, setFont, split } from './layout';
import { dimensionLabel, type ImpactWords } from './texts';

const PLOT_HEIGHT = 52;
const TITLE_HEIGHT = 9;
const BELOW_AXIS = 16;
const PANEL_GAP = 4;
const AXIS_LABELS = 7;
const CHART_HEIGHT = TITLE_HEIGHT + PLOT_HEIGHT + BELOW_AXIS + 10;

/** Tick values of a scale: every point of a short one, round steps on a long one. */
function scaleTicks(scale: ScoreScale): number[] {
  const range = scale.max - scale.min;
  const step = range <= 1 ? 0.25 : range <= 5 ? 1 : range <= 10 ? 2 : range <= 50 ? 10 : 20;
  const ticks: number[] = [];
  for (let value = scale.min; value <= scale.max + 1e-9; value += step) ticks.push(Math.round(value * 100) / 100);
  return ticks;
}

/** The largest font size (down to 5.5) at which `text` fits `width`. */
function fittingSize(doc: jsPDF, text: string, width: number, size: number): number {
  let current = size;
  doc.setFontSize(current);
  while (current > 5.5 && doc.getTextWidth(pdfText(text)) > width) {
    current -= 0.5;
    doc.setFontSize(current);
  }
  return current;
}

function centredText(doc: jsPDF, text: string, x: number, y: number, width: number, size: number, style: 'normal' | 'bold' = 'normal', colour = INK): void {
  setFont(doc, size, style, colour);
  fittingSize(doc, text, width, size);
  doc.text(pdfText(text), x, y, { align: 'center' });
}

function panel(cursor: Cursor, dimension: DimensionChange, left: number, width: number, top: number): void {
  const { doc, words, language } = cursor;
  // Name on one or two lines above the plot.
  setFont(doc, 8.5, 'bold');
  const name = split(doc, dimensionLabel(dimension.dimension, language), width).slice(0, 2);
  name.forEach((line, index) => doc.text(line, left + width / 2, top + 3 + index * 3.6, { align: 'center' }));

  const plotTop = top + TITLE_HEIGHT;
  const axisX = left + AXIS_LABELS;
  const plotWidth = width - AXIS_LABELS;
  const bottom = plotTop + PLOT_HEIGHT;
  const { scale } = dimension;
  const yOf = (value: number) => bottom - ((Math.min(scale.max, Math.max(scale.min, value)) - scale.min) / (scale.max - scale.min)) * PLOT_HEIGHT;

  // Grid lines and tick labels.
  doc.setLineWidth(0.15);
  for (const tick of scaleTicks(scale)) {
    doc.setDrawColor(...LIGHT_GREY);
    doc.line(axisX, yOf(tick), axisX + plotWidth, yOf(tick));
    setFont(doc, 6.5, 'normal', GREY);
    doc.text(formatScore(tick, scale, language).replace(/[,.]0+$/, ''), axisX - 1.2, yOf(tick) + 1, { align: 'right' });
  }
  doc.setDrawColor(...GREY);
  doc.setLineWidth(0.3);
  doc.line(axisX, plotTop, axisX, bottom);
  doc.line(axisX, bottom, axisX + plotWidth, bottom);

  const centre = axisX + plotWidth / 2;
  if (dimension.result.suppressed) {
    centredText(doc, `< ${dimension.result.minimum}`, centre, plotTop + PLOT_HEIGHT / 2, plotWidth - 2, 16, 'bold', GREY);
    centredText(doc, words.chartPaired, centre, plotTop + PLOT_HEIGHT / 2 + 5, plotWidth - 2, 7.5, 'normal', GREY);
    centredText(doc, words.chartNotPublished, centre, bottom + 5, plotWidth - 2, 7.5, 'normal', GREY);
    return;
  }
  const stats = dimension.result.statistics;
  const before = stats.meanBefore.value;
  const after = stats.meanAfter.value;
  if (before === null || after === null) {
    centredText(doc, words.chartNobody, centre, plotTop + PLOT_HEIGHT / 2, plotWidth - 2, 7.5, 'normal', GREY);
    return;
  }
  const barWidth = Math.min(10, plotWidth / 4);
  const bars: [number, number, [number, number, number]][] = [
    [centre - barWidth - 1, before, BEFORE_COLOUR],
    [centre + 1, after, AFTER_COLOUR],
  ];
  for (const [x, value, colour] of bars) {
    doc.setFillColor(...colour);
    doc.rect(x, yOf(value), barWidth, bottom - yOf(value), 'F');
    centredText(doc, formatScore(value, scale, language), x + barWidth / 2, bottom + 3.8, barWidth + 2, 7);
  }

  // The change's interval, drawn around the after mean (before + change).
  const interval = stats.confidenceInterval.value;
  if (interval !== null) {
    const x = centre + 1 + barWidth / 2;
    const [low, high] = [yOf(before + interval.lower), yOf(before + interval.upper)];
    doc.setDrawColor(...INK);
    doc.setLineWidth(0.45);
    doc.line(x, low, x, high);
    doc.line(x - 1.6, low, x + 1.6, low);
    doc.line(x - 1.6, high, x + 1.6, high);
  }
  const change = stats.meanChange.value;
  if (change !== null) centredText(doc, words.chartChange(formatChange(change, scale, language)), centre, bottom + 8.5, width, 7.5, 'bold');
  if (interval !== null) centredText(doc, words.chartMarginValues(formatChange(interval.lower, scale, language), formatChange(interval.upper, scale, language)), centre, bottom + 12.3, width, 7, 'normal', GREY);
}

function legend(doc: jsPDF, words: ImpactWords, y: number): void {
  const entries: [string, [number, number, number] | null][] = [
    [words.chartBefore, BEFORE_COLOUR],
    [words.chartAfter, AFTER_COLOUR],
    [words.chartMargin, null],
  ];
  let x = PDF_MARGIN;
  setFont(doc, 7.5, 'normal', GREY);
  for (const [label, colour] of entries) {
    if (colour) {
      doc.setFillColor(...colour);
      doc.rect(x, y - 2.6, 3.2, 3.2, 'F');
    } else {
      doc.setDrawColor(...INK);
      doc.setLineWidth(0.45);
      doc.line(x + 1.6, y - 3, x + 1.6, y + 0.8);
      doc.line(x + 0.6, y - 3, x + 2.6, y - 3);
      doc.line(x + 0.6, y + 0.8, x + 2.6, y + 0.8);
    }
    doc.text(pdfText(label), x + 4.5, y);
    x += 4.5 + doc.getTextWidth(pdfText(label)) + 7;
  }
}

/** The chart section; panels share the width, at most four per row. */
export function changeChart(cursor: Cursor, dimensions: readonly DimensionChange[]): void {
  if (dimensions.length === 0) return;
  heading(cursor, cursor.words.chartTitle, CHART_HEIGHT);
  const { doc } = cursor;
  legend(doc, cursor.words, cursor.y + 2);
  cursor.y += 7;
  const perRow = Math.min(4, dimensions.length);
  const width = (CONTENT_WIDTH - PANEL_GAP * (perRow - 1)) / perRow;
  for (let start = 0; start < dimensions.length; start += perRow) {
    cursor.need(TITLE_HEIGHT + PLOT_HEIGHT + BELOW_AXIS);
    dimensions.slice(start, start + perRow).forEach((dimension, index) => panel(cursor, dimension, PDF_MARGIN + index * (width + PANEL_GAP), width, cursor.y));
    cursor.y += TITLE_HEIGHT + PLOT_HEIGHT + BELOW_AXIS + 2;
  }
  setFont(doc, 8, 'italic', GREY);
  for (const line of split(doc, cursor.words.chartNote, CONTENT_WIDTH)) {
    cursor.need(4);
    doc.text(line, PDF_MARGIN, cursor.y + 2);
    cursor.y += 3.6;
  }
  cursor.y += 5;
}
