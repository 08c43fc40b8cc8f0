import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestCore, TEST_SCRYPT_COST, type TestCore } from '../helpers/core';
import { ok, signedIn } from '../helpers/api';
import { pdfReader } from '../helpers/pdf';
import { readWorkbook } from '../helpers/xlsx';
import { generateDemo } from '../../main/demo/generate';
import type { PasserelleApi } from '../../shared/api/contract';
import type { IndicatorsSummary, PeriodIndicators } from '../../shared/domain/indicators/indicators';

/**
 * The council's annual report (issue 16, point 2) and the year's workbook (point 6) on three years of demo
 * data: the report prints every figure of the dashboard's summary with the same value, for the period and the
 * one before; housing appears only for a reader with the housing role; the workbook holds the same lists.
 */

const read = pdfReader('annual-report');
const period = { kind: 'schoolYear', schoolYear: '2025-2026' } as const;

/** The test's own number format (not the report's): Belgian French groups thousands with a space. */
function fr(value: number, decimals = 0): string {
  return new Intl.NumberFormat('fr-BE', { minimumFractionDigits: decimals, maximumFractionDigits: decimals }).format(value).replace(/[\u202f\u00a0]/g, ' ');
}

/** The dashboard's headline figures as this test reads them from the summary, with the report's French labels. */
function headlines(p: PeriodIndicators): [string, string][] {
  const forms = p.questionnaires.pupilForms;
  return [
    ['Activités programmées', fr(p.activities.totals.planned)],
    ['Activités réalisées', fr(p.activities.totals.held)],
    ['Activités annulées', fr(p.activities.totals.cancelled)],
    ['Écoles atteintes', fr(p.reach.schools)],
    ['Classes atteintes', fr(p.reach.classes)],
    ['Élèves atteints (participations)', fr(p.reach.pupils)],
    ['Enseignants atteints', fr(p.reach.teachers)],
    ['Quartiers atteints', fr(p.reach.neighbourhoods.length)],
    ['Prêts de l’exposition', fr(p.loans.loans)],
    ['Semaines de prêt', fr(p.loans.weeksOnLoan, 1)],
    ['Écoles emprunteuses', fr(p.loans.schools)],
    ['Questionnaires d’élèves', 'value' in forms ? fr(forms.value) : `< ${forms.lessThan}`],
    ['Questionnaires d’enseignants', fr(p.questionnaires.teacherForms)],
  ];
}

describe('the annual report for the council', () => {
  let core: TestCore;
  let coordinator: PasserelleApi;
  let summary: IndicatorsSummary;
  beforeAll(async () => {
    core = await createTestCore();
    // With the core's field key, the demo seeds housing too (its names are encrypted).
    await generateDemo(core.db, { seed: 2025, years: 3, today: new Date('2026-11-28T09:00:00Z'), passwordCost: TEST_SCRYPT_COST, fieldCipher: core.fieldCipher });
    coordinator = (await signedIn(core, ['coordinator'])).api;
    summary = ok(await coordinator.indicators.summary({ period }));
  }, 120_000);
  afterAll(() => core.cleanup());

  it('prints every indicator of the dashboard with the same value, beside the previous year', async () => {
    expect(summary.current.activities.totals.held).toBeGreaterThan(10);
    const pdf = read(Buffer.from(ok(await coordinator.indicators.annualReportPdf({ period })).content, 'base64'), 'fr');
    const lines = pdf.raw.split('\n');
    const current = headlines(summary.current);
    const previous = headlines(summary.previous);
    current.forEach(([label, value], index) => {
      const line = lines.find((candidate) => candidate.startsWith(`${label} `));
      expect(line, label).toBeDefined();
      // The summary's row: label, this year, the year before, the change.
      expect(line!.slice(label.length).trim().startsWith(`${value} ${previous[index]![1]}`), `${line}`).toBe(true);
    });
    for (const impact of summary.current.questionnaires.impact) {
      const rate = impact.counts.matchRate === null ? '—' : `${fr(Math.round(impact.counts.matchRate * 100))} %`;
      expect(pdf.raw.replace(/\s+/g, ' ')).toContain(`Taux d’appariement — ${impact.templateName} ${rate}`);
    }
    expect(pdf.flow).toContain('Rapport annuel');
    expect(pdf.flow).toContain('Année scolaire 2025–2026');
    expect(pdf.flow).toContain(`page ${pdf.pages} / ${pdf.pages}`);
    expect(pdf.flow).toContain('Méthode');
    // The plain part speaks without statistics; the figures wait in the appendix.
    const plainPart = pdf.raw.slice(pdf.raw.indexOf('Ce qui a changé pour les élèves'), pdf.raw.indexOf('Satisfaction'));
    expect(plainPart).toMatch(/progressé|reculé|ne montrent pas/);
    expect(plainPart).not.toMatch(/p [<=]|intervalle|d = /);
    expect(pdf.raw).toContain('Annexe — Statistiques des questionnaires');
    // A coordinator's report never carries the CPAS's figures.
    expect(pdf.flow).not.toContain('Action 7');
  }, 60_000);

  it('tells each activity type held, this year and the year before, in the Action 9 table', async () => {
    const pdf = read(Buffer.from(ok(await coordinator.indicators.annualReportPdf({ period })).content, 'base64'), 'types');
    expect(pdf.flow).toContain('Action 9');
    const total = summary.current.activities.totals;
    expect(pdf.raw).toContain(`Total ${fr(total.planned)} ${fr(total.held)} ${fr(total.cancelled)} ${fr(total.open)} ${fr(summary.previous.activities.totals.held)}`);
  }, 60_000);

  it('adds Action 7 for a reader who also has the housing role', async () => {
    const both = (await signedIn(core, ['coordinator', 'housing'])).api;
    // The demo's housing records are of this autumn: the school year 2026–2027.
    const thisYear = { kind: 'schoolYear', schoolYear: '2026-2027' } as const;
    const pdf = read(Buffer.from(ok(await both.indicators.annualReportPdf({ period: thisYear })).content, 'base64'), 'housing');
    expect(pdf.flow).toContain('Action 7');
    const days = ok(await both.indicators.summary({ period: thisYear })).current.period;
    const report = ok(await both.housingReports.report({ from: days.from, to: days.to }));
    expect(report.units.total.places).toBeGreaterThan(0);
    expect(pdf.raw).toContain(`Places à la fin de la période ${fr(report.units.total.places)}`);
    expect(pdf.raw).toContain(`Nuitées ${fr(report.occupancy.total.bedNights)}`);
  }, 60_000);

  it('is written in English for an English interface', async () => {
    const pdf = read(Buffer.from(ok(await coordinator.indicators.annualReportPdf({ period, language: 'en' })).content, 'base64'), 'en');
    expect(pdf.flow).toContain('Annual report');
    expect(pdf.flow).toContain('School year 2025–2026');
    expect(pdf.flow).toContain(`Activities held ${new Intl.NumberFormat('en-GB').format(summary.current.activities.totals.held)}`);
    expect(pdf.flow).not.toMatch(/Rapport annuel|Activités réalisées|généré par/);
  }, 60_000);

  it('exports the year as a workbook: the dashboard tables and the lists behind them', async () => {
    const file = ok(await coordinator.indicators.workbook({ period }));
    expect(file.fileName).toBe('programme-scolaire-2025-2026.xlsx');
    const sheets = readWorkbook(Buffer.from(file.content, 'base64'));
    expect(sheets.length).toBe(11);
    const activities = sheets.find((sheet) => sheet.name === 'Liste des activités');
    expect(activities?.rows.length).toBe(summary.current.activities.totals.planned + 1);
    const loans = sheets.find((sheet) => sheet.name === 'Liste des prêts');
    expect(loans?.rows.length).toBe(summary.current.loans.loans + 1);
    expect(sheets.every((sheet) => sheet.formulas === 0)).toBe(true);
  }, 60_000);
});
