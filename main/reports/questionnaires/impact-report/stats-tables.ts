// The statistics tables: one row per dimension, then per item (its wording on a row of its own above it).
import type { CellDef, RowInput } from 'jspdf-autotable';
import { autoTable } from '../../kit/pdf-library';
import type { DocumentLanguage } from '../../../../shared/domain/documents';
import type { DimensionChange, ItemChange, ScoreScale } from '../../../../shared/domain/questionnaires/analysis';
import type { PublishableStatistics } from '../../../../shared/domain/questionnaires/paired-stats';
import { pdfText } from '../../pdf-kit';
import { formatChange, formatCount, formatDecimal, formatInterval, formatPercent, formatPValue, formatRankSum, formatScore, NOT_AVAILABLE, orDash } from './format';
import { CONTENT_WIDTH, type Cursor, GREY, heading, PAGE_BOTTOM, PAGE_TOP, setFont, split, tableOptions } from './layout';
import { dimensionLabel, type ImpactWords } from './texts';

const COLUMNS = 11;

function head(first: string, words: ImpactWords): RowInput[] {
  const names = words.statsHead;
  const spanning = (content: string): CellDef => ({ content: pdfText(content), rowSpan: 2 });
  const firstHead: CellDef = { content: pdfText(first), rowSpan: 2, styles: { halign: 'left' } };
  return [
    [
      firstHead,
      spanning('n'),
      spanning(names.before),
      spanning(names.after),
      spanning(names.change),
      { content: pdfText(names.tTest), colSpan: 2, styles: { halign: 'center' } },
      { content: 'Wilcoxon', colSpan: 2, styles: { halign: 'center' } },
      { content: pdfText(names.effect), colSpan: 2, styles: { halign: 'center' } },
    ],
    [names.df, 'p', 'V', 'p', 'd_z', 'r'].map(pdfText),
  ];
}

/** The scale of a yes/no item (or of a dimension made only of yes/no items). */
function isYesNoScale(scale: ScoreScale): boolean {
  return scale.min === 0 && scale.max === 1;
}

/** The ten cells after the label: n, means, change and interval, tests and effect sizes; "< 5" when suppressed. */
function statisticCells(result: PublishableStatistics, scale: ScoreScale, cursor: Cursor): CellDef[] {
  const language: DocumentLanguage = cursor.language;
  if (result.suppressed) {
    return [
      { content: `< ${result.minimum}` },
      { content: pdfText(cursor.words.suppressedRow(result.minimum)), colSpan: COLUMNS - 2, styles: { textColor: GREY, fontStyle: 'italic', halign: 'left' } },
    ];
  }
  const stats = result.statistics;
  const interval = stats.confidenceInterval.value;
  // A yes/no score (0 or 1) reads as the share of "yes" and its change in percentage points, never "0,40".
  const yesNo = isYesNoScale(scale);
  const mean = (value: number) => (yesNo ? formatPercent(value, language) : formatScore(value, scale, language));
  const points = (value: number) => value * 100;
  const unit = yesNo ? ` ${cursor.words.percentagePoints}` : '';
  // Whole points ("+10 pts [-16 ; 36]") keep the cell on one line.
  const decimals = yesNo ? 0 : undefined;
  const change = stats.meanChange.value === null ? NOT_AVAILABLE : `${formatChange(yesNo ? points(stats.meanChange.value) : stats.meanChange.value, scale, language, decimals)}${unit}`;
  const bounds = interval === null ? null : yesNo ? [points(interval.lower), points(interval.upper)] : [interval.lower, interval.upper];
  const cells = [
    formatCount(stats.n, language),
    orDash(stats.meanBefore, mean),
    orDash(stats.meanAfter, mean),
    bounds === null ? change : `${change} ${formatInterval(bounds[0]!, bounds[1]!, scale, language, decimals)}`,
    orDash(stats.tTest, (test) => `${formatDecimal(test.t, 2, language)} (${formatCount(test.df, language)})`),
    orDash(stats.tTest, (test) => formatPValue(test.p, language)),
    orDash(stats.wilcoxon, (test) => formatRankSum(test.v, language)),
    orDash(stats.wilcoxon, (test) => formatPValue(test.p, language)),
    orDash(stats.cohensDz, (value) => formatDecimal(value, 2, language)),
    orDash(stats.rankBiserial, (value) => formatDecimal(value, 2, language)),
  ];
  return cells.map((content) => ({ content: pdfText(content) }));
}

const FONT_SIZE = 7.2;
const HEAD_FONT_SIZE = 6.8;
const PADDING = 1.2;

/** One table of statistics; `withHead` false continues the table above (same columns, no head). */
function statisticsTable(cursor: Cursor, first: string, body: RowInput[], options: { withHead: boolean; gap: number }): void {
  const shared = tableOptions(cursor, FONT_SIZE);
  autoTable(cursor.doc, {
    ...shared,
    styles: { ...shared.styles, halign: 'center', cellPadding: PADDING },
    headStyles: { ...shared.headStyles, halign: 'center', fontSize: HEAD_FONT_SIZE },
    // Widths fixed so both tables line up and no figure wraps on the whole programme (174 mm in all, at 7.2 pt:
    // t "14,70 (1 787)", V "1 621 800,5", p "< 0,001", the change with its interval); every head word
    // ("Connaissances", "Before") fits its column whole in DejaVu Sans.
    columnStyles: {
      0: { halign: 'left', cellWidth: 25 },
      1: { cellWidth: 10 },
      2: { cellWidth: 12.5 },
      3: { cellWidth: 12.5 },
      4: { cellWidth: 32 },
      5: { cellWidth: 20 },
      6: { cellWidth: 13 },
      7: { cellWidth: 18 },
      8: { cellWidth: 13 },
      9: { cellWidth: 9 },
      10: { cellWidth: 9 },
    },
    ...(options.withHead ? { head: head(first, cursor.words) } : {}),
    body,
  });
  cursor.afterTable(options.gap);
}

export function dimensionTable(cursor: Cursor, dimensions: readonly DimensionChange[]): void {
  if (dimensions.length === 0) return;
  heading(cursor, cursor.words.dimensionsTitle);
  const body = dimensions.map((dimension): RowInput => [
    { content: pdfText(dimensionLabel(dimension.dimension, cursor.language)), styles: { fontStyle: 'bold' } },
    ...statisticCells(dimension.result, dimension.scale, cursor),
  ]);
  statisticsTable(cursor, cursor.words.dimensionHead, body, { withHead: true, gap: 8 });
}

/**
 * Each item: its wording across the table ("(inversé)" when reverse-keyed), then its figures. Each item is
 * its own small table so that its wording never stays at the foot of a page without its figures; the head is
 * drawn again at the top of each page.
 */
export function itemTable(cursor: Cursor, items: readonly ItemChange[]): void {
  if (items.length === 0) return;
  heading(cursor, cursor.words.itemsTitle);
  const { doc, words, language } = cursor;
  const rowHeight = (lines: number) => lines * ((FONT_SIZE * 1.15 * 25.4) / 72) + 2 * PADDING;
  items.forEach((item, index) => {
    const text = language === 'en' ? item.wordingEn || item.wordingFr : item.wordingFr;
    const wording = `Q${item.position}. ${text}${item.reverseKeyed ? words.reversed : ''}`;
    setFont(doc, FONT_SIZE, 'italic');
    const height = rowHeight(split(doc, wording, CONTENT_WIDTH - 2 * PADDING).length) + rowHeight(2);
    const headHeight = 2 * rowHeight(1);
    let withHead = index === 0;
    if (cursor.y + height + (withHead ? headHeight : 0) > PAGE_BOTTOM) {
      doc.addPage();
      cursor.y = PAGE_TOP;
      withHead = true;
    }
    const body: RowInput[] = [
      [{ content: pdfText(wording), colSpan: COLUMNS, styles: { halign: 'left', fillColor: [248, 248, 248], fontStyle: 'italic' } }],
      [{ content: pdfText(dimensionLabel(item.dimension, language)), styles: { textColor: GREY } }, ...statisticCells(item.result, item.scale, cursor)],
    ];
    statisticsTable(cursor, words.itemHead, body, { withHead, gap: index === items.length - 1 ? 8 : 0 });
  });
}
