import { z } from 'zod';
import { defineChannel } from '../../define';
import {
  belgianPostalCodeField,
  emailField,
  idField,
  notesField,
  pageFields,
  phoneField,
  requiredNameField,
  schoolYearField,
  searchField,
  shortTextField,
} from '../../fields';
import { csvUploadField, type CsvFile, type ImportPreview, type ImportResult } from '../../csv-files';
import { SCHOOL_LEVELS, SCHOOL_NETWORKS, type Page, type School } from '../../../domain/directory';
import type { SchoolOverview } from '../../../domain/school-overview';

const levelsField = z
  .array(z.enum(SCHOOL_LEVELS))
  .min(1)
  .max(SCHOOL_LEVELS.length)
  .refine((levels) => new Set(levels).size === levels.length, { message: 'duplicate levels' });

export const schoolFields = {
  name: requiredNameField,
  network: z.enum(SCHOOL_NETWORKS),
  levels: levelsField,
  street: shortTextField,
  postalCode: belgianPostalCodeField,
  city: shortTextField,
  neighbourhood: shortTextField,
  phone: phoneField,
  email: emailField,
  notes: notesField,
};

export type SchoolDraft = Omit<School, 'id' | 'classCount'>;

const schoolFilters = {
  search: searchField.optional(),
  networks: z.array(z.enum(SCHOOL_NETWORKS)).max(SCHOOL_NETWORKS.length).optional(),
  levels: z.array(z.enum(SCHOOL_LEVELS)).max(SCHOOL_LEVELS.length).optional(),
  neighbourhood: shortTextField.optional(),
};

export const schoolsChannels = {
  list: defineChannel<Page<School>>()({
    input: z.strictObject({
      ...schoolFilters,
      sortBy: z.enum(['name', 'network', 'postalCode', 'neighbourhood', 'classCount']).optional(),
      ...pageFields,
    }),
    access: ['coordinator'],
    writes: false,
  }),
  get: defineChannel<School>()({ input: z.strictObject({ id: idField }), access: ['coordinator'], writes: false }),
  /**
   * The school's page: details, then classes, activities, questionnaires, contacts and loans of one school
   * year (the current one when left out). A teacher opens only a school where they teach a class (NOT_FOUND
   * otherwise) and gets only their classes' part, without contacts or loans.
   */
  overview: defineChannel<SchoolOverview>()({
    input: z.strictObject({ id: idField, schoolYear: schoolYearField.optional() }),
    access: ['coordinator', 'teacher'],
    writes: false,
  }),
  create: defineChannel<School>()({ input: z.strictObject(schoolFields), access: ['coordinator'], writes: true }),
  update: defineChannel<School>()({
    input: z.strictObject({ id: idField, ...schoolFields }),
    access: ['coordinator'],
    writes: true,
  }),
  /** Refused (CONFLICT) while events refer to the school; its classes and contacts' links go with it. */
  delete: defineChannel<null>()({ input: z.strictObject({ id: idField }), access: ['coordinator'], writes: true }),
  exportCsv: defineChannel<CsvFile>()({ input: z.strictObject(schoolFilters), access: ['coordinator'], writes: false }),
  importPreview: defineChannel<ImportPreview<SchoolDraft>>()({
    input: z.strictObject({ file: csvUploadField }),
    access: ['coordinator'],
    writes: false,
  }),
  /** All rows or none: any row with an error refuses the whole file (VALIDATION, rows listed). */
  importCommit: defineChannel<ImportResult>()({
    input: z.strictObject({ file: csvUploadField }),
    access: ['coordinator'],
    writes: true,
  }),
};
