// The school programme's documents (issue 16, points 2 and 6): gather the data, call the builder, name the file.
import type { ExportedFile } from '../../../shared/api/exported-file';
import type { DocumentLanguage } from '../../../shared/domain/documents';
import type { IndicatorPeriod, IndicatorsSummary } from '../../../shared/domain/indicators/indicators';
import { INDICATOR_TABLES } from '../../../shared/domain/indicators/indicators';
import { resolvePeriod } from '../../../shared/domain/indicators/period';
import type { SessionUser } from '../../../shared/domain/users';
import { fileSlug, pdfFile } from '../../exports/exported-file';
import { buildWorkbook, type WorkbookSheet } from '../../exports/workbook';
import { buildAnnualReport, type HousingPeriods } from '../../reports/indicators/annual-report';
import type { ServiceContext } from '../context';
import { housingReport } from '../housing/reports';
import { readSettings } from '../settings/app-settings';
import { activityRows } from './activities';
import { indicatorTable, periodLabel } from './csv';
import { CSV_WORDS } from './csv-words';
import { loanRows, readLoans } from './loans';
import { classRows, readReach, schoolRows, teacherRows } from './reach';
import { indicatorsSummary } from './summary';
import { WORKBOOK_WORDS } from './workbook-words';

/** Every row a list sheet can hold: far above ten years of a city's programme. */
const ALL_ROWS = { offset: 0, limit: 1_000_000 };

/**
 * The housing section goes in only for a reader with the housing role, and only when the housing module is
 * on: a coordinator's annual report never carries the CPAS's figures.
 */
async function housingPeriods(ctx: ServiceContext, user: SessionUser, summary: IndicatorsSummary): Promise<HousingPeriods | null> {
  if (!user.roles.includes('housing')) return null;
  if (!(await readSettings(ctx.db)).modules.includes('housing')) return null;
  const days = (period: { from: string; to: string }) => ({ from: period.from, to: period.to });
  return {
    current: await housingReport(ctx, days(summary.current.period)),
    previous: await housingReport(ctx, days(summary.previous.period)),
  };
}

/** "rapport-annuel-2025-2026.pdf", "annual-report-2025-2026.pdf". */
export async function annualReportFile(ctx: ServiceContext, user: SessionUser, period: IndicatorPeriod, language: DocumentLanguage): Promise<ExportedFile> {
  const summary = await indicatorsSummary(ctx.db, period);
  const housing = await housingPeriods(ctx, user, summary);
  const prefix = language === 'fr' ? 'rapport-annuel' : 'annual-report';
  const name = `${prefix}-${fileSlug(periodLabel(summary.current.period), 'periode')}.pdf`;
  return pdfFile(name, buildAnnualReport({ summary, language, housing }, ctx.now));
}

/**
 * The period's school-programme data as one workbook: the dashboard's tables (the period beside the previous
 * one, as their CSV files), then the lists behind them — activities, schools, classes and teachers reached, loans.
 */
export async function workbookFile(ctx: ServiceContext, period: IndicatorPeriod, language: DocumentLanguage): Promise<ExportedFile> {
  const { db } = ctx;
  const summary = await indicatorsSummary(db, period);
  const resolved = resolvePeriod(period);
  const csvWords = CSV_WORDS[language];
  const words = WORKBOOK_WORDS[language];
  const sheets: WorkbookSheet[] = INDICATOR_TABLES.map((table) => ({ name: csvWords.tables[table], ...indicatorTable(summary, table, language) }));

  const activities = await activityRows(db, resolved, { status: 'planned', type: null }, ALL_ROWS);
  sheets.push({
    name: words.sheets.activities,
    headers: [words.date, csvWords.type, words.title, words.status, words.school, words.classCount, words.pupilsPresent],
    rows: activities.rows.map((row) => [row.date, csvWords.eventType[row.type], row.title, words.eventStatus[row.status], row.schoolName, row.classCount, row.pupilsPresent]),
  });
  const reach = await readReach(db, resolved);
  sheets.push({
    name: words.sheets.schools,
    headers: [words.school, words.postalCode, words.neighbourhood, words.heldActivities],
    rows: schoolRows(reach, null).map((row) => [row.name, row.postalCode, row.neighbourhood, row.count]),
  });
  sheets.push({
    name: words.sheets.classes,
    headers: [words.className, words.school, words.pupils, words.heldActivities],
    rows: classRows(reach).map((row) => [row.name, row.schoolName, row.pupilCount, row.heldActivities]),
  });
  sheets.push({
    name: words.sheets.teachers,
    headers: [words.lastName, words.firstName, words.school, words.classesReached],
    rows: teacherRows(reach).map((row) => [row.lastName, row.firstName, row.schoolName, row.classes]),
  });
  sheets.push({
    name: words.sheets.loans,
    headers: [words.exhibition, words.borrower, words.start, words.end, words.status, words.weeks],
    rows: loanRows(await readLoans(db, resolved)).map((row) => [row.exhibitionTitle, row.borrowerName, row.startDate, row.endDate, csvWords.loanStatus[row.status], row.weeks]),
  });
  const bytes = await buildWorkbook(sheets);
  return {
    fileName: `${words.filePrefix}-${fileSlug(periodLabel(summary.current.period), 'periode')}.xlsx`,
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    content: Buffer.from(bytes).toString('base64'),
    encoding: 'base64',
  };
}
