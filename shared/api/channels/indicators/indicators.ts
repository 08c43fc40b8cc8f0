import { z } from 'zod';
import { defineChannel } from '../../define';
import { dateField, documentLanguageField, schoolYearField } from '../../fields';
import type { ExportedFile } from '../../exported-file';
import { EVENT_TYPES } from '../../../domain/calendar/events';
import {
  INDICATOR_TABLES,
  MAX_INDICATOR_ROWS,
  type IndicatorRows,
  type IndicatorsSummary,
} from '../../../domain/indicators/indicators';
import { MAX_PERIOD_YEARS, rangeProblem } from '../../../domain/indicators/period';

/**
 * The school programme's indicators (issue 16, points 1 and 2): the Rapports dashboard and the council's
 * annual report read them. Coordinators only, like the Rapports page's school part; a teacher is refused.
 */

const COORDINATORS: ['coordinator'] = ['coordinator'];

/**
 * A school year ("2025–2026"), or a span of whole days, both included: its end on or after its start, and at
 * most MAX_PERIOD_YEARS long. Both refusals are on `to`, the field to change.
 */
export const indicatorPeriodField = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('schoolYear'), schoolYear: schoolYearField }),
  z
    .strictObject({ kind: z.literal('range'), from: dateField, to: dateField })
    .superRefine((range, context) => {
      const problem = rangeProblem(range.from, range.to);
      if (problem === 'period_reversed') context.addIssue({ code: 'custom', path: ['to'], params: { fieldIssue: problem } });
      if (problem === 'period_too_long')
        context.addIssue({ code: 'custom', path: ['to'], params: { fieldIssue: problem, maxYears: MAX_PERIOD_YEARS } });
    }),
]);

/** The list behind a figure of the dashboard. */
export const indicatorFigureField = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('activities'),
    status: z.enum(['planned', 'held', 'cancelled', 'open']),
    type: z.enum(EVENT_TYPES).nullable().default(null),
  }),
  z.strictObject({ kind: z.literal('schools'), neighbourhood: z.string().trim().max(200).nullable().default(null) }),
  z.strictObject({ kind: z.literal('classes') }),
  z.strictObject({ kind: z.literal('teachers') }),
  z.strictObject({ kind: z.literal('loans') }),
  z.strictObject({ kind: z.literal('loanSchools') }),
]);

export const indicatorsChannels = {
  /** Every indicator of the period and of the one before it, with the method (what each number counts). */
  summary: defineChannel<IndicatorsSummary>()({
    input: z.strictObject({ period: indicatorPeriodField }),
    access: COORDINATORS,
    writes: false,
  }),
  /** The rows behind one figure of the period, a page at a time (at most MAX_INDICATOR_ROWS, 100 by default). */
  rows: defineChannel<IndicatorRows>()({
    input: z.strictObject({
      period: indicatorPeriodField,
      figure: indicatorFigureField,
      offset: z.number().int().min(0).max(1_000_000).default(0),
      limit: z.number().int().min(1).max(MAX_INDICATOR_ROWS).default(100),
    }),
    access: COORDINATORS,
    writes: false,
  }),
  /** One dashboard table as CSV (the period beside the previous one), in the interface's language. */
  tableCsv: defineChannel<ExportedFile>()({
    input: z.strictObject({ period: indicatorPeriodField, table: z.enum(INDICATOR_TABLES), language: documentLanguageField }),
    access: COORDINATORS,
    writes: false,
  }),
};
