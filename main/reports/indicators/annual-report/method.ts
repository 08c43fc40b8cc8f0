// How each number is counted: the dashboard's own method text (shared/domain/indicators/method.ts), in the
// order the service lists the notes, then the housing section's note when there is one.
import type { DocumentLanguage } from '../../../../shared/domain/documents';
import type { IndicatorsSummary } from '../../../../shared/domain/indicators/indicators';
import { INDICATOR_METHOD_TEXT } from '../../../../shared/domain/indicators/method';
import { type Cursor, heading, paragraph } from '../../kit/flow';
import type { AnnualReportWords } from './words';

export function methodSection(cursor: Cursor, summary: IndicatorsSummary, words: AnnualReportWords, language: DocumentLanguage, housingNote: string | null): void {
  heading(cursor, words.methodTitle);
  for (const note of summary.method.notes) paragraph(cursor, INDICATOR_METHOD_TEXT[language][note], { size: 9.5, after: 2.5 });
  if (housingNote) paragraph(cursor, housingNote, { size: 9.5, after: 2.5 });
}
