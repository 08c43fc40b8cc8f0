import { commitAnswerImport, previewAnswerImport } from '../../services/questionnaires/import';
import type { DomainHandlers } from '../context';

export const questionnaireImportHandlers: DomainHandlers<'questionnaireImport'> = {
  async preview(ctx, input) {
    return previewAnswerImport(ctx.db, input);
  },

  async commit(ctx, input) {
    const result = await commitAnswerImport(ctx.db, input, ctx.clock.now());
    await ctx.audit({ action: 'questionnaire.answers.import', entity: 'questionnaire_administration', entityId: input.administrationId });
    return result;
  },
};
