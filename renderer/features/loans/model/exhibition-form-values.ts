import type { InputOf } from '../../../../shared/api/contract';
import type { FieldError } from '../../../../shared/api/result';
import type { Exhibition, ExhibitionKind, ExhibitionLanguage, ItemKind } from '../../../../shared/domain/loans/exhibitions';

/** One row of the item editor. `key` keeps React's rows stable while rows move; `id` is null for a new item. */
export interface ItemRow {
  key: string;
  id: number | null;
  number: number | string;
  kind: ItemKind;
  label: string;
}

/** The exhibition form's values: number boxes hold '' while empty. */
export interface ExhibitionFormValues {
  title: string;
  owner: string;
  kind: ExhibitionKind;
  description: string;
  audience: string;
  languages: ExhibitionLanguage[];
  items: ItemRow[];
  transportNotes: string;
  setupNotes: string;
  insuranceValue: number | string;
  minLoanDays: number | string;
  maxLoanDays: number | string;
  bufferDays: number | string;
  notes: string;
  archived: boolean;
}

export type ExhibitionInput = InputOf<'exhibitions', 'create'>;
export type ExhibitionDraft = Omit<ExhibitionInput, 'bufferDays' | 'items'> & {
  bufferDays?: number;
  items: { id: number | null; number?: number; kind: ItemKind; label: string }[];
};

/** Two free days between loans leave time to bring the exhibition back, check it and take it out again. */
const DEFAULT_BUFFER_DAYS = 2;

let keySequence = 0;
function newRowKey(): string {
  keySequence += 1;
  return `new-${keySequence}`;
}

export function emptyExhibitionValues(): ExhibitionFormValues {
  return {
    title: '',
    owner: '',
    kind: 'loanable',
    description: '',
    audience: '',
    languages: ['fr'],
    items: [],
    transportNotes: '',
    setupNotes: '',
    insuranceValue: '',
    minLoanDays: '',
    maxLoanDays: '',
    bufferDays: DEFAULT_BUFFER_DAYS,
    notes: '',
    archived: false,
  };
}

const toBox = (value: number | null): number | string => (value === null ? '' : value);

export function valuesFromExhibition(exhibition: Exhibition): ExhibitionFormValues {
  return {
    title: exhibition.title,
    owner: exhibition.owner,
    kind: exhibition.kind,
    description: exhibition.description,
    audience: exhibition.audience,
    languages: [...exhibition.languages],
    items: exhibition.items.map((item) => ({ key: `item-${item.id}`, id: item.id, number: item.number, kind: item.kind, label: item.label })),
    transportNotes: exhibition.transportNotes,
    setupNotes: exhibition.setupNotes,
    insuranceValue: toBox(exhibition.insuranceValue),
    minLoanDays: toBox(exhibition.minLoanDays),
    maxLoanDays: toBox(exhibition.maxLoanDays),
    bufferDays: exhibition.bufferDays,
    notes: exhibition.notes,
    archived: exhibition.archived,
  };
}

function numberOrMissing(value: number | string): number | undefined {
  if (value === '') return undefined;
  const parsed = typeof value === 'number' ? value : Number(String(value).replace(',', '.'));
  return Number.isFinite(parsed) ? parsed : undefined;
}

function numberOrNull(value: number | string): number | null {
  return numberOrMissing(value) ?? null;
}

/** The contract's input from the form; an empty buffer stays missing so the check says "required". */
export function exhibitionDraftFromValues(values: ExhibitionFormValues): ExhibitionDraft {
  return {
    title: values.title,
    owner: values.owner,
    kind: values.kind,
    description: values.description,
    audience: values.audience,
    languages: values.languages,
    items: values.items.map((row) => ({ id: row.id, number: numberOrMissing(row.number), kind: row.kind, label: row.label })),
    transportNotes: values.transportNotes,
    setupNotes: values.setupNotes,
    insuranceValue: values.insuranceValue === '' ? null : (numberOrNull(values.insuranceValue) ?? null),
    minLoanDays: numberOrNull(values.minLoanDays),
    maxLoanDays: numberOrNull(values.maxLoanDays),
    bufferDays: numberOrMissing(values.bufferDays),
    notes: values.notes,
    archived: values.archived,
  };
}

export function isCompleteExhibitionDraft(draft: ExhibitionDraft): draft is ExhibitionInput {
  return draft.bufferDays !== undefined && draft.items.every((item) => item.number !== undefined);
}

/** Rules between fields: the maximum length is not below the minimum, and no two items share a number. */
export function exhibitionCrossIssues(values: ExhibitionFormValues): FieldError[] {
  const issues: FieldError[] = [];
  const min = numberOrMissing(values.minLoanDays);
  const max = numberOrMissing(values.maxLoanDays);
  if (min !== undefined && max !== undefined && max < min) issues.push({ path: 'maxLoanDays', issue: 'too_small', params: { limit: min } });
  const seen = new Set<number>();
  values.items.forEach((row, index) => {
    const number = numberOrMissing(row.number);
    if (number === undefined) return;
    if (seen.has(number)) issues.push({ path: `items.${index}.number`, issue: 'duplicate' });
    seen.add(number);
  });
  return issues;
}

/** A new row at the end, numbered after the highest number, of the same kind as the row above it. */
export function addItemRow(items: readonly ItemRow[], key = newRowKey()): ItemRow[] {
  const highest = items.reduce((max, row) => Math.max(max, numberOrMissing(row.number) ?? 0), 0);
  const kind = items.at(-1)?.kind ?? 'panel';
  return [...items, { key, id: null, number: Math.min(highest + 1, 999), kind, label: '' }];
}

export function removeItemRow(items: readonly ItemRow[], index: number): ItemRow[] {
  return items.filter((_, position) => position !== index);
}

/**
 * Moves a row up (-1) or down (+1). The numbers stay in place, so the list keeps reading 1, 2, 3… and the
 * moved item takes its new position's number.
 */
export function moveItemRow(items: readonly ItemRow[], index: number, delta: -1 | 1): ItemRow[] {
  const target = index + delta;
  if (index < 0 || index >= items.length || target < 0 || target >= items.length) return [...items];
  const next = [...items];
  const moving = next[index]!;
  const other = next[target]!;
  next[index] = { ...other, number: moving.number };
  next[target] = { ...moving, number: other.number };
  return next;
}

/** The whole exhibition as an update input, e.g. to archive it. */
export function exhibitionInputFromExhibition(exhibition: Exhibition, changes: Partial<ExhibitionInput> = {}): ExhibitionInput & { id: number } {
  return {
    id: exhibition.id,
    title: exhibition.title,
    owner: exhibition.owner,
    kind: exhibition.kind,
    description: exhibition.description,
    audience: exhibition.audience,
    languages: exhibition.languages,
    items: exhibition.items.map((item) => ({ id: item.id, number: item.number, kind: item.kind, label: item.label })),
    transportNotes: exhibition.transportNotes,
    setupNotes: exhibition.setupNotes,
    insuranceValue: exhibition.insuranceValue,
    minLoanDays: exhibition.minLoanDays,
    maxLoanDays: exhibition.maxLoanDays,
    bufferDays: exhibition.bufferDays,
    notes: exhibition.notes,
    archived: exhibition.archived,
    ...changes,
  };
}
