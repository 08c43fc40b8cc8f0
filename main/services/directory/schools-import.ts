import { z } from 'zod';
import type { Db } from '../../db/connection';
import type { ServiceContext } from '../context';
import { assertImportable, importPreview, readImportFile } from '../../csv/import-file';
import { parseLevels, parseNetwork } from '../../csv/labels';
import type { ColumnSynonyms } from '../../csv/columns';
import { chunked } from '../../db/query-toolkit';
import { schoolColumns, schoolNameKey } from './schools';
import { schoolFields, type SchoolDraft } from '../../../shared/api/channels/directory/schools';
import type { ImportPreview, ImportResult, ImportRow } from '../../../shared/api/csv-files';
import { toFieldErrors } from '../../../shared/api/field-errors';

type SchoolField = keyof typeof schoolFields;

/** Header names that mean each field, French and English (matched without case, accents or punctuation). */
const SCHOOL_COLUMNS: ColumnSynonyms<SchoolField> = {
  name: ['Nom', "Nom de l'école", 'École', 'Name', 'School', 'School name'],
  network: ['Réseau', "Réseau d'enseignement", 'Network'],
  levels: ['Niveaux', 'Niveau', 'Levels', 'Level'],
  street: ['Rue', 'Adresse', 'Street', 'Address'],
  postalCode: ['Code postal', 'CP', 'Postal code', 'Postcode', 'Zip'],
  city: ['Localité', 'Commune', 'Ville', 'City', 'Town'],
  neighbourhood: ['Quartier', 'Neighbourhood', 'Neighborhood', 'District'],
  phone: ['Téléphone', 'Tél', 'Phone', 'Telephone'],
  email: ['E-mail', 'Email', 'Courriel', 'Mail'],
  notes: ['Remarques', 'Remarque', 'Notes', 'Note', 'Comments'],
};

/** The create channel's own field rules, so a row is refused in the import exactly when the form would be. */
const schoolDraftSchema = z.object(schoolFields);

/** The folded keys of (name, postal code) pairs already in the database, among the names of the file. */
async function existingSchoolKeys(db: Db, nameKeys: readonly string[]): Promise<Set<string>> {
  const existing = new Set<string>();
  for (const chunk of chunked([...new Set(nameKeys)])) {
    const rows: { name_key: string; postal_code: string }[] = await db('schools').whereIn('name_key', chunk).select('name_key', 'postal_code');
    for (const row of rows) existing.add(`${row.name_key}|${row.postal_code}`);
  }
  return existing;
}

/**
 * Reads and checks every row of a school file: the create channel's field rules, then duplicates within
 * the file (the second occurrence is refused, naming the first line) and against the schools already saved.
 */
export async function previewSchoolImport(db: Db, file: string): Promise<ImportPreview<SchoolDraft>> {
  const table = readImportFile(file, SCHOOL_COLUMNS);
  const existing = await existingSchoolKeys(db, table.rows.map((row) => schoolNameKey(row.text.name)));
  const firstLineOf = new Map<string, number>();

  const rows = table.rows.map(({ line, text }): ImportRow<SchoolDraft> => {
    const candidate = { ...text, network: parseNetwork(text.network), levels: parseLevels(text.levels) };
    const parsed = schoolDraftSchema.safeParse(candidate);
    const errors = parsed.success ? [] : toFieldErrors(parsed.error.issues, candidate);
    const values = parsed.success ? parsed.data : shownAsTyped(candidate);

    if (!errors.some((error) => error.path === 'name' || error.path === 'postalCode')) {
      const key = `${schoolNameKey(values.name)}|${values.postalCode}`;
      const firstLine = firstLineOf.get(key);
      if (firstLine !== undefined) errors.push({ path: 'name', issue: 'duplicate', params: { line: firstLine } });
      else if (existing.has(key)) errors.push({ path: 'name', issue: 'duplicate' });
      if (firstLine === undefined) firstLineOf.set(key, line);
    }
    return { line, values, errors };
  });
  return importPreview(table, rows);
}

/**
 * A refused row is shown with the text the user typed, so they can find it in their file. Its network or
 * levels may then be text that is no code: the renderer shows such values as they are.
 */
function shownAsTyped(candidate: Record<SchoolField, unknown>): SchoolDraft {
  const text = (value: unknown): string => (typeof value === 'string' ? value.trim() : '');
  return {
    name: text(candidate.name),
    // Deliberately unchecked: the row's errors say which of these is not a known code.
    network: text(candidate.network) as SchoolDraft['network'],
    levels: (Array.isArray(candidate.levels) ? candidate.levels.map(text) : []) as SchoolDraft['levels'],
    street: text(candidate.street),
    postalCode: text(candidate.postalCode),
    city: text(candidate.city),
    neighbourhood: text(candidate.neighbourhood),
    phone: text(candidate.phone),
    email: text(candidate.email),
    notes: text(candidate.notes),
  };
}

/** All rows or none: checked again (the database may have changed since the preview), then inserted in batches. */
export async function commitSchoolImport({ db, now }: ServiceContext, file: string): Promise<ImportResult> {
  const preview = await previewSchoolImport(db, file);
  assertImportable(preview);
  const at = now.toISOString();
  const drafts = preview.rows.map((row) => row.values);
  for (const chunk of chunked(drafts, 100)) {
    await db('schools').insert(chunk.map((draft) => ({ ...schoolColumns(draft, at), created_at: at })));
  }
  // The (name_key, postal_code) pair is unique: it finds each new school's id without relying on the
  // driver's answer to a multi-row insert.
  const idByKey = new Map<string, number>();
  for (const chunk of chunked([...new Set(drafts.map((draft) => schoolNameKey(draft.name)))])) {
    const rows: { id: number; name_key: string; postal_code: string }[] = await db('schools')
      .whereIn('name_key', chunk)
      .select('id', 'name_key', 'postal_code');
    for (const row of rows) idByKey.set(`${row.name_key}|${row.postal_code}`, row.id);
  }
  const levels = drafts.flatMap((draft) => {
    const schoolId = idByKey.get(`${schoolNameKey(draft.name)}|${draft.postalCode}`);
    if (schoolId === undefined) throw new Error('imported school not found after insert');
    return draft.levels.map((level) => ({ school_id: schoolId, level }));
  });
  for (const chunk of chunked(levels, 200)) await db('school_levels').insert(chunk);
  return { created: drafts.length };
}
