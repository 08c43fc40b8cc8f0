// The statistics behind the plain sentences, for the reader who wants them: per pupil questionnaire and
// dimension, the matched pupils' means, the change with its 95 % interval, p and the effect size.
import { autoTable } from '../../kit/pdf-library';
import type { DocumentLanguage } from '../../../../shared/domain/documents';
import type { IndicatorsSummary } from '../../../../shared/domain/indicators/indicators';
import { formatP } from '../../../../shared/domain/questionnaires/plain-language';
import { type Cursor, GREY, heading, paragraph, tableOptions } from '../../kit/flow';
import { formatNumber } from './format';
import type { AnnualReportWords } from './words';

export function appendixSection(cursor: Cursor, summary: IndicatorsSummary, words: AnnualReportWords, language: DocumentLanguage): void {
  const templates = summary.current.questionnaires.impact.filter((template) => template.dimensions.length > 0);
  if (templates.length === 0) return;
  heading(cursor, words.appendixTitle);
  paragraph(cursor, words.appendixIntro, { size: 9, colour: GREY, after: 3 });
  const n = (value: number | null, decimals = 2) => (value === null ? '—' : formatNumber(value, language, decimals));
  for (const template of templates) {
    autoTable(cursor.doc, {
      ...tableOptions(cursor, 8),
      head: [
        [{ content: `${template.templateName} (v${template.version})`, colSpan: 8, styles: { halign: 'left' } }],
        [words.dimension, words.pairs, words.meanBefore, words.meanAfter, words.meanChange, words.interval, words.pValue, words.effectSize],
      ],
      body: template.dimensions.map((dimension) => {
        const name = words.dimensions[dimension.dimension];
        if (dimension.result.suppressed) return [name, { content: words.suppressed(dimension.result.minimum), colSpan: 7 }];
        const stats = dimension.result.statistics;
        const interval = stats.confidenceInterval.value;
        return [
          name,
          formatNumber(stats.n, language, 0),
          n(stats.meanBefore.value),
          n(stats.meanAfter.value),
          n(stats.meanChange.value),
          interval ? `[${n(interval.lower)} ; ${n(interval.upper)}]` : '—',
          stats.tTest.value ? formatP(stats.tTest.value.p, language).replace(/^p\s*/, '') : '—',
          n(stats.cohensDz.value),
        ];
      }),
      columnStyles: { 0: { cellWidth: 44 }, 1: { halign: 'right' }, 2: { halign: 'right' }, 3: { halign: 'right' }, 4: { halign: 'right' }, 5: { halign: 'center', cellWidth: 32 }, 6: { halign: 'right' }, 7: { halign: 'right' } },
    });
    cursor.afterTable(5);
  }
}
