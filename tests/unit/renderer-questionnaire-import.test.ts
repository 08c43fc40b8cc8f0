import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { TFunction } from 'i18next';
import {
  answerText,
  columnsWithErrors,
  importBlock,
  itemValues,
  labelChoices,
  numberList,
  pendingProposals,
  rowsToShow,
  scaleGroups,
  sharedLabels,
  withCodesConfirmed,
  withSharedLabelValue,
  unresolvedLabels,
  withCodeColumn,
  withItemColumn,
  withLabelValue,
} from '../../renderer/features/questionnaires/import/import-model';
import { importErrorText } from '../../renderer/features/questionnaires/import/import-errors';
import importFr from '../../renderer/features/questionnaires/import/i18n/fr.json';
import importEn from '../../renderer/features/questionnaires/import/i18n/en.json';
import type { AnswerImportMapping, AnswerImportPreview, AnswerImportRow } from '../../shared/domain/questionnaires/answer-import';
import type { TemplateItem } from '../../shared/domain/questionnaires/templates';
import { describeNamespace } from '../helpers/i18n-namespace';
import { translators } from '../helpers/translators';

describeNamespace({
  name: 'questionnaireImport',
  fr: importFr,
  en: importEn,
  sourceDir: join(__dirname, '../../renderer/features/questionnaires/import'),
  prefix: 'questionnaireImport:',
  required: ['preview.counts.total', 'preview.counts.valid', 'preview.counts.errors'],
  requiredTitle: 'has the preview counts the wizard builds from their names',
  minimumUsed: 40,
  usedTitle: 'has every questionnaireImport: key the wizard uses',
});

let tFr: TFunction;
let tEn: TFunction;
beforeAll(async () => {
  ({ tFr, tEn } = await translators({ questionnaireImport: { fr: importFr, en: importEn } }));
});

const MAPPING: AnswerImportMapping = {
  codeColumn: 'Ton code',
  columns: [
    { column: 'Q1', itemId: 11 },
    { column: 'Q2', itemId: 12 },
  ],
  labels: [{ itemId: 11, label: 'Plutôt pas', value: 2 }],
};

function preview(changes: Partial<AnswerImportPreview> = {}): AnswerImportPreview {
  return {
    encoding: 'utf-8',
    separator: ';',
    headers: ['Horodateur', 'Ton code', 'Q1', 'Q2'],
    mapping: MAPPING,
    metadataColumns: ['Horodateur'],
    codeProposals: [],
    unknownLabels: [],
    rows: [],
    validCount: 3,
    errorCount: 0,
    ...changes,
  };
}

describe('editing the mapping', () => {
  it('gives a column to one item only, taking it from the item or the code that had it', () => {
    const moved = withItemColumn(MAPPING, 13, 'Q1');
    expect(moved.columns).toEqual([
      { column: 'Q2', itemId: 12 },
      { column: 'Q1', itemId: 13 },
    ]);
    expect(withItemColumn(MAPPING, 11, null).columns).toEqual([{ column: 'Q2', itemId: 12 }]);
    const fromCode = withItemColumn(MAPPING, 11, 'Ton code');
    expect(fromCode.codeColumn).toBeNull();
    expect(fromCode.columns).toContainEqual({ column: 'Ton code', itemId: 11 });
    // The code column taken from an item leaves the item unmapped.
    const code = withCodeColumn(MAPPING, 'Q2');
    expect(code).toMatchObject({ codeColumn: 'Q2', columns: [{ column: 'Q1', itemId: 11 }] });
    expect(withCodeColumn(MAPPING, null)).toMatchObject({ codeColumn: null, columns: MAPPING.columns });
  });

  it('sets a label to a value or to "no answer" (null), and forgets it (undefined)', () => {
    const set = withLabelValue(MAPPING, 12, 'Bof', 3);
    expect(set.labels).toContainEqual({ itemId: 12, label: 'Bof', value: 3 });
    const none = withLabelValue(set, 12, 'Bof', null);
    expect(none.labels.filter((entry) => entry.label === 'Bof')).toEqual([{ itemId: 12, label: 'Bof', value: null }]);
    expect(withLabelValue(none, 12, 'Bof', undefined).labels).toEqual(MAPPING.labels);
    // The same label on another item is another entry.
    expect(withLabelValue(MAPPING, 12, 'Plutôt pas', 1).labels).toHaveLength(2);
  });
});

describe('labels shown per item', () => {
  const server: AnswerImportPreview = preview({
    mapping: { ...MAPPING, labels: [{ itemId: 11, label: 'Sans réponse', value: null }, { itemId: 11, label: "Tout à fait d'accord", value: 5 }, ...MAPPING.labels] },
    unknownLabels: [
      { itemId: 11, column: 'Q1', label: 'Bof', count: 4 },
      { itemId: 12, column: 'Q2', label: 'Jsp', count: 1 },
    ],
  });

  it("lists the user's labels and those the server recognised by value, then no answer, then the unknown ones with their counts", () => {
    expect(labelChoices(MAPPING, server, 11)).toEqual([
      { label: 'Plutôt pas', value: 2, count: null },
      { label: "Tout à fait d'accord", value: 5, count: null },
      { label: 'Sans réponse', value: null, count: null },
      { label: 'Bof', value: undefined, count: 4 },
    ]);
    expect(unresolvedLabels(MAPPING, server)).toHaveLength(2);
  });

  it('takes a label out of the unknown once given a value, before the next preview comes back', () => {
    const fixed = withLabelValue(MAPPING, 11, 'Bof', 3);
    expect(labelChoices(fixed, server, 11).filter((choice) => choice.label === 'Bof')).toEqual([{ label: 'Bof', value: 3, count: null }]);
    expect(unresolvedLabels(fixed, server).map((unknown) => unknown.label)).toEqual(['Jsp']);
  });

  it("drops what the server read in an item's old column once the user picks another", () => {
    const moved = withItemColumn(MAPPING, 11, 'Horodateur');
    expect(labelChoices(moved, server, 11).map((choice) => choice.label)).toEqual(['Plutôt pas']);
    expect(unresolvedLabels(moved, server).map((unknown) => unknown.label)).toEqual(['Jsp']);
  });
});

describe('what blocks the import', () => {
  it('names the first reason: no question mapped, unknown labels, rows in error, nothing to import', () => {
    expect(importBlock({ ...MAPPING, columns: [] }, preview())).toBe('noColumns');
    expect(importBlock(MAPPING, preview({ unknownLabels: [{ itemId: 12, column: 'Q2', label: 'Jsp', count: 1 }], errorCount: 1 }))).toBe('unknownLabels');
    expect(importBlock(MAPPING, preview({ errorCount: 1, validCount: 2 }))).toBe('errors');
    expect(importBlock(MAPPING, preview({ validCount: 0 }))).toBe('empty');
    expect(importBlock(MAPPING, preview())).toBeNull();
  });
});

describe('values a label can mean', () => {
  const base = { anchorsFr: [] as string[], anchorsEn: [] as string[], choices: [] as TemplateItem['choices'] };
  it('follows the answer type, with its anchors or options in the language asked', () => {
    const likert = { ...base, answerType: 'likert4' as const, anchorsFr: ['Pas du tout', 'Plutôt pas', 'Plutôt', 'Tout à fait'], anchorsEn: ['Not at all', '', '', 'Fully'] };
    expect(itemValues(likert, 'fr').map((entry) => `${entry.value} ${entry.label}`)).toEqual(['1 Pas du tout', '2 Plutôt pas', '3 Plutôt', '4 Tout à fait']);
    expect(itemValues(likert, 'en').map((entry) => entry.label)).toEqual(['Not at all', 'Plutôt pas', 'Plutôt', 'Fully']);
    expect(itemValues({ ...base, answerType: 'yes_no' }, 'fr').map((entry) => entry.value)).toEqual([1, 0]);
    const scale = itemValues({ ...base, answerType: 'scale_0_10', anchorsFr: ['Pas du tout', 'Énormément'] }, 'fr');
    expect(scale.map((entry) => entry.value)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect([scale[0]!.label, scale[5]!.label, scale[10]!.label]).toEqual(['Pas du tout', '', 'Énormément']);
    const choice = { ...base, answerType: 'single_choice' as const, choices: [{ value: 10, labelFr: 'Vélo', labelEn: 'Bike' }, { value: 20, labelFr: 'Bus', labelEn: '' }] };
    expect(itemValues(choice, 'en')).toEqual([
      { value: 10, label: 'Bike' },
      { value: 20, label: 'Bus' },
    ]);
    expect(itemValues({ ...base, answerType: 'free_text' }, 'fr')).toEqual([]);
  });
});

describe('preview rows', () => {
  const rows: AnswerImportRow[] = [
    { line: 2, code: 'MA07', answers: [{ itemId: 11, value: 4, text: '' }, { itemId: 12, value: null, text: '' }], errors: [] },
    { line: 3, code: 'XX', answers: [{ itemId: 13, value: null, text: 'Super' }], errors: [{ path: 'code', issue: 'code_pattern', params: { length: 4 } }, { path: 'Q2', issue: 'unknown_label', params: { label: 'Jsp' } }] },
    { line: 4, code: 'MA08', answers: [], errors: [] },
  ];

  it('shows a value, "—" for no answer, a free text, and nothing for an item not answered', () => {
    expect([answerText(rows[0]!, 11), answerText(rows[0]!, 12), answerText(rows[1]!, 13), answerText(rows[2]!, 11)]).toEqual(['4', '—', 'Super', '']);
  });

  it('marks the columns in error by header, the code as "code"', () => {
    expect(columnsWithErrors(rows[1]!)).toEqual(new Set(['code', 'Q2']));
    expect(columnsWithErrors(rows[0]!).size).toBe(0);
  });

  it('shows all rows or only those in error, cut at the limit with the rest counted', () => {
    expect(rowsToShow(rows, true, 10)).toEqual({ rows: [rows[1]], hidden: 0 });
    expect(rowsToShow(rows, false, 2)).toEqual({ rows: rows.slice(0, 2), hidden: 1 });
  });
});

describe('refusals in words', () => {
  it('says a mapping the server cannot apply in one sentence, each issue once', () => {
    const error = {
      code: 'VALIDATION' as const,
      message: 'invalid',
      fields: [
        { path: 'mapping.columns.0.column', issue: 'not_found' as const },
        { path: 'mapping.columns.1.column', issue: 'not_found' as const },
      ],
    };
    expect(importErrorText(tFr, error)).toBe(
      "La correspondance ne convient pas à ce fichier ou à cette passation : introuvable : il n'existe pas, ou plus. Vérifiez l'étape « Correspondances ».",
    );
    expect(importErrorText(tEn, error)).toMatch(/^The mapping does not fit this file or this administration: /);
  });

  it('says a file refused as a whole with its reason', () => {
    expect(importErrorText(tFr, { code: 'VALIDATION', message: 'x', reason: 'importMalformed', params: { line: 7 } })).toBe(
      "Le fichier est mal formé : un guillemet ouvert à la ligne 7 n'est jamais refermé.",
    );
    expect(importErrorText(tFr, { code: 'INTERNAL', message: 'x' })).toBe("Une erreur inattendue s'est produite.");
  });
});

describe('one reading for every question of a scale (LimeSurvey)', () => {
  const AGREE = ["Pas du tout d'accord", "Plutôt pas d'accord", "Ni d'accord ni pas d'accord", "Plutôt d'accord", "Tout à fait d'accord"];
  const likert = (id: number): TemplateItem => ({
    id, position: id - 10, dimension: 'stereotypes', answerType: 'likert5', reverseKeyed: false, wordingFr: `Q${id}`, wordingEn: '', phase: 'both', anchorsFr: AGREE, anchorsEn: [], choices: [],
  });
  const three: AnswerImportMapping = { codeColumn: 'CODE', columns: [11, 12, 13].map((itemId) => ({ column: `G01Q01[SQ00${itemId - 10}]`, itemId })), labels: [] };
  const proposal = { itemIds: [11, 12, 13], codes: [1, 2, 3, 4, 5].map((value) => ({ code: `A${value}`, value })) };

  it('confirms the codes of a proposal for all its questions in one step, after which it is no longer pending', () => {
    expect(pendingProposals(three, [proposal])).toEqual([proposal]);
    const confirmed = withCodesConfirmed(three, proposal);
    expect(confirmed.labels).toHaveLength(15);
    expect(confirmed.labels).toContainEqual({ itemId: 13, label: 'A4', value: 4 });
    expect(pendingProposals(confirmed, [proposal])).toEqual([]);
    // A proposal for questions no longer read from a column is not shown either.
    expect(pendingProposals({ ...three, columns: [] }, [proposal])).toEqual([]);
  });

  it('groups the mapped questions sharing a scale, two or more, leaving out free text and unmapped ones', () => {
    const columns = [11, 12, 13, 14].map((itemId) => ({ itemId, item: likert(itemId), text: false }));
    expect(scaleGroups(columns, three).map((group) => group.map((column) => column.itemId))).toEqual([[11, 12, 13]]);
    expect(scaleGroups(columns.slice(0, 1), three)).toEqual([]);
  });

  it('shows a label held by several questions once, with their common value, "mixed" when one differs, and sets it for all', () => {
    const server = preview({
      mapping: three,
      unknownLabels: [
        { itemId: 11, column: 'G01Q01[SQ001]', label: "D'accord", count: 2 },
        { itemId: 12, column: 'G01Q01[SQ002]', label: "D'accord", count: 3 },
        { itemId: 13, column: 'G01Q01[SQ003]', label: 'Bof', count: 1 },
      ],
    });
    expect(sharedLabels(three, server, [11, 12, 13])).toEqual([{ label: "D'accord", value: undefined, itemIds: [11, 12], count: 5 }]);
    const shared = withSharedLabelValue(three, [11, 12], "D'accord", 4);
    expect(sharedLabels(shared, server, [11, 12, 13])).toEqual([{ label: "D'accord", value: 4, itemIds: [11, 12], count: null }]);
    const overridden = withLabelValue(shared, 12, "D'accord", 5);
    expect(sharedLabels(overridden, server, [11, 12, 13])[0]?.value).toBe('mixed');
    // Setting it again for all replaces the override.
    expect(withSharedLabelValue(overridden, [11, 12], "D'accord", 4).labels.filter((entry) => entry.label === "D'accord").map((entry) => entry.value)).toEqual([4, 4]);
  });

  it('writes question numbers as a range when they follow each other', () => {
    expect(numberList([3, 1, 2, 4])).toEqual({ from: 1, to: 4 });
    expect(numberList([1, 3])).toEqual({ list: '1, 3' });
  });
});
