/**
 * "Code postal", "CODE_POSTAL", "code-postal " and "Côde postal" all become "code postal": headers and
 * enumeration labels are matched without case, accents or punctuation, as people type them in Excel.
 */
export function normaliseLabel(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** For each field of an import, the header names that mean it (French first, then English). */
export type ColumnSynonyms<Field extends string> = Record<Field, readonly string[]>;

export interface ColumnMap<Field extends string> {
  /** Index in the record of each recognised field. */
  indexOf: Partial<Record<Field, number>>;
  /** Headers not recognised, or naming a field already taken by an earlier column, as written in the file. */
  ignoredColumns: string[];
}

export function mapColumns<Field extends string>(header: readonly string[], synonyms: ColumnSynonyms<Field>): ColumnMap<Field> {
  const fieldByName = new Map<string, Field>();
  for (const [field, names] of Object.entries(synonyms) as [Field, readonly string[]][]) {
    for (const name of names) fieldByName.set(normaliseLabel(name), field);
  }
  const indexOf: Partial<Record<Field, number>> = {};
  const ignoredColumns: string[] = [];
  header.forEach((name, index) => {
    const field = fieldByName.get(normaliseLabel(name));
    if (field === undefined || indexOf[field] !== undefined) {
      if (name !== '') ignoredColumns.push(name);
      return;
    }
    indexOf[field] = index;
  });
  return { indexOf, ignoredColumns };
}

/** The text of each recognised field in one record; a missing column or cell reads as empty. */
export function cellsByField<Field extends string>(
  cells: readonly string[],
  indexOf: Partial<Record<Field, number>>,
  fields: readonly Field[],
): Record<Field, string> {
  const values = {} as Record<Field, string>;
  for (const field of fields) {
    const index = indexOf[field];
    values[field] = index === undefined ? '' : (cells[index] ?? '');
  }
  return values;
}
