import { z } from 'zod';
import { defineChannel } from '../../define';
import { dateField, idField, notesField, requiredNameField, schoolYearField } from '../../fields';
import {
  ADMINISTRATION_PHASES,
  ANSWER_TYPES,
  CODE_PART_NAMES,
  DIMENSIONS,
  ITEM_PHASES,
  QUESTIONNAIRE_AUDIENCES,
  type CodePart,
  type QuestionnaireTemplate,
} from '../../../domain/questionnaires/templates';
import type { Administration, QuestionnaireResponse } from '../../../domain/questionnaires/responses';
import type { ExportedFile } from '../../exported-file';
import type { EntryActivity } from '../../../domain/questionnaires/entry-list';

const labelField = z.string().trim().min(1).max(200);

export const templateItemField = z.strictObject({
  /** An existing item keeps its id; a new one has none. */
  id: idField.nullable(),
  dimension: z.enum(DIMENSIONS),
  answerType: z.enum(ANSWER_TYPES),
  reverseKeyed: z.boolean(),
  wordingFr: z.string().trim().min(1).max(500),
  wordingEn: z.string().trim().max(500),
  phase: z.enum(ITEM_PHASES),
  anchorsFr: z.array(labelField).max(11),
  anchorsEn: z.array(z.string().trim().max(200)).max(11),
  choices: z
    .array(z.strictObject({ value: z.number().int().min(0).max(99), labelFr: labelField, labelEn: z.string().trim().max(200) }))
    .max(20),
});

export const templateFields = {
  name: requiredNameField,
  audience: z.enum(QUESTIONNAIRE_AUDIENCES),
  description: notesField,
  codeRecipe: z.array(z.enum(CODE_PART_NAMES as [CodePart, ...CodePart[]])).max(5),
  /** In printed order. */
  items: z.array(templateItemField).min(1).max(60),
};

/** One answer of a form: a number on the item's scale, no answer (null), or the text of a free-text item. */
export const answerField = z.strictObject({
  itemId: idField,
  value: z.number().int().min(0).max(99).nullable(),
  text: z.string().trim().max(2000),
});

export const questionnairesChannels = {
  templates: defineChannel<QuestionnaireTemplate[]>()({
    input: z.strictObject({ includeArchived: z.boolean().optional() }),
    access: ['coordinator', 'teacher'],
    writes: false,
  }),
  template: defineChannel<QuestionnaireTemplate>()({
    input: z.strictObject({ id: idField }),
    access: ['coordinator', 'teacher'],
    writes: false,
  }),
  createTemplate: defineChannel<QuestionnaireTemplate>()({
    input: z.strictObject(templateFields),
    access: ['coordinator'],
    writes: true,
  }),
  /** Refused (CONFLICT templateHasAnswers) when answers exist and items, scales or the code would change. */
  updateTemplate: defineChannel<QuestionnaireTemplate>()({
    input: z.strictObject({ id: idField, ...templateFields }),
    access: ['coordinator'],
    writes: true,
  }),
  /** A copy with version + 1, to change a template that already has answers; the old one is archived. */
  newTemplateVersion: defineChannel<QuestionnaireTemplate>()({
    input: z.strictObject({ id: idField }),
    access: ['coordinator'],
    writes: true,
  }),
  setTemplateArchived: defineChannel<QuestionnaireTemplate>()({
    input: z.strictObject({ id: idField, archived: z.boolean() }),
    access: ['coordinator'],
    writes: true,
  }),
  /** The administrations of an event (a teacher: only events of their classes). */
  administrations: defineChannel<Administration[]>()({
    input: z.strictObject({ eventId: idField }),
    access: ['coordinator', 'teacher'],
    writes: false,
  }),
  /**
   * The "Saisie" page: the school year's activities (not cancelled) with a questionnaire opened that the caller
   * may enter (a teacher: their classes only), each with its administrations.
   */
  entryActivities: defineChannel<EntryActivity[]>()({
    input: z.strictObject({ schoolYear: schoolYearField }),
    access: ['coordinator', 'teacher'],
    writes: false,
  }),
  /** A questionnaire given to one class of the event, before or after it. An 'after' needs its 'before'. */
  createAdministration: defineChannel<Administration>()({
    input: z.strictObject({
      templateId: idField,
      eventId: idField,
      classId: idField,
      phase: z.enum(ADMINISTRATION_PHASES),
      date: dateField,
    }),
    access: ['coordinator', 'teacher'],
    writes: true,
  }),
  /** With its responses, after confirmation in the interface. */
  deleteAdministration: defineChannel<null>()({
    input: z.strictObject({ id: idField }),
    access: ['coordinator'],
    writes: true,
  }),
  responses: defineChannel<QuestionnaireResponse[]>()({
    input: z.strictObject({ administrationId: idField }),
    access: ['coordinator', 'teacher'],
    writes: false,
  }),
  /** One paper form (a row of the entry grid), saved as the user goes. `id` null creates it. */
  saveResponse: defineChannel<QuestionnaireResponse>()({
    input: z.strictObject({
      administrationId: idField,
      id: idField.nullable(),
      code: z.string().trim().max(20),
      answers: z.array(answerField).max(60),
    }),
    access: ['coordinator', 'teacher'],
    writes: true,
  }),
  /** The paper form of an administration, `copies` times (a class set), as a PDF. */
  formPdf: defineChannel<ExportedFile>()({
    input: z.strictObject({
      administrationId: idField,
      language: z.enum(['fr', 'en']),
      copies: z.number().int().min(1).max(200),
    }),
    access: ['coordinator', 'teacher'],
    writes: false,
  }),
  deleteResponse: defineChannel<null>()({
    input: z.strictObject({ id: idField }),
    access: ['coordinator', 'teacher'],
    writes: true,
  }),
};
