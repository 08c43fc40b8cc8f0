import { z } from 'zod';
import { defineChannel } from '../../define';
import { documentLanguageField, idField, schoolYearField } from '../../fields';
import type { FeedbackSummary, PairingReview, QuestionnaireAnalysis } from '../../../domain/questionnaires/analysis';
import type { CsvFile } from '../../csv-files';
import type { ExportedFile } from '../../exported-file';

/** Which administrations a result covers (see AnalysisScope). */
export const analysisScopeField = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('event'), eventId: idField }),
  z.strictObject({ kind: z.literal('class'), classId: idField }),
  z.strictObject({ kind: z.literal('school'), schoolId: idField, schoolYear: schoolYearField.nullable() }),
  z.strictObject({ kind: z.literal('schoolYear'), schoolYear: schoolYearField }),
  z.strictObject({ kind: z.literal('all') }),
]);

const analysisInput = z.strictObject({ templateId: idField, scope: analysisScopeField });

/**
 * Reading the answers: pairing review, before/after analysis, satisfaction and teacher feedback, exports.
 * Coordinators only: teachers enter their classes' forms but the City reads the results.
 */
export const questionnaireResultsChannels = {
  /** The pairing of the class and event of an administration (either phase), with the decisions taken. */
  pairing: defineChannel<PairingReview>()({
    input: z.strictObject({ administrationId: idField }),
    access: ['coordinator'],
    writes: false,
  }),
  /**
   * Accepts or rejects a tolerant candidate, or takes the decision back ('undecided'). CONFLICT
   * `notACandidate` when the two forms are no longer a candidate (a code was corrected since), CONFLICT
   * `responseAlreadyPaired` when accepting would use a form twice.
   */
  decidePair: defineChannel<PairingReview>()({
    input: z.strictObject({
      beforeResponseId: idField,
      afterResponseId: idField,
      decision: z.enum(['accept', 'reject', 'undecided']),
    }),
    access: ['coordinator'],
    writes: true,
  }),
  /** Before/after change by dimension and by item, with the "< 5" rule applied. */
  analysis: defineChannel<QuestionnaireAnalysis>()({ input: analysisInput, access: ['coordinator'], writes: false }),
  /** Satisfaction (after-only items of pupil forms) and teacher feedback, per template used in the scope. */
  feedback: defineChannel<FeedbackSummary>()({
    input: z.strictObject({ scope: analysisScopeField }),
    access: ['coordinator'],
    writes: false,
  }),
  /** The pseudonymous answers of the scope, one row per form (raw values, not turned around). */
  answersCsv: defineChannel<CsvFile>()({ input: analysisInput, access: ['coordinator'], writes: false }),
  /** The template's items, values and labels, reverse-keyed flags: what the answers CSV means. */
  codebookCsv: defineChannel<CsvFile>()({
    input: z.strictObject({ templateId: idField }),
    access: ['coordinator'],
    writes: false,
  }),
  /**
   * The impact report: plain-language summary and charts of `analysis` and `feedback`, the statistics in an
   * appendix; written in `language` (the interface's).
   */
  impactReportPdf: defineChannel<ExportedFile>()({
    input: z.strictObject({ templateId: idField, scope: analysisScopeField, language: documentLanguageField }),
    access: ['coordinator'],
    writes: false,
  }),
};
