import { z } from 'zod';
import { defineChannel } from '../../define';
import { countField, idField, idListField, pageFields, requiredNameField, schoolYearField, searchField } from '../../fields';
import { csvUploadField, type CsvFile, type ImportPreview, type ImportResult } from '../../csv-files';
import type { Page, SchoolClass } from '../../../domain/directory';

export const classFields = {
  schoolId: idField,
  schoolYear: schoolYearField,
  name: requiredNameField,
  grade: z.string().trim().max(20),
  pupilCount: countField,
  teacherIds: idListField,
};

/** A class as read from an import file: the school is named, not numbered. */
export interface ClassDraft {
  schoolName: string;
  postalCode: string;
  schoolYear: string;
  name: string;
  grade: string;
  pupilCount: number | null;
}

const classFilters = {
  schoolId: idField.optional(),
  schoolYear: schoolYearField.optional(),
  search: searchField.optional(),
};

export const classesChannels = {
  list: defineChannel<Page<SchoolClass>>()({
    input: z.strictObject({
      ...classFilters,
      sortBy: z.enum(['name', 'schoolName', 'schoolYear', 'grade', 'pupilCount']).optional(),
      ...pageFields,
    }),
    access: ['coordinator'],
    writes: false,
  }),
  create: defineChannel<SchoolClass>()({ input: z.strictObject(classFields), access: ['coordinator'], writes: true }),
  update: defineChannel<SchoolClass>()({
    input: z.strictObject({ id: idField, ...classFields }),
    access: ['coordinator'],
    writes: true,
  }),
  delete: defineChannel<null>()({ input: z.strictObject({ id: idField }), access: ['coordinator'], writes: true }),
  exportCsv: defineChannel<CsvFile>()({ input: z.strictObject(classFilters), access: ['coordinator'], writes: false }),
  importPreview: defineChannel<ImportPreview<ClassDraft>>()({
    input: z.strictObject({ file: csvUploadField }),
    access: ['coordinator'],
    writes: false,
  }),
  importCommit: defineChannel<ImportResult>()({
    input: z.strictObject({ file: csvUploadField }),
    access: ['coordinator'],
    writes: true,
  }),
};
