import type { Facilitator } from '../../../../shared/domain/directory';
import type { Sort } from '../../../components/data-table/list-state';

export type FacilitatorSortColumn = 'name' | 'partnerName';

/**
 * The facilitators channel answers every match at once (there are tens, not thousands): sorted and paged
 * here. Independent facilitators (no partner) come last when sorting by partner, in both directions.
 */
export function sortFacilitators(
  rows: readonly Facilitator[],
  sort: Sort<FacilitatorSortColumn>,
  compareText: (a: string, b: string) => number,
): Facilitator[] {
  const sign = sort.direction === 'asc' ? 1 : -1;
  return [...rows].sort((a, b) => {
    if (sort.column === 'partnerName' && (a.partnerName === null) !== (b.partnerName === null)) {
      return a.partnerName === null ? 1 : -1;
    }
    const key = (row: Facilitator) => (sort.column === 'name' ? row.name : (row.partnerName ?? ''));
    return compareText(key(a), key(b)) * sign || compareText(a.name, b.name);
  });
}

export function pageOf<Row>(rows: readonly Row[], page: number, pageSize: number): Row[] {
  const start = (Math.max(1, page) - 1) * pageSize;
  return rows.slice(start, start + pageSize);
}
