import { z } from 'zod';
import { defineChannel } from '../../define';
import { documentLanguageField, idField, notesField, requiredNameField, schoolYearField, shortTextField } from '../../fields';
import type { ExportedFile } from '../../exported-file';
import {
  EXHIBITION_KINDS,
  EXHIBITION_LANGUAGES,
  ITEM_KINDS,
  type Exhibition,
} from '../../../domain/loans/exhibitions';

export const exhibitionItemField = z.strictObject({
  /** An existing item keeps its id (and its condition history); a new one has none. */
  id: idField.nullable(),
  number: z.number().int().min(1).max(999),
  kind: z.enum(ITEM_KINDS),
  label: requiredNameField,
});

const loanDaysField = z.number().int().min(1).max(366).nullable();

export const exhibitionFields = {
  title: requiredNameField,
  owner: requiredNameField,
  kind: z.enum(EXHIBITION_KINDS),
  description: notesField,
  audience: shortTextField,
  languages: z.array(z.enum(EXHIBITION_LANGUAGES)).max(EXHIBITION_LANGUAGES.length),
  /** Items in printed order; removing an item that has condition checks retires it instead of deleting it. */
  items: z.array(exhibitionItemField).max(200),
  transportNotes: notesField,
  setupNotes: notesField,
  insuranceValue: z.number().min(0).max(10_000_000).multipleOf(0.01).nullable(),
  minLoanDays: loanDaysField,
  maxLoanDays: loanDaysField,
  bufferDays: z.number().int().min(0).max(60),
  notes: notesField,
  archived: z.boolean(),
};

export const exhibitionsChannels = {
  list: defineChannel<Exhibition[]>()({
    input: z.strictObject({ includeArchived: z.boolean().optional() }),
    access: ['coordinator'],
    writes: false,
  }),
  get: defineChannel<Exhibition>()({ input: z.strictObject({ id: idField }), access: ['coordinator'], writes: false }),
  create: defineChannel<Exhibition>()({ input: z.strictObject(exhibitionFields), access: ['coordinator'], writes: true }),
  update: defineChannel<Exhibition>()({
    input: z.strictObject({ id: idField, ...exhibitionFields }),
    access: ['coordinator'],
    writes: true,
  }),
  /** Only an exhibition that was never lent; otherwise archive it. */
  delete: defineChannel<null>()({ input: z.strictObject({ id: idField }), access: ['coordinator'], writes: true }),
  /** Clears the damaged/missing flag of an item once repaired, replaced or found. */
  resolveItemFlag: defineChannel<Exhibition>()({
    input: z.strictObject({ itemId: idField, note: notesField }),
    access: ['coordinator'],
    writes: true,
  }),
  /** The loan schedule of one exhibition for a school year, as a PDF in the interface's language (French when left out). */
  schedulePdf: defineChannel<ExportedFile>()({
    input: z.strictObject({ id: idField, schoolYear: schoolYearField, language: documentLanguageField }),
    access: ['coordinator'],
    writes: false,
  }),
};
