/**
 * The cells of a result row (a dimension or an item) in the order of the tables: n, mean before, mean after,
 * change [95% CI], p t-test, p Wilcoxon, d_z, r. Each cell is a text, "< 5" (the whole group is suppressed,
 * every cell says so), or a missing statistic with the reason the renderer explains in a tooltip. Pure.
 */
import type { PairedStatistics, PublishableStatistics, Statistic, UnavailableReason } from '../../../../shared/domain/questionnaires/paired-stats';
import { lessThanText, type StatFormat } from './stat-format';

export const STAT_COLUMNS = ['n', 'meanBefore', 'meanAfter', 'change', 'pT', 'pWilcoxon', 'dz', 'r'] as const;
export type StatColumn = (typeof STAT_COLUMNS)[number];

export type StatCell =
  | { readonly kind: 'value'; readonly text: string }
  | { readonly kind: 'suppressed'; readonly text: string }
  | { readonly kind: 'unavailable'; readonly reason: UnavailableReason };

const value = (text: string): StatCell => ({ kind: 'value', text });

function cell<T>(statistic: Statistic<T>, write: (value: T) => string): StatCell {
  return statistic.reason === null ? value(write(statistic.value)) : { kind: 'unavailable', reason: statistic.reason };
}

/** "+0,42 [+0,12 ; +0,71]": the change with its interval; the change alone when the interval is missing. */
function changeCell(statistics: PairedStatistics, format: StatFormat): StatCell {
  const change = statistics.meanChange;
  if (change.reason !== null) return { kind: 'unavailable', reason: change.reason };
  const interval = statistics.confidenceInterval;
  return value(interval.reason === null ? `${format.change(change.value)} ${format.interval(interval.value)}` : format.change(change.value));
}

export function statCells(result: PublishableStatistics, format: StatFormat): Record<StatColumn, StatCell> {
  if (result.suppressed) {
    const hidden: StatCell = { kind: 'suppressed', text: lessThanText(result.minimum, format.language) };
    return Object.fromEntries(STAT_COLUMNS.map((column) => [column, hidden])) as Record<StatColumn, StatCell>;
  }
  const statistics = result.statistics;
  return {
    n: value(format.integer(statistics.n)),
    meanBefore: cell(statistics.meanBefore, format.mean),
    meanAfter: cell(statistics.meanAfter, format.mean),
    change: changeCell(statistics, format),
    pT: cell(statistics.tTest, (test) => format.p(test.p)),
    pWilcoxon: cell(statistics.wilcoxon, (test) => format.p(test.p)),
    dz: cell(statistics.cohensDz, format.effect),
    r: cell(statistics.rankBiserial, format.effect),
  };
}
