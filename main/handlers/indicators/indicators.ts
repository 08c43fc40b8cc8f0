import { serviceContext, type DomainHandlers } from '../context';
import { indicatorsSummary } from '../../services/indicators/summary';
import { indicatorRows } from '../../services/indicators/rows';
import { indicatorTableCsv } from '../../services/indicators/csv';

/**
 * The school programme's indicators (issue 16, points 1 and 2). Aggregates and the lists a coordinator can
 * already open elsewhere: nothing is audited, like the questionnaire results.
 */
export const indicatorsHandlers: DomainHandlers<'indicators'> = {
  async summary(ctx, input) {
    return indicatorsSummary(serviceContext(ctx).db, input.period);
  },
  async rows(ctx, input) {
    return indicatorRows(serviceContext(ctx).db, input.period, input.figure, { offset: input.offset, limit: input.limit });
  },
  async tableCsv(ctx, input) {
    return indicatorTableCsv(serviceContext(ctx), input.period, input.table, input.language);
  },
};
