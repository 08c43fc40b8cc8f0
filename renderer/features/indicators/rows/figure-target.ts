import type { IndicatorFigure } from '../../../../shared/domain/indicators/indicators';
import type { ResolvedPeriod } from '../../../../shared/domain/indicators/period';

/** A figure someone clicked: what it counts, in which period, and its name for the drawer's title. */
export interface FigureTarget {
  figure: IndicatorFigure;
  period: ResolvedPeriod;
  label: string;
}
