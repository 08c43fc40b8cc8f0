import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import fr from '../../renderer/features/questionnaires/templates/i18n/fr.json';
import en from '../../renderer/features/questionnaires/templates/i18n/en.json';
import { contract } from '../../shared/api/contract';
import { toFieldErrors } from '../../shared/api/field-errors';
import {
  ANSWER_TYPES,
  CODE_PART_NAMES,
  ITEM_PHASES,
  QUESTIONNAIRE_AUDIENCES,
  codePattern,
  type QuestionnaireTemplate,
  type TemplateItem,
} from '../../shared/domain/questionnaires/templates';
import { CODE_PART_INSTRUCTIONS } from '../../main/reports/questionnaires/form/texts';
import { addPart, codeLength, codePreview, MAX_CODE_PARTS, moveAt, movePart, partsLeft, removePart } from '../../renderer/features/questionnaires/templates/model/code-recipe';
import { anchorCount, isReversible, standardAnchors } from '../../renderer/features/questionnaires/templates/model/standard-labels';
import {
  addChoice,
  draftFromValues,
  draftSignature,
  emptyTemplateValues,
  isCompleteDraft,
  newItemRow,
  valuesFromTemplate,
  withAnswerType,
  withAudience,
  type TemplateFormValues,
} from '../../renderer/features/questionnaires/templates/model/template-form';
import { crossFieldIssues, designWarnings, errorPlace, formErrorKey, templateLocks } from '../../renderer/features/questionnaires/templates/model/template-rules';
import { nextVersionNumber, visibleTemplates } from '../../renderer/features/questionnaires/templates/model/template-list';
import { describeNamespace } from '../helpers/i18n-namespace';

const AGREE_FR = ["Pas du tout d'accord", "Plutôt pas d'accord", "Ni d'accord ni pas d'accord", "Plutôt d'accord", "Tout à fait d'accord"];

function item(id: number, position: number, changes: Partial<TemplateItem> = {}): TemplateItem {
  return {
    id,
    position,
    dimension: 'stereotypes',
    answerType: 'likert5',
    reverseKeyed: false,
    wordingFr: `Question ${id}`,
    wordingEn: '',
    phase: 'both',
    anchorsFr: AGREE_FR,
    anchorsEn: [],
    choices: [],
    ...changes,
  };
}

function template(changes: Partial<QuestionnaireTemplate> = {}): QuestionnaireTemplate {
  return {
    id: 4,
    name: 'Regards sur la migration — élèves',
    audience: 'pupil',
    description: 'Avant et après',
    version: 1,
    previousVersionId: null,
    codeRecipe: ['mother_first_letter', 'own_first_letter', 'birth_day'],
    // Out of order on purpose: the editor follows `position`.
    items: [
      item(12, 2, { reverseKeyed: true, anchorsEn: ['Strongly disagree', 'Disagree', 'Neither', 'Agree', 'Strongly agree'] }),
      item(11, 1),
      item(13, 3, {
        answerType: 'single_choice',
        anchorsFr: [],
        phase: 'after',
        choices: [
          { value: 1, labelFr: 'Film', labelEn: 'Film' },
          { value: 2, labelFr: 'Atelier', labelEn: '' },
        ],
      }),
    ],
    answerCount: 0,
    administrationCount: 0,
    archived: false,
    ...changes,
  };
}

/** The contract's own check of what the form would send. */
function contractIssues(values: TemplateFormValues) {
  const draft = draftFromValues(values);
  const parsed = contract.questionnaires.createTemplate.input.safeParse(draft);
  return parsed.success ? [] : toFieldErrors(parsed.error.issues, draft);
}

describe('the code recipe', () => {
  it('previews the example code one box per character, as long as the pattern the grid and the server expect', () => {
    const recipe = ['mother_first_letter', 'own_first_letter', 'birth_day'] as const;
    expect(codePreview(recipe)).toBe('M A 0 7');
    expect(codeLength(recipe)).toBe(4);
    expect(codeLength(recipe)).toBe(codePattern(recipe).length);
    expect(codePreview(['birth_month', 'siblings_count'])).toBe('0 3 2');
    expect(codePreview([])).toBe('');
  });

  it('adds a part once, at most five, offers only the parts left, removes and moves within bounds', () => {
    let recipe = addPart([], 'birth_day');
    recipe = addPart(recipe, 'birth_day');
    expect(recipe).toEqual(['birth_day']);
    expect(partsLeft(recipe)).toEqual(CODE_PART_NAMES.filter((part) => part !== 'birth_day'));
    for (const part of partsLeft(recipe)) recipe = addPart(recipe, part);
    expect(recipe).toHaveLength(MAX_CODE_PARTS);
    expect(movePart(['birth_day', 'birth_month', 'own_first_letter'], 0, 1)).toEqual(['birth_month', 'birth_day', 'own_first_letter']);
    expect(movePart(['birth_day', 'birth_month'], 0, -1)).toEqual(['birth_day', 'birth_month']);
    expect(movePart(['birth_day', 'birth_month'], 1, 1)).toEqual(['birth_day', 'birth_month']);
    expect(removePart(['birth_day', 'birth_month', 'own_first_letter'], 1)).toEqual(['birth_day', 'own_first_letter']);
    expect(moveAt(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b']);
  });
});

describe('scales', () => {
  it('starts Likert and 0–10 items with the standard labels, as many as the server asks; none for the others', () => {
    expect(standardAnchors('likert5').fr).toEqual(AGREE_FR);
    expect(standardAnchors('likert5').en).toHaveLength(5);
    expect(standardAnchors('likert4').fr).toEqual(["Pas du tout d'accord", "Plutôt pas d'accord", "Plutôt d'accord", "Tout à fait d'accord"]);
    expect(ANSWER_TYPES.map((type) => [type, anchorCount(type)])).toEqual([
      ['likert4', 4],
      ['likert5', 5],
      ['yes_no', 0],
      ['scale_0_10', 2],
      ['single_choice', 0],
      ['free_text', 0],
    ]);
    expect(ANSWER_TYPES.filter(isReversible)).toEqual(['likert4', 'likert5', 'scale_0_10']);
  });

  it('resets labels, options and the reverse flag when the answer type changes', () => {
    const row = { ...newItemRow(), reverseKeyed: true, anchorsFr: ['a', 'b', 'c', 'd', 'e'] };
    const four = withAnswerType(row, 'likert4');
    expect(four).toMatchObject({ answerType: 'likert4', reverseKeyed: true, anchorsFr: standardAnchors('likert4').fr, anchorsEn: standardAnchors('likert4').en });
    expect(withAnswerType(row, 'scale_0_10')).toMatchObject({ reverseKeyed: true, anchorsFr: ['Pas du tout', 'Tout à fait'] });
    expect(withAnswerType(row, 'yes_no')).toMatchObject({ reverseKeyed: false, anchorsFr: [], anchorsEn: [], choices: [] });
    const choice = withAnswerType(row, 'single_choice');
    expect(choice.choices.map((option) => option.value)).toEqual([1, 2]);
    expect(withAnswerType(choice, 'free_text').choices).toEqual([]);
    expect(withAnswerType(row, 'likert5')).toBe(row);
    expect(addChoice(choice.choices).map((option) => option.value)).toEqual([1, 2, 3]);
  });

  it('starts a new question like the one above it, or as an agreement item asked before and after', () => {
    expect(newItemRow()).toMatchObject({ id: null, answerType: 'likert5', phase: 'both', anchorsFr: AGREE_FR, reverseKeyed: false, wordingFr: '' });
    const above = { ...newItemRow(), dimension: 'empathy' as const, phase: 'after' as const, reverseKeyed: true, wordingFr: 'Déjà écrite' };
    expect(newItemRow(above)).toMatchObject({ dimension: 'empathy', phase: 'after', reverseKeyed: false, wordingFr: '' });
    expect(newItemRow(undefined, 'teacher')).toMatchObject({ phase: 'after', dimension: 'satisfaction' });
    expect(newItemRow(above).key).not.toBe(newItemRow(above).key);
  });
});

describe('the form values', () => {
  it('reads a template in printed order, with one English box per label, and sends back exactly what the server stores', () => {
    const values = valuesFromTemplate(template());
    expect(values.items.map((row) => row.id)).toEqual([11, 12, 13]);
    expect(values.items[0]!.anchorsEn).toEqual(['', '', '', '', '']);
    const draft = draftFromValues(values);
    expect(draft.items.map((row) => row.anchorsEn)).toEqual([[], ['Strongly disagree', 'Disagree', 'Neither', 'Agree', 'Strongly agree'], []]);
    expect(draft.items[2]!.choices).toEqual([
      { value: 1, labelFr: 'Film', labelEn: 'Film' },
      { value: 2, labelFr: 'Atelier', labelEn: '' },
    ]);
    expect(draft.items[1]!.reverseKeyed).toBe(true);
    expect(contractIssues(values)).toEqual([]);
  });

  it('sends no code for a teacher form and no options for a question that is not a single choice', () => {
    const values = valuesFromTemplate(template());
    const teacher = withAudience(values, 'teacher');
    expect(draftFromValues(teacher).codeRecipe).toEqual([]);
    // The recipe is kept in the form, should the audience change back.
    expect(withAudience(teacher, 'pupil').codeRecipe).toEqual(values.codeRecipe);
    const stale = { ...values.items[0]!, choices: [{ key: 'k', value: 1, labelFr: 'x', labelEn: '' }] };
    expect(draftFromValues({ ...values, items: [stale] }).items[0]!.choices).toEqual([]);
  });

  it('turns "before"-only questions into "after" ones for a teacher form', () => {
    const values = { ...emptyTemplateValues(), items: [{ ...newItemRow(), phase: 'before' as const }, { ...newItemRow(), phase: 'both' as const }] };
    expect(withAudience(values, 'teacher').items.map((row) => row.phase)).toEqual(['after', 'both']);
  });

  it('counts as unchanged what differs only by spaces the server trims', () => {
    const values = valuesFromTemplate(template());
    const same = { ...values, name: `  ${values.name} `, items: values.items.map((row) => ({ ...row, wordingFr: `${row.wordingFr} ` })) };
    expect(draftSignature(same)).toBe(draftSignature(values));
    expect(draftSignature({ ...values, description: 'Autre' })).not.toBe(draftSignature(values));
  });

  it('lets the contract name a missing name, an empty French wording, an empty label and an empty option value', () => {
    const values = emptyTemplateValues();
    values.items[0] = { ...values.items[0]!, anchorsFr: ['', ...AGREE_FR.slice(1)] };
    values.items.push({ ...withAnswerType(newItemRow(), 'single_choice'), wordingFr: 'Choix' });
    values.items[1]!.choices[0] = { ...values.items[1]!.choices[0]!, value: '', labelFr: 'A' };
    const paths = contractIssues(values).map((issue) => `${issue.path}:${issue.issue}`);
    expect(paths).toEqual(expect.arrayContaining(['name:required', 'items.0.wordingFr:required', 'items.0.anchorsFr.0:required', 'items.1.choices.0.value:required']));
    expect(isCompleteDraft(draftFromValues(values))).toBe(false);
    expect(isCompleteDraft(draftFromValues(emptyTemplateValues()))).toBe(true);
  });
});

describe('rules and locks', () => {
  it('checks before sending what the server checks between fields', () => {
    const values = valuesFromTemplate(template());
    expect(crossFieldIssues(values)).toEqual([]);
    expect(crossFieldIssues({ ...values, codeRecipe: ['birth_day'] })).toEqual([{ path: 'codeRecipe', issue: 'too_few', params: { limit: 2 } }]);
    expect(crossFieldIssues({ ...values, audience: 'teacher', items: [{ ...values.items[0]!, phase: 'before' }] })).toEqual([{ path: 'items.0.phase', issue: 'invalid_value' }]);
    const choice = values.items[2]!;
    const repeated = { ...choice, choices: [choice.choices[0]!, { ...choice.choices[1]!, value: 1 }] };
    expect(crossFieldIssues({ ...values, items: [repeated] })).toEqual([{ path: 'items.0.choices.1.value', issue: 'duplicate' }]);
    expect(crossFieldIssues({ ...values, items: [{ ...choice, choices: [choice.choices[0]!] }] })).toEqual([{ path: 'items.0.choices', issue: 'too_few', params: { limit: 2 } }]);
  });

  it('warns when nothing can be compared or a moment has no question', () => {
    const values = valuesFromTemplate(template());
    expect(designWarnings(values)).toEqual([]);
    const afterOnly = { ...values, items: values.items.map((row) => ({ ...row, phase: 'after' as const })) };
    expect(designWarnings(afterOnly)).toEqual(['noPairedItems', 'nothingBefore']);
    expect(designWarnings({ ...values, items: values.items.map((row) => ({ ...row, phase: 'before' as const })) })).toEqual(['noPairedItems', 'nothingAfter']);
    expect(designWarnings({ ...afterOnly, audience: 'teacher' })).toEqual([]);
  });

  it('locks the questions once answered, the audience and code once given to a class', () => {
    expect(templateLocks(null)).toEqual({ answers: 0, administrations: 0, itemsLocked: false, codeLocked: false });
    expect(templateLocks(template({ administrationCount: 2 }))).toMatchObject({ itemsLocked: false, codeLocked: true });
    expect(templateLocks(template({ administrationCount: 2, answerCount: 30 }))).toMatchObject({ answers: 30, itemsLocked: true, codeLocked: true });
  });

  it('puts each server error under its input and names its place for the summary', () => {
    expect(formErrorKey('codeRecipe.1')).toBe('codeRecipe');
    expect(formErrorKey('items.2.id')).toBe('items.2.wordingFr');
    expect(formErrorKey('items.2.anchorsFr.3')).toBe('items.2.anchorsFr.3');
    expect(errorPlace('items.2.anchorsFr.3')).toEqual({ question: 3, field: 'anchorsFr', entry: 4, part: null });
    expect(errorPlace('items.0.choices.1.value')).toEqual({ question: 1, field: 'choices', entry: 2, part: 'value' });
    expect(errorPlace('name')).toEqual({ question: null, field: 'name', entry: null, part: null });
  });
});

describe('the list', () => {
  const list = [
    template({ id: 1, name: 'Retour de l’enseignant·e', audience: 'teacher', description: 'Satisfaction' }),
    template({ id: 3, name: 'Élan citoyen', version: 2, description: '' }),
    template({ id: 2, name: 'Élan citoyen', version: 1, archived: true, description: '' }),
    template({ id: 4, name: 'Atelier', description: 'Pour les élèves de 6e' }),
  ];

  it('sorts by name ignoring accents, versions of one questionnaire together, and reverses on demand', () => {
    expect(visibleTemplates(list, '', 'asc').map((entry) => entry.id)).toEqual([4, 2, 3, 1]);
    expect(visibleTemplates(list, '', 'desc').map((entry) => entry.id)).toEqual([1, 2, 3, 4]);
  });

  it('finds every word of the search in the name or description, accents and case ignored', () => {
    expect(visibleTemplates(list, 'ELEVES', 'asc').map((entry) => entry.id)).toEqual([4]);
    expect(visibleTemplates(list, 'elan', 'asc').map((entry) => entry.id)).toEqual([2, 3]);
    expect(visibleTemplates(list, 'retour satisfaction', 'asc').map((entry) => entry.id)).toEqual([1]);
    expect(visibleTemplates(list, 'retour atelier', 'asc')).toEqual([]);
  });
});

describe('the number of a new version', () => {
  it('comes after the highest version of the lineage, even when made from an older version', () => {
    const versions = [
      { id: 1, version: 1, previousVersionId: null },
      { id: 5, version: 2, previousVersionId: 1 },
      { id: 9, version: 3, previousVersionId: 5 },
      { id: 7, version: 1, previousVersionId: null },
    ];
    expect(nextVersionNumber(versions, 1)).toBe(4);
    expect(nextVersionNumber(versions, 9)).toBe(4);
    expect(nextVersionNumber(versions, 7)).toBe(2);
    expect(nextVersionNumber(versions, 3)).toBeNull();
  });
});

describeNamespace(
  {
    name: 'questionnaireTemplates',
    fr,
    en,
    sourceDir: join(__dirname, '../../renderer/features/questionnaires/templates'),
    prefix: 'questionnaireTemplates:',
    required: [
      ...QUESTIONNAIRE_AUDIENCES.flatMap((audience) => [`audiences.${audience}`, `audienceHints.${audience}`]),
      ...ANSWER_TYPES.map((type) => `answerTypes.${type}`),
      ...ITEM_PHASES.map((phase) => `itemPhases.${phase}`),
      ...CODE_PART_NAMES.flatMap((part) => [`codeParts.${part}.label`, `codeParts.${part}.instruction`]),
      ...['noPairedItems', 'nothingBefore', 'nothingAfter'].map((warning) => `warnings.${warning}`),
      ...['wordingFr', 'wordingEn', 'dimension', 'answerType', 'phase', 'reverseKeyed', 'anchorsFr', 'anchorsEn', 'choices', 'codeRecipe', 'items'].map(
        (field) => `summary.fields.${field}`,
      ),
    ],
    requiredTitle: 'has the audiences, dimensions, answer types, moments, code parts, warnings and field names built from lists',
    minimumUsed: 60,
    usedTitle: 'has every questionnaireTemplates: key the designer uses',
  },
  (flat) => {
    it('shows the pupil the same code instructions as the printed form, in both languages', () => {
      for (const part of CODE_PART_NAMES) {
        expect(flat.fr.get(`codeParts.${part}.instruction`), part).toBe(CODE_PART_INSTRUCTIONS.fr[part]);
        expect(flat.en.get(`codeParts.${part}.instruction`), part).toBe(CODE_PART_INSTRUCTIONS.en[part]);
      }
    });

    it('says the locked banner as the coordinators asked, with the count', () => {
      expect(flat.fr.get('editor.answersLocked_other')).toBe(
        'Ce questionnaire a déjà {{count}} réponses : seuls le nom et la description peuvent changer. Pour modifier les questions, créez une nouvelle version.',
      );
    });
  },
);
