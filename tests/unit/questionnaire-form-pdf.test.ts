import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CODE_PART_NAMES, type CodePart, type QuestionnaireTemplate, type TemplateItem } from '../../shared/domain/questionnaires/templates';
import { buildQuestionnaireForm, CODE_PART_INSTRUCTIONS, itemsForPhase } from '../../main/reports/questionnaires/form';

const workDir = mkdtempSync(join(tmpdir(), 'passerelle-questionnaire-pdfs-'));
const now = new Date('2026-03-02T10:00:00Z');

/**
 * Writes the PDF, checks it with qpdf, returns its text in reading order (`flow`), as laid out (`layout`) and in
 * the order drawn (`drawn`: a numbered question reads whole even when its wording wraps).
 */
function readPdf(bytes: Uint8Array, name: string): { flow: string; layout: string; drawn: string; pages: number } {
  const path = join(workDir, `${name}.pdf`);
  writeFileSync(path, bytes);
  expect(execFileSync('qpdf', ['--check', path], { encoding: 'utf8' })).toContain('No syntax or stream encoding errors');
  const pages = Number(execFileSync('qpdf', ['--show-npages', path], { encoding: 'utf8' }).trim());
  return {
    flow: execFileSync('pdftotext', [path, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' '),
    layout: execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' }).replace(/[ \t]+/g, ' '),
    drawn: execFileSync('pdftotext', ['-raw', path, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' '),
    pages,
  };
}

const LIKERT5_FR = ["Pas du tout d'accord", "Pas d'accord", 'Je ne sais pas', "D'accord", "Tout à fait d'accord"];
const LIKERT5_EN = ['Strongly disagree', 'Disagree', "Don't know", 'Agree', 'Strongly agree'];

function item(position: number, overrides: Partial<TemplateItem>): TemplateItem {
  return {
    id: 100 + position,
    position,
    dimension: 'stereotypes',
    answerType: 'likert5',
    reverseKeyed: false,
    wordingFr: '',
    wordingEn: '',
    phase: 'both',
    anchorsFr: [],
    anchorsEn: [],
    choices: [],
    ...overrides,
  };
}

/** Every answer type, accents everywhere, items of each phase, one without English wording. */
function pupilTemplate(codeRecipe: CodePart[] = ['mother_first_letter', 'own_first_letter', 'birth_day', 'birth_month', 'siblings_count']): QuestionnaireTemplate {
  return {
    id: 7,
    name: 'Perceptions des élèves',
    audience: 'pupil',
    description: '',
    version: 2,
    previousVersionId: 3,
    codeRecipe,
    answerCount: 0,
    administrationCount: 0,
    archived: false,
    // Deliberately out of order: the form follows `position`.
    items: [
      item(3, {
        answerType: 'yes_no',
        dimension: 'migration_knowledge',
        wordingFr: "As-tu déjà entendu parler de l'exil ?",
        wordingEn: 'Have you ever heard about exile?',
        phase: 'both',
      }),
      item(1, {
        answerType: 'likert5',
        reverseKeyed: true,
        wordingFr: 'Les élèves venus d’ailleurs ont du mal à l’école.',
        wordingEn: 'Pupils from elsewhere struggle at school.',
        phase: 'both',
        anchorsFr: LIKERT5_FR,
        anchorsEn: LIKERT5_EN,
      }),
      item(2, {
        answerType: 'likert4',
        dimension: 'empathy',
        wordingFr: 'Je me mets facilement à la place des réfugiés.',
        wordingEn: 'I can easily put myself in the place of refugees.',
        phase: 'before',
        anchorsFr: ['Pas du tout', 'Un peu', 'Beaucoup', 'Énormément'],
        anchorsEn: ['Not at all', 'A little', 'A lot', 'Enormously'],
      }),
      item(4, {
        answerType: 'scale_0_10',
        dimension: 'empathy',
        wordingFr: 'À quel point te sens-tu proche des élèves arrivés récemment en Belgique ?',
        wordingEn: 'How close do you feel to pupils who recently arrived in Belgium?',
        phase: 'both',
        anchorsFr: ['Pas du tout proche', 'Très très proche'],
        anchorsEn: ['Not close at all', 'Very very close'],
      }),
      item(5, {
        answerType: 'single_choice',
        dimension: 'migration_knowledge',
        wordingFr: 'Combien de pays y a-t-il dans l’Union européenne ?',
        wordingEn: 'How many countries are there in the European Union?',
        phase: 'before',
        choices: [
          { value: 1, labelFr: 'Douze', labelEn: 'Twelve' },
          { value: 2, labelFr: 'Vingt-sept', labelEn: 'Twenty-seven' },
          { value: 3, labelFr: 'Cinquante', labelEn: '' },
        ],
      }),
      item(6, {
        answerType: 'likert5',
        dimension: 'satisfaction',
        wordingFr: "L'activité m'a plu.",
        wordingEn: 'I liked the activity.',
        phase: 'after',
        anchorsFr: LIKERT5_FR,
        anchorsEn: LIKERT5_EN,
      }),
      item(7, {
        answerType: 'free_text',
        dimension: 'comments',
        wordingFr: "Qu'as-tu appris de nouveau aujourd'hui ?",
        wordingEn: 'What did you learn today?',
        phase: 'after',
      }),
      item(8, {
        answerType: 'yes_no',
        dimension: 'satisfaction',
        wordingFr: 'Aimerais-tu refaire une activité comme celle-ci, avec ta classe ?',
        wordingEn: '',
        phase: 'after',
      }),
    ],
  };
}

function teacherTemplate(): QuestionnaireTemplate {
  return {
    id: 9,
    name: 'Retour enseignant·e',
    audience: 'teacher',
    description: '',
    version: 1,
    previousVersionId: null,
    codeRecipe: [],
    answerCount: 0,
    administrationCount: 0,
    archived: false,
    items: [
      item(1, {
        answerType: 'likert4',
        dimension: 'satisfaction',
        wordingFr: "L'activité était adaptée à l'âge des élèves.",
        wordingEn: "The activity suited the pupils' age.",
        phase: 'after',
        anchorsFr: ['Pas du tout', 'Plutôt pas', 'Plutôt', 'Tout à fait'],
        anchorsEn: ['Not at all', 'Rather not', 'Rather', 'Completely'],
      }),
      item(2, {
        answerType: 'scale_0_10',
        dimension: 'observed_change',
        wordingFr: "Avez-vous observé un changement d'attitude chez vos élèves ?",
        wordingEn: 'Did you notice a change of attitude among your pupils?',
        phase: 'after',
        anchorsFr: ['Aucun changement', 'Un grand changement'],
        anchorsEn: ['No change', 'A big change'],
      }),
      item(3, {
        answerType: 'free_text',
        dimension: 'comments',
        wordingFr: 'Vos remarques et suggestions',
        wordingEn: 'Your comments and suggestions',
        phase: 'after',
      }),
    ],
  };
}

const context = {
  schoolName: 'Athénée Léonie de Waha',
  className: '5e B',
  date: '2026-03-03',
  phase: 'before' as const,
  eventTitle: 'Théâtre-forum « Partir, arriver »',
};

describe('the paper questionnaire', () => {
  it('prints the header, the code boxes with their instructions and only the items asked before', () => {
    const { flow, layout, drawn } = readPdf(buildQuestionnaireForm(pupilTemplate(), context, { language: 'fr' }, now), 'pupil-before-fr');
    expect(flow).toContain('Questionnaire');
    expect(flow).toContain('Athénée Léonie de Waha');
    expect(flow).toContain('5e B');
    expect(flow).toContain('Théâtre-forum « Partir, arriver »');
    expect(flow).toContain('mardi 3 mars 2026');
    expect(flow).toContain("AVANT L'ACTIVITÉ");
    expect(flow).not.toMatch(/APRÈS L'ACTIVITÉ|Après l'activité/);
    expect(flow).toContain('Ton code secret');
    for (const part of pupilTemplate().codeRecipe) expect(flow).toContain(CODE_PART_INSTRUCTIONS.fr[part]);
    expect(flow).toContain("La première lettre du prénom de ta maman (ou d'une personne qui s'occupe de toi)");
    expect(flow).toContain('Ton mois de naissance en chiffres (01 à 12)');
    expect(flow).toContain('Combien de frères et sœurs tu as');
    expect(flow).not.toContain(CODE_PART_INSTRUCTIONS.fr.father_first_letter);
    expect(flow).not.toContain(CODE_PART_INSTRUCTIONS.fr.street_first_letter);
    expect(flow).toContain("Il n'y a pas de bonnes ou de mauvaises réponses. Ton nom n'est écrit nulle part.");

    // Items 1–5 are asked before, renumbered 1, 2, 3… in position order; the 'after' items are not printed.
    expect(layout).toContain("1. Les élèves venus d'ailleurs ont du mal à l'école.");
    expect(layout).toContain('2. Je me mets facilement à la place des réfugiés.');
    expect(layout).toContain("3. As-tu déjà entendu parler de l'exil ?");
    expect(layout).toContain('4. À quel point te sens-tu proche des élèves');
    expect(flow).toContain('arrivés récemment en Belgique ?');
    expect(layout).toContain("5. Combien de pays y a-t-il dans l'Union européenne ?");
    expect(flow).not.toContain("L'activité m'a plu.");
    expect(flow).not.toContain("Qu'as-tu appris");
    expect(flow).not.toContain('Aimerais-tu refaire');

    // Anchors under the boxes, with the value to type beside each box.
    for (const anchor of [...LIKERT5_FR, 'Pas du tout', 'Un peu', 'Beaucoup', 'Énormément', 'Pas du tout proche', 'Très très proche']) {
      expect(flow).toContain(anchor);
    }
    expect(layout).toMatch(/ 1 2 3 4 5 /);
    expect(layout).toMatch(/0 1 2 3 4 5 6 7 8 9 10/);
    expect(layout).toMatch(/Oui Non/);
    expect(layout).toMatch(/Douze Vingt-sept Cinquante/);
    // The kit's footer, numbered within the copy: what the form is, the date it was made, page x / y.
    expect(drawn).toMatch(/Questionnaire — Avant l'activité — 5e B · généré par Passerelle le 2 mars 2026 page 1 \/ \d/);
  });

  it('prints beside each option the key the entry grid takes: its rank when a value needs two digits', () => {
    const template = pupilTemplate();
    template.items = [
      item(1, {
        answerType: 'single_choice',
        dimension: 'other',
        wordingFr: 'Comment viens-tu à l’école ?',
        phase: 'before',
        choices: [
          { value: 10, labelFr: 'À pied', labelEn: '' },
          { value: 20, labelFr: 'En bus', labelEn: '' },
          { value: 30, labelFr: 'En voiture', labelEn: '' },
        ],
      }),
    ];
    const { layout } = readPdf(buildQuestionnaireForm(template, context, { language: 'fr' }, now), 'choice-by-rank');
    expect(layout).toMatch(/ 1 2 3\s+À pied En bus En voiture/);
    expect(layout).not.toMatch(/\b[123]0\b/);
  });

  it('prints the items asked after, and the phase « Après l’activité »', () => {
    const { flow, layout, drawn } = readPdf(buildQuestionnaireForm(pupilTemplate(), { ...context, phase: 'after' }, { language: 'fr' }, now), 'pupil-after-fr');
    expect(flow).toContain("APRÈS L'ACTIVITÉ");
    expect(flow).not.toContain("AVANT L'ACTIVITÉ");
    expect(layout).toContain("1. Les élèves venus d'ailleurs");
    expect(layout).toContain("2. As-tu déjà entendu parler de l'exil ?");
    expect(layout).toContain('3. À quel point');
    expect(layout).toContain("4. L'activité m'a plu.");
    expect(layout).toContain("5. Qu'as-tu appris de nouveau aujourd'hui ?");
    expect(drawn).toContain('6. Aimerais-tu refaire une activité comme celle-ci, avec ta classe ?');
    expect(flow).not.toContain('Je me mets facilement');
    expect(flow).not.toContain('Combien de pays');
    expect(itemsForPhase(pupilTemplate(), 'after').map((entry) => entry.position)).toEqual([1, 3, 4, 6, 7, 8]);
  });

  it('has an instruction in both languages for every code part', () => {
    const others: CodePart[] = ['father_first_letter', 'street_first_letter'];
    const { flow } = readPdf(buildQuestionnaireForm(pupilTemplate(others), context, { language: 'fr' }, now), 'pupil-other-parts');
    for (const part of others) expect(flow).toContain(CODE_PART_INSTRUCTIONS.fr[part]);
    for (const part of CODE_PART_NAMES) {
      expect(CODE_PART_INSTRUCTIONS.fr[part].length).toBeGreaterThan(10);
      expect(CODE_PART_INSTRUCTIONS.en[part].length).toBeGreaterThan(10);
    }
  });

  it('repeats the whole form for a class set, each copy on new pages numbered on its own', () => {
    const single = readPdf(buildQuestionnaireForm(pupilTemplate(), context, { language: 'fr' }, now), 'pupil-one');
    const set = readPdf(buildQuestionnaireForm(pupilTemplate(), context, { language: 'fr', copies: 3 }, now), 'pupil-three');
    expect(set.pages).toBe(3 * single.pages);
    expect(set.flow.match(/Ton code secret/g)).toHaveLength(3);
    expect(set.flow.match(/page 1 \//g)).toHaveLength(3);
    expect(set.flow.match(new RegExp(`page ${single.pages} / ${single.pages}`, 'g'))).toHaveLength(3);
    expect(set.flow).not.toContain(`page ${single.pages + 1} /`);
    expect(() => buildQuestionnaireForm(pupilTemplate(), context, { language: 'fr', copies: 0 }, now)).toThrow(RangeError);
  });

  it('prints the English wordings, falling back to French where the English is empty', () => {
    const { flow, layout, drawn } = readPdf(
      buildQuestionnaireForm(pupilTemplate(), { ...context, phase: 'after' }, { language: 'en' }, now),
      'pupil-after-en',
    );
    expect(flow).toContain('AFTER THE ACTIVITY');
    expect(flow).toContain('Tuesday 3 March 2026');
    expect(flow).toContain('School:');
    expect(flow).toContain('Your secret code');
    expect(flow).toContain("The first letter of your mum's first name (or of someone who looks after you)");
    expect(flow).toContain('The month you were born, in numbers (01 to 12)');
    expect(flow).toContain('There are no right or wrong answers. Your name is not written anywhere.');
    expect(layout).toContain('1. Pupils from elsewhere struggle at school.');
    expect(layout).toContain('4. I liked the activity.');
    expect(flow).toContain('Strongly agree');
    expect(flow).toContain('Very very close');
    expect(layout).toMatch(/Yes No/);
    // No English wording: the French one.
    expect(drawn).toContain('6. Aimerais-tu refaire une activité comme celle-ci, avec ta classe ?');
    expect(drawn).toContain('Questionnaire — After the activity — 5e B · made by Passerelle on 2 March 2026 page 1 /');
    expect(flow).toContain('City of Liège');
    expect(flow).not.toContain("Pas du tout d'accord");

    const before = readPdf(buildQuestionnaireForm(pupilTemplate(), context, { language: 'en' }, now), 'pupil-before-en').layout;
    expect(before).toMatch(/Twelve Twenty-seven Cinquante/);
  });

  it('prints the teacher feedback form without a code', () => {
    const { flow, layout, drawn } = readPdf(
      buildQuestionnaireForm(teacherTemplate(), { ...context, phase: 'after' }, { language: 'fr' }, now),
      'teacher-after-fr',
    );
    expect(flow).toContain("Retour de l'enseignant·e");
    expect(flow).toContain("APRÈS L'ACTIVITÉ");
    expect(flow).toContain('Athénée Léonie de Waha');
    expect(flow).not.toContain('Ton code secret');
    expect(flow).not.toContain("Ton nom n'est écrit nulle part");
    expect(layout).toContain("1. L'activité était adaptée à l'âge des élèves.");
    expect(drawn).toContain("2. Avez-vous observé un changement d'attitude chez vos élèves ?");
    expect(layout).toContain('3. Vos remarques et suggestions');
    expect(flow).toContain('Tout à fait');
    expect(flow).toContain('Un grand changement');
    // Nothing is asked of the teacher before the activity.
    expect(() => buildQuestionnaireForm(teacherTemplate(), context, { language: 'fr' }, now)).toThrow(RangeError);
  });
});
