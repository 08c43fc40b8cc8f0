import { commitAnswerImport, previewAnswerImport } from '../../services/questionnaires/import';
import { serviceContext, type DomainHandlers } from '../context';

export const questionnaireImportHandlers: DomainHandlers<'questionnaireImport'> = {
  async preview(ctx, input) {
    return previewAnswerImport(ctx.db, input);
  },

  async commit(ctx, input) {
    const result = await commitAnswerImport(serviceContext(ctx), input);
    await ctx.audit({ action: 'questionnaire.answers.import', entity: 'questionnaire_administration', entityId: input.administrationId });
    return result;
  },
};
