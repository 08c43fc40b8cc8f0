// The public entry of the housing report PDF (issue 6, point 7; issue 16, point 4): assembles its sections in reading order.
import type { HousingReport } from '../../../shared/domain/housing/reports-api';
import { addFooters, type DocumentLanguage, newDocument, PDF_FONT, toBytes } from '../pdf-kit';
import { Cursor } from '../kit/flow';
import { reportFormat, WORDS } from './report/labels';
import { methodSection } from './report/method';
import {
  deadlinesSection,
  keyFigures,
  occupancySection,
  type Page,
  placementsSection,
  registrationsSection,
  titleBlock,
  unitsSection,
} from './report/sections';

/**
 * The housing action's figures for a period beside the same dates a year earlier, for the advisory council:
 * key figures, units, places and occupancy, placements, registrations and deadlines, then how to read them. In
 * the language asked for (every word from one record per language, labels.ts and method.ts), in the CPAS's frame.
 * It prints only what `report` carries — counts, already reduced or withheld on the server
 * (main/services/housing/report-privacy.ts) — so no person or household can appear. Data in, bytes out.
 */
export function buildHousingReport(report: HousingReport, generatedAt: Date, language: DocumentLanguage = 'fr'): Uint8Array {
  const words = WORDS[language];
  const format = reportFormat(language);
  const doc = newDocument({ title: `${words.title} — ${words.period(format.day(report.from), format.day(report.to)).replace(/^\S/, (c) => c.toLowerCase())}`, language, institution: 'cpas' });
  const page: Page = { cursor: new Cursor(doc, 0), words, format };
  titleBlock(page, report, generatedAt);
  keyFigures(page, report);
  unitsSection(page, report);
  occupancySection(page, report);
  placementsSection(page, report);
  registrationsSection(page, report);
  deadlinesSection(page, report);
  methodSection(page.cursor, report, language, format, words.method);
  doc.setFont(PDF_FONT, 'normal');
  addFooters(doc, generatedAt);
  return toBytes(doc);
}
