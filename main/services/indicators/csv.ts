import type { ServiceContext } from '../context';
import type { ExportedFile } from '../../../shared/api/exported-file';
import type { DocumentLanguage } from '../../../shared/domain/documents';
import type { IndicatorPeriod, IndicatorsSummary, IndicatorTable, PeriodIndicators } from '../../../shared/domain/indicators/indicators';
import type { ResolvedPeriod } from '../../../shared/domain/indicators/period';
import type { PublishedCount } from '../../../shared/domain/questionnaires/analysis';
import type { PublishableStatistics } from '../../../shared/domain/questionnaires/paired-stats';
import { toCsv, type CsvCell } from '../../csv/write';
import { fileSlug } from '../../exports/exported-file';
import { CSV_WORDS, type CsvWords } from './csv-words';
import { indicatorsSummary } from './summary';

/**
 * Every dashboard table as CSV (issue 16, point 6), the period beside the previous one, from the summary the
 * dashboard shows (same numbers, "< 5" kept as "< 5"). Numbers are written as numbers; statistics to three
 * decimals.
 */

type Table = { headers: string[]; rows: CsvCell[][] };

export function periodLabel(period: ResolvedPeriod): string {
  return period.schoolYear ?? `${period.from} – ${period.to}`;
}

function count(value: PublishedCount): CsvCell {
  return 'value' in value ? value.value : `< ${value.lessThan}`;
}

function round(value: number | null, digits = 3): CsvCell {
  return value === null ? null : Number(value.toFixed(digits));
}

function activitiesTable(summary: IndicatorsSummary, words: CsvWords): Table {
  const periods = [summary.current, summary.previous];
  const columns = ['planned', 'held', 'cancelled', 'open'] as const;
  const headers = [words.type, ...periods.flatMap((p) => columns.map((column) => `${words[column]} ${periodLabel(p.period)}`))];
  const rows: CsvCell[][] = summary.current.activities.byType.map(({ type }, index) => [
    words.eventType[type],
    ...periods.flatMap((p) => columns.map((column) => p.activities.byType[index]!.counts[column])),
  ]);
  rows.push([words.total, ...periods.flatMap((p) => columns.map((column) => p.activities.totals[column]))]);
  return { headers, rows };
}

function twoColumns(summary: IndicatorsSummary, words: CsvWords, lines: [string, (p: PeriodIndicators) => CsvCell][]): Table {
  return {
    headers: [words.indicator, periodLabel(summary.current.period), periodLabel(summary.previous.period)],
    rows: lines.map(([label, value]) => [label, value(summary.current), value(summary.previous)]),
  };
}

function reachTable(summary: IndicatorsSummary, words: CsvWords): Table {
  const keys = [
    'schools',
    'classes',
    'pupils',
    'pupilsRecorded',
    'pupilsEstimated',
    'heldWithoutPupilsRecorded',
    'pupilsInClassesReached',
    'teachers',
    'teachersPresent',
  ] as const;
  return twoColumns(
    summary,
    words,
    keys.map((key) => [words[key], (p) => p.reach[key]]),
  );
}

function neighbourhoodsTable(summary: IndicatorsSummary, words: CsvWords): Table {
  const periods = [summary.current, summary.previous];
  const keys = new Map<string, { label: string; kind: 'neighbourhood' | 'postalCode' }>();
  for (const p of periods) for (const area of p.reach.neighbourhoods) keys.set(`${area.kind}:${area.label}`, area);
  const columns = ['schools', 'classes', 'heldActivities'] as const;
  return {
    headers: [words.area, words.areaKind, ...periods.flatMap((p) => columns.map((column) => `${words[column]} ${periodLabel(p.period)}`))],
    rows: [...keys.values()].map((key) => [
      key.label,
      key.kind === 'neighbourhood' ? words.neighbourhood : words.postalCode,
      ...periods.flatMap((p) => {
        const area = p.reach.neighbourhoods.find((entry) => entry.kind === key.kind && entry.label === key.label);
        return columns.map((column) => area?.[column] ?? 0);
      }),
    ]),
  };
}

function loansTable(summary: IndicatorsSummary, words: CsvWords): Table {
  const lines: [string, (p: PeriodIndicators) => CsvCell][] = [
    [words.loans, (p) => p.loans.loans],
    [words.weeksOnLoan, (p) => p.loans.weeksOnLoan],
    [words.schools, (p) => p.loans.schools],
    ...(Object.keys(summary.current.loans.byStatus) as (keyof PeriodIndicators['loans']['byStatus'])[]).map(
      (status): [string, (p: PeriodIndicators) => CsvCell] => [`${words.loansWithStatus} (${words.loanStatus[status]})`, (p) => p.loans.byStatus[status]],
    ),
  ];
  const exhibitions = new Map<number, string>();
  for (const p of [summary.current, summary.previous]) for (const entry of p.loans.byExhibition) exhibitions.set(entry.exhibitionId, entry.title);
  for (const [id, title] of exhibitions) {
    lines.push([`${words.loans} — ${title}`, (p) => p.loans.byExhibition.find((entry) => entry.exhibitionId === id)?.loans ?? 0]);
    lines.push([`${words.weeksOnLoan} — ${title}`, (p) => p.loans.byExhibition.find((entry) => entry.exhibitionId === id)?.weeksOnLoan ?? 0]);
  }
  return twoColumns(summary, words, lines);
}

function statisticsCells(result: PublishableStatistics, minimum: number): CsvCell[] {
  if (result.suppressed) return [`< ${minimum}`, null, null, null, null, null];
  const s = result.statistics;
  return [
    round(s.meanBefore.value),
    round(s.meanAfter.value),
    round(s.meanChange.value),
    round(s.confidenceInterval.value?.lower ?? null),
    round(s.confidenceInterval.value?.upper ?? null),
    round(s.tTest.value?.p ?? null, 4),
  ];
}

function impactTable(summary: IndicatorsSummary, words: CsvWords): Table {
  const rows: CsvCell[][] = [];
  for (const p of [summary.current, summary.previous]) {
    for (const template of p.questionnaires.impact) {
      const counts = [count(template.counts.before), count(template.counts.after), count(template.counts.paired), round(template.counts.matchRate)];
      for (const dimension of template.dimensions) {
        rows.push([
          periodLabel(p.period),
          template.templateName,
          template.version,
          words.dimension[dimension.dimension],
          ...counts,
          ...statisticsCells(dimension.result, summary.method.minimumGroup),
        ]);
      }
      if (template.dimensions.length === 0) rows.push([periodLabel(p.period), template.templateName, template.version, null, ...counts, null, null, null, null, null, null]);
    }
  }
  return {
    headers: [
      words.period,
      words.questionnaire,
      words.version,
      words.dimensionColumn,
      words.before,
      words.after,
      words.paired,
      words.matchRate,
      words.meanBefore,
      words.meanAfter,
      words.meanChange,
      words.ciLower,
      words.ciUpper,
      words.pValue,
    ],
    rows,
  };
}

function satisfactionTable(summary: IndicatorsSummary, words: CsvWords, language: DocumentLanguage): Table {
  const rows: CsvCell[][] = [];
  for (const p of [summary.current, summary.previous]) {
    for (const template of p.questionnaires.satisfaction) {
      for (const item of template.items) {
        rows.push([
          periodLabel(p.period),
          template.templateName,
          words.audience[template.audience],
          count(template.responses),
          language === 'en' && item.wordingEn !== '' ? item.wordingEn : item.wordingFr,
          count(item.answered),
          round(item.mean),
          round(item.shareYes),
        ]);
      }
    }
  }
  return {
    headers: [words.period, words.questionnaire, words.audienceColumn, words.responses, words.question, words.answered, words.mean, words.shareYes],
    rows,
  };
}

export function indicatorTable(summary: IndicatorsSummary, table: IndicatorTable, language: DocumentLanguage): Table {
  const words = CSV_WORDS[language];
  switch (table) {
    case 'activities':
      return activitiesTable(summary, words);
    case 'reach':
      return reachTable(summary, words);
    case 'neighbourhoods':
      return neighbourhoodsTable(summary, words);
    case 'loans':
      return loansTable(summary, words);
    case 'questionnaireImpact':
      return impactTable(summary, words);
    case 'satisfaction':
      return satisfactionTable(summary, words, language);
  }
}

/** "indicateurs-activites-2025-2026-2026-11-28.csv". */
export async function indicatorTableCsv(
  { db, today }: ServiceContext,
  period: IndicatorPeriod,
  table: IndicatorTable,
  language: DocumentLanguage,
): Promise<ExportedFile> {
  const summary = await indicatorsSummary(db, period);
  const { headers, rows } = indicatorTable(summary, table, language);
  const words = CSV_WORDS[language];
  const slug = fileSlug(periodLabel(summary.current.period), 'periode');
  return {
    fileName: `${words.filePrefix}-${words.tables[table]}-${slug}-${today}.csv`,
    mimeType: 'text/csv',
    content: toCsv(headers, rows),
    encoding: 'utf-8',
  };
}
