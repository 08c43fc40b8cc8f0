import type { Db } from '../../db/connection';
import { toCsv, type CsvCell } from '../../csv/write';
import { ANSWER_TYPE_FR, DIMENSION_FR, ITEM_PHASE_FR } from '../../exports/labels-fr';
import { fileSlug } from '../../exports/exported-file';
import { CODE_PART_INSTRUCTIONS } from '../../reports/questionnaires/form/texts';
import { whereInChunks } from '../../db/query-toolkit';
import { resolveScope } from './scope';
import { getTemplate } from './templates';
import type { CsvFile } from '../../../shared/api/csv-files';
import type { AnalysisScope } from '../../../shared/domain/questionnaires/analysis';
import type { QuestionnaireTemplate, TemplateItem } from '../../../shared/domain/questionnaires/templates';

/**
 * The pseudonymous answers as CSV, for R, SPSS or a spreadsheet, and the codebook that says what each
 * column and value means (issue 5 point 9). Pupils appear only by their code, teachers not at all: no name
 * of a person is written. Values are raw (reverse-keyed items are not turned around: the codebook flags them).
 */

/** What a cell holds when the question was asked but left unanswered (an empty cell: not entered). */
const NO_ANSWER_MARK = 'NR';

const itemColumn = (item: Pick<TemplateItem, 'position'>): string => `Q${item.position}`;

/** "reponses-regards-sur-la-migration-eleves-v1-atelier-prejuges.csv": template, version, then the scope. */
function exportName(prefix: string, template: QuestionnaireTemplate, scopeLabel: string): string {
  const parts = [prefix, fileSlug(template.name, 'questionnaire'), `v${template.version}`, fileSlug(scopeLabel, '')];
  return `${parts.filter((part) => part !== '').join('-')}.csv`;
}

interface FormRow {
  id: number;
  administration_id: number;
  code: string;
}

/** The cell of one item of one form: the value, the text, "NR" for an explicit no answer, '' if not entered. */
function answerCell(item: TemplateItem, answer: { value: number | null; text: string } | undefined): CsvCell {
  if (!answer) return '';
  if (item.answerType === 'free_text') return answer.text === '' ? NO_ANSWER_MARK : answer.text;
  return answer.value ?? NO_ANSWER_MARK;
}

/**
 * One row per form of the template in the scope, in the scope's order (event date, school, class), 'before'
 * forms then 'after' forms, by code. Teacher forms have no code column.
 */
export async function answersCsv(db: Db, templateId: number, scope: AnalysisScope): Promise<CsvFile> {
  const template = await getTemplate(db, templateId);
  const resolved = await resolveScope(db, templateId, scope);
  const pupil = template.audience === 'pupil';

  const administrationIds = resolved.groups.flatMap((group) => [group.beforeAdministrationId, group.afterAdministrationId].filter((id): id is number => id !== null));
  const dates = new Map(
    (await whereInChunks<{ id: number; administered_on: string }>(administrationIds, async (chunk) =>
      db('questionnaire_administrations').whereIn('id', chunk).select('id', 'administered_on'),
    )).map((row) => [row.id, row.administered_on]),
  );
  const forms = await whereInChunks<FormRow>(administrationIds, async (chunk) =>
    db('questionnaire_responses').whereIn('administration_id', chunk).orderBy([{ column: 'code' }, { column: 'id' }]).select('id', 'administration_id', 'code'),
  );
  const answers = await whereInChunks<{ response_id: number; item_id: number; value: number | null; text: string }>(
    forms.map((form) => form.id),
    async (chunk) => db('questionnaire_answers').whereIn('response_id', chunk).select('response_id', 'item_id', 'value', 'text'),
  );
  const answerOf = new Map(answers.map((answer) => [`${answer.response_id}:${answer.item_id}`, answer]));
  const formsOf = new Map<number, FormRow[]>();
  for (const form of forms) formsOf.set(form.administration_id, [...(formsOf.get(form.administration_id) ?? []), form]);

  const rows: CsvCell[][] = [];
  for (const group of resolved.groups) {
    for (const [phase, administrationId] of [['before', group.beforeAdministrationId], ['after', group.afterAdministrationId]] as const) {
      if (administrationId === null) continue;
      for (const form of formsOf.get(administrationId) ?? []) {
        rows.push([
          group.schoolYear,
          group.schoolName,
          group.className,
          group.eventDate,
          group.eventTitle,
          ITEM_PHASE_FR[phase],
          dates.get(administrationId) ?? '',
          ...(pupil ? [form.code] : []),
          ...template.items.map((item) => answerCell(item, answerOf.get(`${form.id}:${item.id}`))),
        ]);
      }
    }
  }
  const headers = [
    'Année scolaire',
    'École',
    'Classe',
    "Date de l'activité",
    'Activité',
    'Moment',
    'Date de passation',
    ...(pupil ? ['Code élève'] : []),
    ...template.items.map(itemColumn),
  ];
  return { fileName: exportName('reponses', template, resolved.label), content: toCsv(headers, rows) };
}

const CODEBOOK_HEADERS = [
  'Colonne',
  'Dimension',
  'Type de réponse',
  'Posée',
  'Inversée',
  'Question (FR)',
  'Question (EN)',
  'Valeur',
  'Libellé (FR)',
  'Libellé (EN)',
];

/** Each value an item accepts with its labels, lowest first (a 0–10 scale has labels at its ends only). */
function valuesOf(item: TemplateItem): { value: number | string; fr: string; en: string }[] {
  switch (item.answerType) {
    case 'likert4':
    case 'likert5':
      return item.anchorsFr.map((fr, index) => ({ value: index + 1, fr, en: item.anchorsEn[index] ?? '' }));
    case 'scale_0_10':
      return Array.from({ length: 11 }, (_, value) => {
        const end = value === 0 ? 0 : value === 10 ? 1 : null;
        return { value, fr: end === null ? '' : (item.anchorsFr[end] ?? ''), en: end === null ? '' : (item.anchorsEn[end] ?? '') };
      });
    case 'yes_no':
      return [
        { value: 0, fr: 'Non', en: 'No' },
        { value: 1, fr: 'Oui', en: 'Yes' },
      ];
    case 'single_choice':
      return [...item.choices].sort((a, b) => a.value - b.value).map((choice) => ({ value: choice.value, fr: choice.labelFr, en: choice.labelEn }));
    case 'free_text':
      return [{ value: '', fr: "Texte libre, tel qu'écrit", en: 'Free text, as written' }];
  }
}

/**
 * One row per item and value, in French (the City's working language) with the English wordings beside:
 * the column, dimension, answer type, when it is asked, whether it is reverse-keyed (to be turned around as
 * min + max − value before scoring). Rows before and after the items explain the code column, the reverse
 * flag, "NR" and an empty cell.
 */
export async function codebookCsv(db: Db, templateId: number): Promise<CsvFile> {
  const template = await getTemplate(db, templateId);
  const rows: CsvCell[][] = [];
  if (template.audience === 'pupil') {
    const lowerFirst = (text: string) => text.charAt(0).toLocaleLowerCase() + text.slice(1);
    const recipe = (language: 'fr' | 'en') => template.codeRecipe.map((part) => lowerFirst(CODE_PART_INSTRUCTIONS[language][part])).join(' + ');
    rows.push([
      'Code élève',
      '',
      '',
      'avant et après',
      '',
      `Code anonyme que l'élève forme lui-même : ${recipe('fr')}. Le même code avant et après relie ses deux questionnaires.`,
      `Anonymous code the pupil makes up: ${recipe('en')}. The same code before and after links their two forms.`,
      '',
      '',
      '',
    ]);
  }
  for (const item of template.items) {
    for (const { value, fr, en } of valuesOf(item)) {
      rows.push([
        itemColumn(item),
        DIMENSION_FR[item.dimension],
        ANSWER_TYPE_FR[item.answerType],
        ITEM_PHASE_FR[item.phase],
        item.reverseKeyed ? 'oui' : 'non',
        item.wordingFr,
        item.wordingEn,
        value,
        fr,
        en,
      ]);
    }
  }
  const allItems = template.items.length > 0 ? `Q1 à Q${Math.max(...template.items.map((item) => item.position))}` : '';
  rows.push(
    [allItems, '', '', '', 'oui', '', '', '', 'Question inversée : la valeur est brute ; pour l\'analyse, elle est retournée (min + max − valeur)', 'Reverse-keyed item: the value is raw; for analysis it is turned around (min + max − value)'],
    [allItems, '', '', '', '', '', '', NO_ANSWER_MARK, 'Pas de réponse : la question a été posée mais laissée sans réponse', 'No answer: the question was asked but left unanswered'],
    [allItems, '', '', '', '', '', '', '', 'Case vide : réponse non saisie, ou question non posée à ce moment (voir « Posée »)', 'Empty cell: not entered, or not asked at that moment (see "Posée")'],
  );
  return { fileName: exportName('codebook', template, ''), content: toCsv(CODEBOOK_HEADERS, rows) };
}
