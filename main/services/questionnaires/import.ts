import type { ServiceContext } from '../context';
import { normaliseLabel } from '../../csv/columns';
import { assertImportable, readUploadedCsv, type UploadedTable } from '../../csv/import-file';
import { AppError, fieldError, fieldErrors, notFound } from '../../errors';
import { bulkInsert } from '../../db/bulk-insert';
import { isPostgres, type Db } from '../../db/connection';
import { automaticLabelValue, isMetadataHeader, labelKey, labelKeys, numericValue, suggestCodeColumn, suggestItemColumns } from './import-mapping';
import { proposeAnswerCodes } from '../../../shared/domain/questionnaires/answer-codes';
import { answerProblems } from './responses';
import { serialiseRule } from '../../db/rule-lock';
import { codeRegex } from '../../../shared/domain/questionnaires/codes';
import { parseRecipe, toItem, type ItemRow } from './templates';
import type { ParsedInputOf } from '../../../shared/api/contract';
import type { ImportResult } from '../../../shared/api/csv-files';
import type { FieldError } from '../../../shared/api/result';
import type { AnswerImportMapping, AnswerImportPreview, AnswerImportRow } from '../../../shared/domain/questionnaires/answer-import';
import { normalizeCode } from '../../../shared/domain/questionnaires/pairing';
import { answerRange, codePattern, isValidAnswer, type AdministrationPhase, type QuestionnaireAudience, type TemplateItem } from '../../../shared/domain/questionnaires/templates';

/**
 * Answers collected by an online form, imported into one administration (issue 5 point 6): the file's
 * columns are mapped to items and its answer labels to values, every row is checked with the rules of the
 * entry grid (code recipe, unique code, scales), and the whole file is saved or nothing. Codes and answers
 * never go to the log or the audit.
 */

type PreviewInput = ParsedInputOf<'questionnaireImport', 'preview'>;
type CommitInput = ParsedInputOf<'questionnaireImport', 'commit'>;

/** Free texts are capped as in the entry grid (answerField). */
const MAX_TEXT = 2000;

interface Target {
  id: number;
  phase: AdministrationPhase;
  audience: QuestionnaireAudience;
  /** "LLDD": the characters a pupil's code must have; null for teacher forms (no code). */
  codePattern: string | null;
  items: Map<number, TemplateItem>;
  /** Codes of the forms already in the administration. */
  existingCodes: Set<string>;
}

async function loadTarget(db: Db, administrationId: number): Promise<Target> {
  const row: { id: number; phase: AdministrationPhase; template_id: number; audience: QuestionnaireAudience; code_recipe: string } | undefined = await db(
    'questionnaire_administrations',
  )
    .join('questionnaire_templates', 'questionnaire_templates.id', 'questionnaire_administrations.template_id')
    .where('questionnaire_administrations.id', administrationId)
    .first('questionnaire_administrations.id', 'questionnaire_administrations.phase', 'questionnaire_administrations.template_id', 'questionnaire_templates.audience', 'questionnaire_templates.code_recipe');
  if (!row) throw notFound('administration');
  const itemRows: ItemRow[] = await db('questionnaire_items').where({ template_id: row.template_id }).orderBy('position');
  const codes: string[] = await db('questionnaire_responses').where({ administration_id: row.id }).whereNot({ code: '' }).pluck('code');
  return {
    id: row.id,
    phase: row.phase,
    audience: row.audience,
    codePattern: row.audience === 'pupil' ? codePattern(parseRecipe(row.code_recipe)) : null,
    items: new Map(itemRows.map((item) => [item.id, toItem(item)])),
    existingCodes: new Set(codes),
  };
}

type LabelKeyOf = (itemId: number, label: string) => string;

const askedIn = (phase: AdministrationPhase) => (item: TemplateItem) => item.phase === 'both' || item.phase === phase;

/** Every distinct non-empty cell of each mapped column, in the order met, with how often it appears. */
function distinctCells(table: UploadedTable, columns: AnswerImportMapping['columns'], keyOf: LabelKeyOf): { column: string; itemId: number; label: string; count: number }[] {
  // By column, then by cell text as written, then by label: a key of the (long) header and the normalised label
  // for each of 100,000 cells cost more than reading the file. Texts are met in file order, so the first
  // spelling of a label and the order of labels stay those of the file.
  const found = new Map<string, Map<string, { column: string; itemId: number; label: string; count: number }>>();
  for (const { column, itemId } of columns) {
    const index = table.header.indexOf(column);
    const countOfText = new Map<string, number>();
    for (const record of table.records) {
      const label = record.cells[index] ?? '';
      if (label !== '') countOfText.set(label, (countOfText.get(label) ?? 0) + 1);
    }
    let inColumn = found.get(column);
    if (!inColumn) found.set(column, (inColumn = new Map()));
    for (const [label, count] of countOfText) {
      const key = keyOf(itemId, label);
      const entry = inColumn.get(key);
      if (entry) entry.count += count;
      else inColumn.set(key, { column, itemId, label, count });
    }
  }
  return [...found.values()].flatMap((inColumn) => [...inColumn.values()]);
}

/**
 * The mapping used: the one sent (or the suggested columns and code when none was), with every text label
 * it leaves open that the items' own words explain (anchors, options, Oui/Non, "Sans réponse") filled in.
 * Labels the user gave always win; numbers are read as values and need no label.
 */
function effectiveMapping(table: UploadedTable, target: Target, sent: AnswerImportMapping | null, keyOf: LabelKeyOf): AnswerImportMapping {
  const asked = [...target.items.values()].filter(askedIn(target.phase));
  const codeColumn = sent ? sent.codeColumn : target.codePattern === null ? null : suggestCodeColumn(table.header);
  const columns = sent ? sent.columns : suggestItemColumns(table.header, asked, codeColumn);
  const labels = [...(sent?.labels ?? [])];
  const known = new Set(labels.map((entry) => labelKey(entry.itemId, entry.label)));
  for (const { itemId, label } of distinctCells(table, columns, keyOf)) {
    const item = target.items.get(itemId);
    const key = keyOf(itemId, label);
    if (!item || item.answerType === 'free_text' || known.has(key) || numericValue(label) !== undefined || label.length > 200) continue;
    const value = automaticLabelValue(item, label);
    if (value === undefined) continue;
    labels.push({ itemId, label, value });
    known.add(key);
  }
  return { codeColumn, columns, labels };
}

/** A mapping that cannot be applied to this file and administration is refused as a whole, naming the part. */
function mappingProblems(table: UploadedTable, target: Target, mapping: AnswerImportMapping): FieldError[] {
  const errors: FieldError[] = [];
  if (mapping.codeColumn !== null) {
    if (target.codePattern === null) errors.push({ path: 'mapping.codeColumn', issue: 'invalid_value' });
    else if (!table.header.includes(mapping.codeColumn)) errors.push({ path: 'mapping.codeColumn', issue: 'not_found' });
  }
  const columns = new Set<string>(mapping.codeColumn === null ? [] : [mapping.codeColumn]);
  const itemIds = new Set<number>();
  mapping.columns.forEach(({ column, itemId }, index) => {
    const at = `mapping.columns.${index}`;
    if (!table.header.includes(column)) errors.push({ path: `${at}.column`, issue: 'not_found' });
    else if (columns.has(column)) errors.push({ path: `${at}.column`, issue: 'duplicate' });
    columns.add(column);
    const item = target.items.get(itemId);
    if (!item) errors.push({ path: `${at}.itemId`, issue: 'not_found' });
    else if (!askedIn(target.phase)(item)) errors.push({ path: `${at}.itemId`, issue: 'not_asked' });
    else if (itemIds.has(itemId)) errors.push({ path: `${at}.itemId`, issue: 'duplicate' });
    itemIds.add(itemId);
  });
  const labels = new Set<string>();
  mapping.labels.forEach(({ itemId, label, value }, index) => {
    const at = `mapping.labels.${index}`;
    const item = target.items.get(itemId);
    if (!item) return errors.push({ path: `${at}.itemId`, issue: 'not_found' });
    if (labels.has(labelKey(itemId, label))) errors.push({ path: `${at}.label`, issue: 'duplicate' });
    labels.add(labelKey(itemId, label));
    if (value !== null && !isValidAnswer(item, value)) {
      errors.push({ path: `${at}.value`, issue: 'out_of_scale', params: answerRange(item) ?? { min: 0, max: 0 } });
    }
  });
  return errors;
}

/** One row: its code, its answers (an empty cell is not entered), and what is wrong, by column header. */
/** What every row of a file is checked with, worked out once per file rather than once per row. */
interface RowRules {
  target: Target;
  /** The index of the code column in a record, or null when the mapping has none. */
  codeIndex: number | null;
  /** The recipe's pattern (built once: a RegExp per row was measurable on 5,000 rows). */
  codeRegex: RegExp | null;
  /**
   * The mapped columns with their index in a record, whether their item takes free text, and the value of each
   * cell text already met (undefined: an unknown label), so that a label is looked up once per column.
   */
  columns: { column: string; itemId: number; index: number; freeText: boolean; valueOfCell: Map<string, number | null | undefined> }[];
  valueOf: Map<string, number | null>;
  keyOf: LabelKeyOf;
}

function rowRules(table: UploadedTable, target: Target, mapping: AnswerImportMapping, keyOf: LabelKeyOf): RowRules {
  return {
    target,
    codeIndex: mapping.codeColumn === null ? null : table.header.indexOf(mapping.codeColumn),
    codeRegex: target.codePattern === null ? null : codeRegex(target.codePattern),
    columns: mapping.columns.map(({ column, itemId }) => ({ column, itemId, index: table.header.indexOf(column), freeText: target.items.get(itemId)?.answerType === 'free_text', valueOfCell: new Map() })),
    valueOf: new Map(mapping.labels.map((entry) => [keyOf(entry.itemId, entry.label), entry.value])),
    keyOf,
  };
}

function checkRow(cells: readonly string[], line: number, rules: RowRules): AnswerImportRow {
  const { target, valueOf } = rules;
  const errors: AnswerImportRow['errors'] = [];
  const code = rules.codeIndex === null ? '' : normalizeCode(cells[rules.codeIndex] ?? '');
  if (code !== '' && target.codePattern !== null && rules.codeRegex && !rules.codeRegex.test(code)) {
    errors.push({ path: 'code', issue: 'code_pattern', params: { length: target.codePattern.length } });
  }
  const answers: AnswerImportRow['answers'] = [];
  const columnOfAnswer: string[] = [];
  for (const { column, itemId, index, freeText, valueOfCell } of rules.columns) {
    const cell = cells[index] ?? '';
    if (cell === '') continue;
    if (freeText) {
      if (cell.length > MAX_TEXT) errors.push({ path: column, issue: 'too_long', params: { limit: MAX_TEXT } });
      else answers.push({ itemId, value: null, text: cell });
    } else {
      let value = valueOfCell.get(cell);
      if (value === undefined && !valueOfCell.has(cell)) {
        const key = rules.keyOf(itemId, cell);
        value = valueOf.has(key) ? valueOf.get(key)! : numericValue(cell);
        valueOfCell.set(cell, value);
      }
      if (value === undefined) errors.push({ path: column, issue: 'unknown_label', params: { label: cell } });
      else answers.push({ itemId, value, text: '' });
    }
    if (answers.length > columnOfAnswer.length) columnOfAnswer.push(column);
  }
  // The grid's own checks (scale, items of the phase), their `answers.<index>.…` paths turned into columns.
  for (const problem of answerProblems(target.items, target.phase, answers)) {
    const index = Number(problem.path.split('.')[1]);
    errors.push({ path: columnOfAnswer[index] ?? problem.path, issue: problem.issue, ...(problem.params ? { params: problem.params } : {}) });
  }
  return { line, code, answers, errors };
}

/** Reads and checks the whole file; nothing is written. */
async function checkAnswerFile(db: Db, administrationId: number, file: string, sent: AnswerImportMapping | null): Promise<AnswerImportPreview> {
  const target = await loadTarget(db, administrationId);
  const table = readUploadedCsv(file);
  const keyOf = labelKeys();
  const mapping = effectiveMapping(table, target, sent, keyOf);
  const problems = mappingProblems(table, target, mapping);
  if (problems.length > 0) throw fieldErrors(problems);

  const rules = rowRules(table, target, mapping, keyOf);
  const rows = table.records.map((record) => checkRow(record.cells, record.line, rules));

  // A code twice in the file, or already used by a form of the administration: the grid refuses both too.
  const firstLineOf = new Map<string, number>();
  for (const row of rows) {
    if (row.code === '' || row.errors.some((error) => error.path === 'code')) continue;
    const firstLine = firstLineOf.get(row.code);
    if (firstLine !== undefined) row.errors.push({ path: 'code', issue: 'duplicate', params: { line: firstLine } });
    else {
      if (target.existingCodes.has(row.code)) row.errors.push({ path: 'code', issue: 'duplicate' });
      firstLineOf.set(row.code, row.line);
    }
  }

  const unknownLabels = new Map<string, AnswerImportPreview['unknownLabels'][number]>();
  for (const { column, itemId } of mapping.columns) {
    for (const row of rows) {
      const error = row.errors.find((candidate) => candidate.path === column && candidate.issue === 'unknown_label');
      if (!error) continue;
      const label = String(error.params?.label ?? '');
      const key = `${column}\u0000${normaliseLabel(label)}`;
      const entry = unknownLabels.get(key);
      if (entry) entry.count += 1;
      else unknownLabels.set(key, { itemId, column, label, count: 1 });
    }
  }

  // Unknown labels that are one scale's answer codes (A1…A5) are proposed in order, once for all its questions.
  const unknownByItem = new Map<number, string[]>();
  for (const { itemId, label } of unknownLabels.values()) unknownByItem.set(itemId, [...(unknownByItem.get(itemId) ?? []), label]);
  const mappedItems = mapping.columns.map(({ itemId }) => target.items.get(itemId)).filter((item) => item !== undefined);

  const errorCount = rows.filter((row) => row.errors.length > 0).length;
  return {
    encoding: table.encoding,
    separator: table.separator,
    headers: table.header,
    mapping,
    metadataColumns: table.header.filter((header) => header !== '' && isMetadataHeader(header)),
    codeProposals: proposeAnswerCodes(mappedItems, unknownByItem),
    unknownLabels: [...unknownLabels.values()],
    rows,
    validCount: rows.length - errorCount,
    errorCount,
  };
}

/** The preview: the mapping (sent or suggested), every row with its errors, the labels still unknown. */
export async function previewAnswerImport(db: Db, input: PreviewInput): Promise<AnswerImportPreview> {
  return checkAnswerFile(db, input.administrationId, input.file, input.mapping);
}

/**
 * Every form of the file, or none: checked again against the administration as it is now, refused with
 * VALIDATION `importHasErrors` {errorCount} (as the directory's imports) when any row has an error, an
 * unknown label included. Nothing is inserted before every row has passed.
 */
export async function commitAnswerImport({ db, now }: ServiceContext, input: CommitInput): Promise<ImportResult> {
  if (input.mapping.columns.length === 0) throw fieldError('mapping.columns', 'too_few', { limit: 1 });
  // CONCURRENCY: the pupil codes' lock, as the grid's saveResponse takes it, before the codes already used are
  // read: a form saved (or another file committed) at the same moment waits, and the file's rows are checked
  // against it; without it both would pass the check and the database's unique index would answer
  // `recordRefused`. main/db/rule-lock.ts; tests/api/concurrent-rules.test.ts.
  await serialiseRule(db, 'responseCodes');
  const preview = await checkAnswerFile(db, input.administrationId, input.file, input.mapping);
  if (preview.rows.length === 0) throw new AppError('VALIDATION', 'import file has no data row', { reason: 'importEmpty' });
  assertImportable(preview);

  const at = now.toISOString();
  const ids = await newResponseIds(db, preview.rows.length);
  await bulkInsert(db, 'questionnaire_responses', ['id', 'administration_id', 'code', 'created_at', 'updated_at'], preview.rows.map((row, index) => [ids[index]!, input.administrationId, row.code, at, at]));
  const answers: (string | number | null)[][] = [];
  preview.rows.forEach((row, index) => {
    for (const answer of row.answers) answers.push([ids[index]!, answer.itemId, answer.value, answer.text]);
  });
  await bulkInsert(db, 'questionnaire_answers', ['response_id', 'item_id', 'value', 'text'], answers);
  return { created: preview.rows.length };
}

/**
 * Ids for `count` new forms, taken before inserting them so that every answer row can name its form in the
 * same multi-row INSERTs (an INSERT … RETURNING of many rows answers them in no promised order, on either
 * database). PostgreSQL: the table's own sequence, `count` values at once (concurrent inserts take others).
 * SQLite: the ids after both the largest id and the AUTOINCREMENT counter (an id is never reused, even after
 * a delete); the caller holds the write lock (serialiseRule above), so no other writer can take them meanwhile.
 */
async function newResponseIds(db: Db, count: number): Promise<number[]> {
  if (isPostgres(db)) {
    const result: { rows: { id: string | number }[] } = await db.raw(
      "SELECT nextval(pg_get_serial_sequence('questionnaire_responses', 'id')) AS id FROM generate_series(1, ?)",
      [count],
    );
    return result.rows.map((row) => Number(row.id));
  }
  const largest: { id?: number | null } | undefined = await db('questionnaire_responses').max({ id: 'id' }).first();
  const counter: { seq: number } | undefined = await db('sqlite_sequence').where({ name: 'questionnaire_responses' }).first('seq');
  const base = Math.max(Number(largest?.id ?? 0), Number(counter?.seq ?? 0));
  return Array.from({ length: count }, (_, index) => base + 1 + index);
}
