import {
  createTemplate,
  getTemplate,
  listTemplates,
  newTemplateVersion,
  setTemplateArchived,
  updateTemplate,
} from '../../services/questionnaires/templates';
import { createAdministration, deleteAdministration, listAdministrations } from '../../services/questionnaires/administrations';
import { listEntryActivities } from '../../services/questionnaires/entry-list';
import { deleteResponse, listResponses, saveResponse } from '../../services/questionnaires/responses';
import { questionnaireFormFile } from '../../services/questionnaires/documents';
import { serviceContext, signedInUser, type DomainHandlers } from '../context';

/** Audit entries carry ids only: never a pupil code, an answer or a comment. */
export const questionnairesHandlers: DomainHandlers<'questionnaires'> = {
  async templates(ctx, input) {
    return listTemplates(ctx.db, input);
  },

  async template(ctx, input) {
    return getTemplate(ctx.db, input.id);
  },

  async createTemplate(ctx, input) {
    const template = await createTemplate(serviceContext(ctx), input);
    await ctx.audit({ action: 'questionnaire.template.create', entity: 'questionnaire_template', entityId: template.id });
    return template;
  },

  async updateTemplate(ctx, input) {
    const { id, ...draft } = input;
    const template = await updateTemplate(serviceContext(ctx), id, draft);
    await ctx.audit({ action: 'questionnaire.template.update', entity: 'questionnaire_template', entityId: id });
    return template;
  },

  async newTemplateVersion(ctx, input) {
    const template = await newTemplateVersion(serviceContext(ctx), input.id);
    await ctx.audit({ action: 'questionnaire.template.version', entity: 'questionnaire_template', entityId: template.id });
    return template;
  },

  async setTemplateArchived(ctx, input) {
    const template = await setTemplateArchived(serviceContext(ctx), input.id, input.archived);
    await ctx.audit({
      action: input.archived ? 'questionnaire.template.archive' : 'questionnaire.template.unarchive',
      entity: 'questionnaire_template',
      entityId: input.id,
    });
    return template;
  },

  async administrations(ctx, input) {
    return listAdministrations(ctx.db, signedInUser(ctx), input.eventId);
  },

  async entryActivities(ctx, input) {
    return listEntryActivities(ctx.db, signedInUser(ctx), input.schoolYear);
  },

  async createAdministration(ctx, input) {
    const administration = await createAdministration(serviceContext(ctx), signedInUser(ctx), input);
    await ctx.audit({ action: 'questionnaire.administration.create', entity: 'questionnaire_administration', entityId: administration.id });
    return administration;
  },

  async deleteAdministration(ctx, input) {
    await deleteAdministration(ctx.db, input.id);
    await ctx.audit({ action: 'questionnaire.administration.delete', entity: 'questionnaire_administration', entityId: input.id });
    return null;
  },

  async responses(ctx, input) {
    return listResponses(ctx.db, signedInUser(ctx), input.administrationId);
  },

  async saveResponse(ctx, input) {
    const response = await saveResponse(serviceContext(ctx), signedInUser(ctx), input);
    await ctx.audit({
      action: input.id === null ? 'questionnaire.response.create' : 'questionnaire.response.update',
      entity: 'questionnaire_response',
      entityId: response.id,
    });
    return response;
  },

  async deleteResponse(ctx, input) {
    await deleteResponse(ctx.db, signedInUser(ctx), input.id);
    await ctx.audit({ action: 'questionnaire.response.delete', entity: 'questionnaire_response', entityId: input.id });
    return null;
  },

  async formPdf(ctx, input) {
    return questionnaireFormFile(serviceContext(ctx), signedInUser(ctx), input);
  },
};
