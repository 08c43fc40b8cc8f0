import { analyseQuestionnaire } from '../../services/questionnaires/analysis';
import { answersCsv, codebookCsv } from '../../services/questionnaires/exports';
import { feedbackSummary } from '../../services/questionnaires/feedback';
import { decidePair, pairingReview } from '../../services/questionnaires/pairing';
import { impactReportFile } from '../../services/questionnaires/impact-report';
import { serviceContext, type DomainHandlers } from '../context';

/** Audit entries carry ids only: never a pupil code, an answer or a comment. Exports are audited. */
export const questionnaireResultsHandlers: DomainHandlers<'questionnaireResults'> = {
  async pairing(ctx, input) {
    return pairingReview(ctx.db, input.administrationId);
  },

  async decidePair(ctx, input) {
    const review = await decidePair(serviceContext(ctx), input);
    await ctx.audit({ action: `questionnaire.pair.${input.decision}`, entity: 'questionnaire_response', entityId: input.afterResponseId });
    return review;
  },

  async analysis(ctx, input) {
    return analyseQuestionnaire(ctx.db, input.templateId, input.scope);
  },

  async feedback(ctx, input) {
    return feedbackSummary(ctx.db, input.scope);
  },

  async answersCsv(ctx, input) {
    const file = await answersCsv(ctx.db, input.templateId, input.scope);
    await ctx.audit({ action: 'questionnaire.answers.export', entity: 'questionnaire_template', entityId: input.templateId });
    return file;
  },

  async codebookCsv(ctx, input) {
    return codebookCsv(ctx.db, input.templateId);
  },

  async impactReportPdf(ctx, input) {
    const file = await impactReportFile(serviceContext(ctx), input.templateId, input.scope, input.language);
    await ctx.audit({ action: 'questionnaire.report.export', entity: 'questionnaire_template', entityId: input.templateId });
    return file;
  },
};
