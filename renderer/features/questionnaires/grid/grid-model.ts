import {
  CODE_PARTS,
  type AdministrationPhase,
  type CodePart,
  type TemplateItem,
} from '../../../../shared/domain/questionnaires/templates';
import type { QuestionnaireResponse, ResponseAnswer } from '../../../../shared/domain/questionnaires/responses';
import { codeRegex, TWIN_MARK } from '../../../../shared/domain/questionnaires/codes';

/**
 * The keyboard entry grid of paper questionnaires (issue 5, item 5), as pure functions: the columns of a
 * phase, where the cursor goes next, the rows and the undo stack (what a key does in a cell: grid-keys.ts).
 * The component only wires these to the DOM and to the API.
 *
 * Column 0 is the pupil's code; columns 1..n are the items of the phase in paper order (numbered 1..n as on
 * the printed form).
 */

export interface GridColumn {
  itemId: number;
  /** 1..n, as printed on the paper form. */
  number: number;
  item: TemplateItem;
  /** Free text: a text input in the keyboard flow (typed into; Enter or Tab leaves it). */
  text: boolean;
}

/** The items asked in a phase, in paper order. */
function itemsForPhase(items: readonly TemplateItem[], phase: AdministrationPhase): TemplateItem[] {
  return items.filter((item) => item.phase === phase || item.phase === 'both').sort((a, b) => a.position - b.position);
}

export function gridColumns(items: readonly TemplateItem[], phase: AdministrationPhase): GridColumn[] {
  return itemsForPhase(items, phase).map((item, index) => ({
    itemId: item.id,
    number: index + 1,
    item,
    text: item.answerType === 'free_text',
  }));
}

// ---------------------------------------------------------------------------------------------- code

/** "LLDD" for a recipe: one letter (L) or digit (D) per character. */
export function codeKinds(recipe: readonly CodePart[]): ('L' | 'D')[] {
  return recipe.flatMap((part) => Array<'L' | 'D'>(CODE_PARTS[part].length).fill(CODE_PARTS[part].kind === 'letter' ? 'L' : 'D'));
}

/**
 * The code as typed, upper case, letters and digits only, at most `max` characters; a dash is kept only as a
 * twin mark being typed at the end ("AB12-", "AB12-2"), never inside the code.
 */
export function cleanCode(raw: string, max = 20): string {
  const upper = raw
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toUpperCase()
    .replace(/[^A-Z0-9-]/g, '');
  const mark = new RegExp(`${TWIN_MARK}([0-9]?)$`).exec(upper);
  const base = mark ? upper.slice(0, mark.index).replace(/-/g, '') : '';
  if (!mark || base === '') return upper.replace(/-/g, '').slice(0, max);
  return `${base.slice(0, max)}${TWIN_MARK}${mark[1]}`;
}

/** Whether a code fits the recipe, twin mark allowed ('' is allowed: the pupil wrote none). */
export function codeFits(code: string, kinds: readonly ('L' | 'D')[]): boolean {
  if (code === '') return true;
  return codeRegex(kinds.join('')).test(code);
}

// ---------------------------------------------------------------------------------------------- moves

export type Direction = 'left' | 'right' | 'up' | 'down' | 'next' | 'previous';

export interface Position {
  row: number;
  /** 0: the code; 1..n: the item columns. */
  col: number;
}

/**
 * The cell after a move. `next` / `previous` follow the keyboard flow through every cell of the pupil's row,
 * free text included (issue 17: a comment after the 0–10 question used to be skipped, and so forgotten); only
 * leaving the last cell of a row goes to the next row's code. Arrows reach every cell and stop at the edges.
 */
export function moveFrom(position: Position, direction: Direction, columns: readonly GridColumn[], rowCount: number): Position {
  const last = columns.length;
  const { row, col } = position;
  const clampRow = (value: number) => Math.max(0, Math.min(rowCount - 1, value));
  switch (direction) {
    case 'left':
      return { row, col: Math.max(0, col - 1) };
    case 'right':
      return { row, col: Math.min(last, col + 1) };
    case 'up':
      return { row: clampRow(row - 1), col };
    case 'down':
      return { row: clampRow(row + 1), col };
    case 'next':
      if (col < last) return { row, col: col + 1 };
      return row + 1 < rowCount ? { row: row + 1, col: 0 } : { row, col };
    case 'previous':
      if (col > 0) return { row, col: col - 1 };
      return row === 0 ? position : { row: row - 1, col: last };
  }
}

// ---------------------------------------------------------------------------------------------- rows

/** undefined: not entered yet; null: "no answer"; a number: the answer. */
export type CellValue = number | null | undefined;

export type RowStatus = 'clean' | 'dirty' | 'saving' | 'saved' | 'error';

export interface GridRow {
  /** Stable across saves (the id is unknown until the first save). */
  key: string;
  id: number | null;
  code: string;
  values: Readonly<Record<number, CellValue>>;
  texts: Readonly<Record<number, string>>;
  status: RowStatus;
  /** Bumped by every edit: a save answers for the revision it sent. */
  revision: number;
  /** The translated reason of the last failed save. */
  error: string | null;
  /** The code as the server last saved it (null: never saved): the saved form keeps its code in a clash. */
  savedCode: string | null;
  /** The code cell was left once (blur, Enter, Tab): from then on a clash with another form is shown. */
  codeLeft: boolean;
}

let keyCounter = 0;
function newRowKey(): string {
  keyCounter += 1;
  return `new-${keyCounter}`;
}

function emptyRow(key = newRowKey()): GridRow {
  return { key, id: null, code: '', values: {}, texts: {}, status: 'clean', revision: 0, error: null, savedCode: null, codeLeft: false };
}

/** A saved form as a row: a stored null is "no answer" (—); an item with no stored answer was not entered. */
export function rowFromResponse(response: QuestionnaireResponse): GridRow {
  const values: Record<number, CellValue> = {};
  const texts: Record<number, string> = {};
  for (const answer of response.answers) {
    if (answer.text !== '') texts[answer.itemId] = answer.text;
    else values[answer.itemId] = answer.value;
  }
  return {
    key: `r-${response.id}`,
    id: response.id,
    code: response.code,
    values,
    texts,
    status: 'saved',
    revision: 0,
    error: null,
    savedCode: response.code,
    codeLeft: true,
  };
}

export function isBlank(row: GridRow): boolean {
  return (
    row.id === null &&
    row.code === '' &&
    Object.values(row.values).every((value) => value === undefined) &&
    Object.values(row.texts).every((text) => text === '')
  );
}

/** The rows with always one blank row at the bottom, to start a new form. */
function withBlankRow(rows: readonly GridRow[]): GridRow[] {
  let end = rows.length;
  while (end >= 2 && isBlank(rows[end - 1]!) && isBlank(rows[end - 2]!)) end -= 1;
  const kept = rows.slice(0, end);
  const last = kept[kept.length - 1];
  return last && isBlank(last) ? kept : [...kept, emptyRow()];
}

/**
 * The answers of a row as saveResponse takes them: the cells entered (a value, or null for "no answer") and
 * the free texts written. Cells not entered are left out, so they stay "not entered" when reopened.
 */
export function answersOf(row: GridRow, columns: readonly GridColumn[]): ResponseAnswer[] {
  const answers: ResponseAnswer[] = [];
  for (const column of columns) {
    if (column.text) {
      const text = (row.texts[column.itemId] ?? '').trim();
      if (text !== '') answers.push({ itemId: column.itemId, value: null, text });
    } else {
      const value = row.values[column.itemId];
      if (value !== undefined) answers.push({ itemId: column.itemId, value, text: '' });
    }
  }
  return answers;
}

/** What a change touched: the code, an item's value or an item's text. */
export type Field = { kind: 'code' } | { kind: 'value'; itemId: number } | { kind: 'text'; itemId: number };
export type FieldValue = string | CellValue;

function readField(row: GridRow, field: Field): FieldValue {
  if (field.kind === 'code') return row.code;
  if (field.kind === 'value') return row.values[field.itemId];
  return row.texts[field.itemId] ?? '';
}

function writeField(row: GridRow, field: Field, value: FieldValue): GridRow {
  const changed = { ...row, status: 'dirty' as const, revision: row.revision + 1 };
  if (field.kind === 'code') return { ...changed, code: typeof value === 'string' ? value : '' };
  if (field.kind === 'value') return { ...changed, values: { ...row.values, [field.itemId]: typeof value === 'string' ? undefined : value } };
  return { ...changed, texts: { ...row.texts, [field.itemId]: typeof value === 'string' ? value : '' } };
}

// ---------------------------------------------------------------------------------------------- undo

export interface Change {
  rowKey: string;
  field: Field;
  before: FieldValue;
  after: FieldValue;
  /** Where the cursor goes back on undo. */
  position: Position;
}

export interface GridState {
  rows: GridRow[];
  undo: Change[];
}

const UNDO_LIMIT = 500;

export function initialState(responses: readonly QuestionnaireResponse[]): GridState {
  return { rows: withBlankRow(responses.map(rowFromResponse)), undo: [] };
}

function sameField(a: Field, b: Field): boolean {
  return a.kind === b.kind && (a.kind === 'code' || (b.kind !== 'code' && a.itemId === b.itemId));
}

export type GridEvent =
  | { type: 'edit'; rowKey: string; field: Field; value: FieldValue; position: Position }
  | { type: 'undo' }
  | { type: 'saving'; rowKey: string }
  | { type: 'saved'; rowKey: string; revision: number; response: QuestionnaireResponse }
  | { type: 'failed'; rowKey: string; error: string }
  | { type: 'codeLeft'; rowKey: string }
  | { type: 'removed'; rowKey: string };

function updateRow(state: GridState, rowKey: string, change: (row: GridRow) => GridRow): GridRow[] {
  return state.rows.map((row) => (row.key === rowKey ? change(row) : row));
}

/**
 * The grid's state after an event. Edits push on the undo stack (successive keystrokes in the same code or
 * text cell merge into one change); a save that answers for an older revision leaves the row dirty.
 */
export function gridReducer(state: GridState, event: GridEvent): GridState {
  switch (event.type) {
    case 'edit': {
      const row = state.rows.find((candidate) => candidate.key === event.rowKey);
      if (!row) return state;
      const before = readField(row, event.field);
      if (before === event.value) return state;
      const top = state.undo[state.undo.length - 1];
      const merges = top !== undefined && event.field.kind !== 'value' && top.rowKey === event.rowKey && sameField(top.field, event.field);
      const undo = merges
        ? [...state.undo.slice(0, -1), { ...top, after: event.value }]
        : [...state.undo, { rowKey: event.rowKey, field: event.field, before, after: event.value, position: event.position }].slice(-UNDO_LIMIT);
      return { rows: withBlankRow(updateRow(state, event.rowKey, (current) => writeField(current, event.field, event.value))), undo };
    }
    case 'undo': {
      const top = state.undo[state.undo.length - 1];
      if (!top) return state;
      return {
        rows: withBlankRow(updateRow(state, top.rowKey, (row) => writeField(row, top.field, top.before))),
        undo: state.undo.slice(0, -1),
      };
    }
    case 'saving':
      return { ...state, rows: updateRow(state, event.rowKey, (row) => ({ ...row, status: 'saving' })) };
    case 'saved':
      return {
        ...state,
        rows: updateRow(state, event.rowKey, (row) => ({
          ...row,
          id: event.response.id,
          code: row.revision === event.revision ? event.response.code : row.code,
          status: row.revision === event.revision ? 'saved' : 'dirty',
          error: null,
          savedCode: event.response.code,
        })),
      };
    case 'codeLeft':
      return state.rows.some((row) => row.key === event.rowKey && !row.codeLeft)
        ? { ...state, rows: updateRow(state, event.rowKey, (row) => ({ ...row, codeLeft: true })) }
        : state;
    case 'failed':
      return { ...state, rows: updateRow(state, event.rowKey, (row) => ({ ...row, status: 'error', error: event.error })) };
    case 'removed':
      return {
        rows: withBlankRow(state.rows.filter((row) => row.key !== event.rowKey)),
        undo: state.undo.filter((change) => change.rowKey !== event.rowKey),
      };
  }
}

/** Whether a row has something to send: changed since its last save, and not the untouched blank row. */
export function needsSave(row: GridRow): boolean {
  return (row.status === 'dirty' || row.status === 'error') && !(row.id === null && isBlank(row));
}

/** The index of the row with that key, or -1. */
export function rowIndex(rows: readonly GridRow[], key: string): number {
  return rows.findIndex((row) => row.key === key);
}
