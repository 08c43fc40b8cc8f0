import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { IndicatorFigure, IndicatorRows } from '../../../shared/domain/indicators/indicators';
import { MAX_INDICATOR_ROWS } from '../../../shared/domain/indicators/indicators';
import type { IndicatorPeriod } from '../../../shared/domain/indicators/period';
import { api, unwrap } from '../../api/client';

/** Under ['indicators', …]; read-only numbers, asked again when the page comes back (staleTime default). */
export const indicatorsKeys = {
  all: ['indicators'] as const,
  summary: (period: IndicatorPeriod) => ['indicators', 'summary', period] as const,
  rows: (period: IndicatorPeriod, figure: IndicatorFigure) => ['indicators', 'rows', period, figure] as const,
};

/** Every indicator of the period and the one before; the previous numbers stay (dimmed) while the next load. */
export function useIndicatorsSummary(period: IndicatorPeriod | null) {
  return useQuery({
    queryKey: period ? indicatorsKeys.summary(period) : ['indicators', 'summary', 'none'],
    queryFn: async () => unwrap(await api.indicators.summary({ period: period! })),
    enabled: period !== null,
    placeholderData: keepPreviousData,
    retry: false,
  });
}

/**
 * The rows behind one figure, whole: the list is searched, sorted and paged in the drawer (the channel pages
 * by MAX_INDICATOR_ROWS without an order of its own). At most ROWS_READ_AT_MOST rows are read; the drawer
 * says so when the figure holds more.
 */
export const ROWS_READ_AT_MOST = 5_000;

export function useIndicatorRows(period: IndicatorPeriod, figure: IndicatorFigure) {
  return useQuery({
    queryKey: indicatorsKeys.rows(period, figure),
    queryFn: async () => {
      const first = unwrap(await api.indicators.rows({ period, figure, offset: 0, limit: MAX_INDICATOR_ROWS }));
      const rows: IndicatorRows['rows'][number][] = [...first.rows];
      while (rows.length < Math.min(first.total, ROWS_READ_AT_MOST)) {
        const next = unwrap(await api.indicators.rows({ period, figure, offset: rows.length, limit: MAX_INDICATOR_ROWS }));
        if (next.rows.length === 0) break;
        rows.push(...next.rows);
      }
      return { ...first, rows: rows.slice(0, ROWS_READ_AT_MOST) } as IndicatorRows;
    },
    retry: false,
  });
}
