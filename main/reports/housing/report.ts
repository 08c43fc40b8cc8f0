// The public entry of the housing report PDF (issue 6, point 7): assembles its sections in reading order.
import type { HousingReport } from '../../../shared/domain/housing/reports-api';
import { addFooters, newDocument, PDF_FONT, toBytes } from '../pdf-kit';
import { Cursor } from '../questionnaires/impact-report/layout';
import { formatDay, REPORT_TITLE } from './report/labels';
import { methodSection } from './report/method';
import {
  deadlinesSection,
  keyFigures,
  occupancySection,
  placementsSection,
  registrationsSection,
  titleBlock,
  unitsSection,
} from './report/sections';

/**
 * The housing action's figures for a period, for the advisory council: key figures, units, places and
 * occupancy, placements, registrations and deadlines, then how to read them. In French, like every document
 * of the City. It prints only what `report` carries — counts, already reduced to "< 5" or withheld on the server
 * (main/services/housing/report-privacy.ts) — so no person or household can appear. Data in, bytes out.
 */
export function buildHousingReport(report: HousingReport, generatedAt: Date): Uint8Array {
  const doc = newDocument({ title: `${REPORT_TITLE} — du ${formatDay(report.from)} au ${formatDay(report.to)}`, language: 'fr', institution: 'cpas' });
  const cursor = new Cursor(doc, 0);
  titleBlock(cursor, report, generatedAt);
  keyFigures(cursor, report);
  unitsSection(cursor, report);
  occupancySection(cursor, report);
  placementsSection(cursor, report);
  registrationsSection(cursor, report);
  deadlinesSection(cursor, report);
  methodSection(cursor, report);
  doc.setFont(PDF_FONT, 'normal');
  addFooters(doc, generatedAt);
  return toBytes(doc);
}
