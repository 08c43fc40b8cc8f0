// The answer-import wizard's pure side: editing the mapping, the labels to show per item, what blocks an import.
import type { AnswerImportMapping, AnswerImportPreview, AnswerImportRow } from '../../../../shared/domain/questionnaires/answer-import';
import type { TemplateItem } from '../../../../shared/domain/questionnaires/templates';
import { scaleKey, type AnswerCodeProposal } from '../../../../shared/domain/questionnaires/answer-codes';

/** The wizard's steps: the file, the mapping, the preview, done. */
export type ImportStep = 0 | 1 | 2 | 3;

/** A mapping nobody has touched: the server then suggests one from the headers and the items' wordings. */
export type MappingChoice = AnswerImportMapping | null;

/** The code column; null when the forms carry no code (they are imported but cannot be paired). */
export function withCodeColumn(mapping: AnswerImportMapping, column: string | null): AnswerImportMapping {
  return { ...mapping, codeColumn: column, columns: column === null ? mapping.columns : mapping.columns.filter((entry) => entry.column !== column) };
}

/**
 * The column an item's answers are read from (null: the item is not imported). A column feeds one item only,
 * and is not the code column: choosing it here takes it away from wherever it was.
 */
export function withItemColumn(mapping: AnswerImportMapping, itemId: number, column: string | null): AnswerImportMapping {
  const columns = mapping.columns.filter((entry) => entry.itemId !== itemId && entry.column !== column);
  const ordered = column === null ? columns : [...columns, { column, itemId }];
  return { ...mapping, codeColumn: column !== null && mapping.codeColumn === column ? null : mapping.codeColumn, columns: ordered };
}

/**
 * What a label of an item means: a value, null ("no answer"), or undefined to take the meaning away (the
 * label then counts as unknown again and blocks the import).
 */
export function withLabelValue(mapping: AnswerImportMapping, itemId: number, label: string, value: number | null | undefined): AnswerImportMapping {
  const labels = mapping.labels.filter((entry) => !(entry.itemId === itemId && entry.label === label));
  return { ...mapping, labels: value === undefined ? labels : [...labels, { itemId, label, value }] };
}

export function columnOf(mapping: AnswerImportMapping, itemId: number): string | null {
  return mapping.columns.find((entry) => entry.itemId === itemId)?.column ?? null;
}

/** One answer label of an item as the mapping step shows it. */
export interface LabelChoice {
  label: string;
  /** undefined: the label has no meaning yet (unknown, shown in orange). */
  value: number | null | undefined;
  /** How many rows of the file hold it, when the server counted it (unknown labels). */
  count: number | null;
}

/**
 * The labels of an item: those the user gave a meaning to, those the server recognised in its column by
 * itself (anchors, options, Oui/Non, "Sans réponse": in the preview's mapping), then those found that mean
 * nothing yet (unknown), sorted by value. The user's choice wins; a label just given a
 * value is no longer unknown even while the preview shown is still the previous one.
 */
export function labelChoices(mapping: AnswerImportMapping, preview: Pick<AnswerImportPreview, 'unknownLabels' | 'mapping'>, itemId: number): LabelChoice[] {
  const choices: LabelChoice[] = [];
  const seen = new Set<string>();
  const column = columnOf(mapping, itemId);
  const add = (label: string, value: number | null | undefined, count: number | null) => {
    if (seen.has(label)) return;
    seen.add(label);
    choices.push({ label, value, count });
  };
  for (const entry of mapping.labels) if (entry.itemId === itemId) add(entry.label, entry.value, null);
  // What the server recognised applies to the column it read: not to a column the user has just changed.
  if (column !== null && columnOf(preview.mapping, itemId) === column) {
    for (const entry of preview.mapping.labels) if (entry.itemId === itemId) add(entry.label, entry.value, null);
  }
  for (const unknown of preview.unknownLabels) if (unknown.itemId === itemId && unknown.column === column) add(unknown.label, undefined, unknown.count);
  // Read like the scale: lowest value first, then "no answer", then what still needs a value.
  const rank = (choice: LabelChoice) => (choice.value === undefined ? 1000 : choice.value === null ? 999 : choice.value);
  return choices.sort((a, b) => rank(a) - rank(b));
}

/** The unknown labels the mapping still leaves without a meaning. */
export function unresolvedLabels(mapping: AnswerImportMapping, preview: Pick<AnswerImportPreview, 'unknownLabels'>): AnswerImportPreview['unknownLabels'] {
  return preview.unknownLabels.filter(
    (unknown) => columnOf(mapping, unknown.itemId) === unknown.column && !mapping.labels.some((entry) => entry.itemId === unknown.itemId && entry.label === unknown.label),
  );
}

/** The values an item's labels can mean, lowest first, with the anchor or option that says it. */
export function itemValues(item: Pick<TemplateItem, 'answerType' | 'anchorsFr' | 'anchorsEn' | 'choices'>, language: 'fr' | 'en'): { value: number; label: string }[] {
  const anchors = (index: number) => {
    const english = item.anchorsEn[index]?.trim();
    return (language === 'en' && english ? english : item.anchorsFr[index]?.trim()) ?? '';
  };
  switch (item.answerType) {
    case 'likert4':
    case 'likert5':
      return Array.from({ length: item.answerType === 'likert4' ? 4 : 5 }, (_, index) => ({ value: index + 1, label: anchors(index) }));
    case 'yes_no':
      return [
        { value: 1, label: '' },
        { value: 0, label: '' },
      ];
    case 'scale_0_10': {
      const last = Math.max(item.anchorsFr.length, item.anchorsEn.length, 2) - 1;
      return Array.from({ length: 11 }, (_, value) => ({ value, label: value === 0 ? anchors(0) : value === 10 ? anchors(last) : '' }));
    }
    case 'single_choice':
      return item.choices.map((choice) => ({ value: choice.value, label: (language === 'en' && choice.labelEn.trim()) || choice.labelFr }));
    case 'free_text':
      return [];
  }
}

/** Why the import button is off: no question mapped, unknown labels, rows in error, nothing to import — or null. */
export type ImportBlock = 'noColumns' | 'unknownLabels' | 'errors' | 'empty' | null;

export function importBlock(mapping: AnswerImportMapping, preview: AnswerImportPreview): ImportBlock {
  if (mapping.columns.length === 0) return 'noColumns';
  if (unresolvedLabels(mapping, preview).length > 0) return 'unknownLabels';
  if (preview.errorCount > 0) return 'errors';
  if (preview.validCount === 0) return 'empty';
  return null;
}

/** The rows to draw (all, or those in error), at most `limit`, the rest counted. */
export function rowsToShow(rows: readonly AnswerImportRow[], onlyErrors: boolean, limit: number): { rows: AnswerImportRow[]; hidden: number } {
  const candidates = onlyErrors ? rows.filter((row) => row.errors.length > 0) : rows;
  return { rows: candidates.slice(0, limit), hidden: Math.max(0, candidates.length - limit) };
}

/** An answer as the preview shows it: its value, "—" for no answer, its text; '' when the row has none. */
export function answerText(row: AnswerImportRow, itemId: number): string {
  const answer = row.answers.find((candidate) => candidate.itemId === itemId);
  if (!answer) return '';
  if (answer.text !== '') return answer.text;
  return answer.value === null ? '—' : String(answer.value);
}

/** The columns of a row that have a problem (by header; 'code' for the code), to colour their cells. */
export function columnsWithErrors(row: AnswerImportRow): Set<string> {
  return new Set(row.errors.map((error) => error.path));
}

// --- One reading for every question of a scale (issue 17 point 6) ---------------------------------------------

/** Whether the mapping already reads every code of a proposal, for every question of it (then it is not shown). */
export function proposalApplied(mapping: AnswerImportMapping, proposal: AnswerCodeProposal): boolean {
  return proposal.itemIds.every((itemId) => proposal.codes.every(({ code, value }) => mapping.labels.some((entry) => entry.itemId === itemId && entry.label === code && entry.value === value)));
}

/** The proposals still to confirm: those the mapping does not apply yet, for questions still read from a column. */
export function pendingProposals(mapping: AnswerImportMapping, proposals: readonly AnswerCodeProposal[]): AnswerCodeProposal[] {
  return proposals.filter((proposal) => proposal.itemIds.some((itemId) => columnOf(mapping, itemId) !== null) && !proposalApplied(mapping, proposal));
}

/** The codes of a proposal read as proposed, for each of its questions: one click for all of them. */
export function withCodesConfirmed(mapping: AnswerImportMapping, proposal: AnswerCodeProposal): AnswerImportMapping {
  return proposal.itemIds.reduce((current, itemId) => proposal.codes.reduce((next, { code, value }) => withLabelValue(next, itemId, code, value), current), mapping);
}

/** Questions read from a column that share one scale (type and anchors), two or more: they take one reading. */
export function scaleGroups<Column extends { itemId: number; item: TemplateItem; text: boolean }>(columns: readonly Column[], mapping: AnswerImportMapping): Column[][] {
  const groups = new Map<string, Column[]>();
  for (const column of columns) {
    const key = scaleKey(column.item);
    if (column.text || key === null || columnOf(mapping, column.itemId) === null) continue;
    groups.set(key, [...(groups.get(key) ?? []), column]);
  }
  return [...groups.values()].filter((group) => group.length >= 2);
}

/** A label several questions of a scale hold, with the value they give it: one, none yet, or different ones. */
export interface SharedLabel {
  label: string;
  value: number | null | undefined | 'mixed';
  /** The questions whose column holds it. */
  itemIds: number[];
  /** Rows holding it, when the server counted them (unknown labels). */
  count: number | null;
}

/**
 * The labels found in two or more questions of a scale, as the group's panel shows them: lowest value first,
 * then "no answer", differing values, and those that mean nothing yet. A label in one question only is set
 * there.
 */
export function sharedLabels(mapping: AnswerImportMapping, preview: Pick<AnswerImportPreview, 'unknownLabels' | 'mapping'>, itemIds: readonly number[]): SharedLabel[] {
  const byLabel = new Map<string, { values: (number | null | undefined)[]; itemIds: number[]; count: number | null }>();
  for (const itemId of itemIds) {
    for (const choice of labelChoices(mapping, preview, itemId)) {
      const entry = byLabel.get(choice.label) ?? { values: [], itemIds: [], count: null };
      entry.values.push(choice.value);
      entry.itemIds.push(itemId);
      if (choice.count !== null) entry.count = (entry.count ?? 0) + choice.count;
      byLabel.set(choice.label, entry);
    }
  }
  const shared = [...byLabel.entries()]
    .filter(([, entry]) => entry.itemIds.length >= 2)
    .map(([label, entry]): SharedLabel => {
      const [first] = entry.values;
      return { label, value: entry.values.every((value) => value === first) ? first : 'mixed', itemIds: entry.itemIds, count: entry.count };
    });
  const rank = (label: SharedLabel) => (label.value === undefined ? 1001 : label.value === 'mixed' ? 1000 : label.value === null ? 999 : label.value);
  return shared.sort((a, b) => rank(a) - rank(b));
}

/** One value for a label in every question given (its per-question overrides replaced). */
export function withSharedLabelValue(mapping: AnswerImportMapping, itemIds: readonly number[], label: string, value: number | null | undefined): AnswerImportMapping {
  return itemIds.reduce((current, itemId) => withLabelValue(current, itemId, label, value), mapping);
}

/** Question numbers as a short list: "1 à 7" reads better than seven numbers when they follow each other. */
export function numberList(numbers: readonly number[]): { from: number; to: number } | { list: string } {
  const sorted = [...numbers].sort((a, b) => a - b);
  const consecutive = sorted.every((number, index) => index === 0 || number === sorted[index - 1]! + 1);
  return consecutive && sorted.length >= 3 ? { from: sorted[0]!, to: sorted[sorted.length - 1]! } : { list: sorted.join(', ') };
}
