import { z } from 'zod';
import type { Db } from '../../db/connection';
import type { ServiceContext } from '../context';
import { assertImportable, importPreview, readImportFile } from '../../csv/import-file';
import type { ColumnSynonyms } from '../../csv/columns';
import { chunked, foldedKey, whereInChunks } from '../../db/query-toolkit';
import { classColumns } from './classes';
import { schoolNameKey } from './schools';
import { classFields, type ClassDraft } from '../../../shared/api/channels/directory/classes';
import type { ImportPreview, ImportResult, ImportRow } from '../../../shared/api/csv-files';
import { toFieldErrors } from '../../../shared/api/field-errors';
import { belgianPostalCodeField, requiredNameField } from '../../../shared/api/fields';
import type { FieldError } from '../../../shared/api/result';
import { schoolYearOf } from '../../../shared/domain/school-year';

type ClassField = keyof ClassDraft;

const CLASS_COLUMNS: ColumnSynonyms<ClassField> = {
  schoolName: ['École', "Nom de l'école", 'Établissement', 'School', 'School name'],
  postalCode: ['Code postal', 'CP', 'Postal code', 'Postcode', 'Zip'],
  schoolYear: ['Année scolaire', 'School year', 'Year'],
  name: ['Classe', 'Nom', 'Nom de la classe', 'Name', 'Class', 'Class name'],
  grade: ['Niveau', 'Degré', 'Grade', 'Level'],
  pupilCount: ['Élèves', "Nombre d'élèves", 'Nb élèves', 'Pupils', 'Number of pupils', 'Pupil count', 'Students'],
};

/** The create channel's field rules; the school is named (and found) rather than numbered. */
const classRowSchema = z.object({
  schoolName: requiredNameField,
  postalCode: z.union([z.literal(''), belgianPostalCodeField]),
  schoolYear: classFields.schoolYear,
  name: classFields.name,
  grade: classFields.grade,
  pupilCount: classFields.pupilCount.nullable(),
});

interface SchoolMatch {
  id: number;
  postalCode: string;
}

/** Schools whose folded name appears in the file, by folded name (several when names repeat across postcodes). */
async function schoolsByName(db: Db, names: readonly string[]): Promise<Map<string, SchoolMatch[]>> {
  const byName = new Map<string, SchoolMatch[]>();
  for (const chunk of chunked([...new Set(names.map(schoolNameKey))])) {
    const rows: { id: number; name_key: string; postal_code: string }[] = await db('schools').whereIn('name_key', chunk).select('id', 'name_key', 'postal_code');
    for (const row of rows) byName.set(row.name_key, [...(byName.get(row.name_key) ?? []), { id: row.id, postalCode: row.postal_code }]);
  }
  return byName;
}

/** "school id|year|folded class name" of the classes already saved in the given schools. */
async function existingClassKeys(db: Db, schoolIds: readonly number[]): Promise<Set<string>> {
  const rows = await whereInChunks<{ school_id: number; school_year: string; name: string }>(schoolIds, async (chunk) =>
    db('school_classes').whereIn('school_id', chunk).select('school_id', 'school_year', 'name'),
  );
  return new Set(rows.map((row) => `${row.school_id}|${row.school_year}|${foldedKey(row.name)}`));
}

/** Blank means "not given"; anything but digits is refused rather than guessed ("vingt", "20-22"). */
function pupilCountOf(text: string): { value: number | null; error?: FieldError } {
  if (text === '') return { value: null };
  return /^\d+$/.test(text) ? { value: Number(text) } : { value: null, error: { path: 'pupilCount', issue: 'invalid_format' } };
}

interface CheckedClass {
  row: ImportRow<ClassDraft>;
  schoolId: number | null;
}

/**
 * Reads and checks every row of a class file: field rules, the school (by name, and postal code when given;
 * none or several found → `not_found` on schoolName), then duplicates within the file and in the database.
 * A row without a school year belongs to the current one (that of `today`), shown in the preview.
 */
async function checkClassFile({ db, today }: ServiceContext, file: string) {
  const table = readImportFile(file, CLASS_COLUMNS);
  const currentYear = schoolYearOf(today).label;
  const schools = await schoolsByName(db, table.rows.map((row) => row.text.schoolName));

  const checked = table.rows.map(({ line, text }): CheckedClass => {
    const pupils = pupilCountOf(text.pupilCount);
    const candidate: ClassDraft = { ...text, schoolYear: text.schoolYear || currentYear, pupilCount: pupils.value };
    const parsed = classRowSchema.safeParse(candidate);
    const errors: FieldError[] = parsed.success ? [] : toFieldErrors(parsed.error.issues, candidate);
    if (pupils.error) errors.push(pupils.error);
    const values: ClassDraft = parsed.success ? parsed.data : candidate;
    let schoolId: number | null = null;
    if (!errors.some((error) => error.path === 'schoolName' || error.path === 'postalCode')) {
      const matches = (schools.get(schoolNameKey(values.schoolName)) ?? []).filter(
        (school) => values.postalCode === '' || school.postalCode === values.postalCode,
      );
      if (matches.length === 1 && matches[0]) schoolId = matches[0].id;
      else errors.push({ path: 'schoolName', issue: 'not_found', params: { matches: matches.length } });
    }
    return { row: { line, values, errors }, schoolId };
  });

  const existing = await existingClassKeys(db, checked.flatMap((entry) => (entry.schoolId === null ? [] : [entry.schoolId])));
  const firstLineOf = new Map<string, number>();
  for (const { row, schoolId } of checked) {
    if (schoolId === null || row.errors.some((error) => error.path === 'name' || error.path === 'schoolYear')) continue;
    const key = `${schoolId}|${row.values.schoolYear}|${foldedKey(row.values.name)}`;
    const firstLine = firstLineOf.get(key);
    if (firstLine !== undefined) row.errors.push({ path: 'name', issue: 'duplicate', params: { line: firstLine } });
    else {
      if (existing.has(key)) row.errors.push({ path: 'name', issue: 'duplicate' });
      firstLineOf.set(key, row.line);
    }
  }
  return { preview: importPreview(table, checked.map((entry) => entry.row)), checked };
}

export async function previewClassImport(ctx: ServiceContext, file: string): Promise<ImportPreview<ClassDraft>> {
  return (await checkClassFile(ctx, file)).preview;
}

/** All rows or none: checked again against the database as it is now, then inserted in batches. */
export async function commitClassImport(ctx: ServiceContext, file: string): Promise<ImportResult> {
  const { preview, checked } = await checkClassFile(ctx, file);
  assertImportable(preview);
  const now = ctx.now.toISOString();
  const rows = checked.map(({ row, schoolId }) => {
    if (schoolId === null) throw new Error('checked class row without a school');
    const { schoolYear, name, grade, pupilCount } = row.values;
    return { ...classColumns({ schoolId, schoolYear, name, grade, pupilCount: pupilCount ?? 0 }, now), created_at: now };
  });
  for (const chunk of chunked(rows, 100)) await ctx.db('school_classes').insert(chunk);
  return { created: rows.length };
}
