// How each number is counted, in the order the service lists the notes, and the protection of small groups.
import type { IndicatorsSummary } from '../../../../shared/domain/indicators/indicators';
import { type Cursor, heading, paragraph } from '../../kit/flow';
import type { AnnualReportWords } from './words';

export function methodSection(cursor: Cursor, summary: IndicatorsSummary, words: AnnualReportWords, withHousing: string | null): void {
  heading(cursor, words.methodTitle);
  for (const note of summary.method.notes) {
    const text = note === 'smallGroups' ? words.methodSmallGroups(summary.method.minimumGroup) : words.method[note];
    if (text) paragraph(cursor, text, { size: 9.5, after: 2.5 });
  }
  if (withHousing) paragraph(cursor, withHousing, { size: 9.5, after: 2.5 });
}
