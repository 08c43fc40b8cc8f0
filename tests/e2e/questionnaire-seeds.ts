import type { InputOf } from '../../shared/api/contract';
import { onDay } from '../helpers/event-input';
import { seedActivity, type SeedApi } from './fixtures';

/**
 * Questionnaire data several specs seed through the API: the entry grid's three-question template, and a school
 * year of before/after forms for « Résultats » (issue 5's results view, issue 21's accessibility of it).
 */

type Item = InputOf<'questionnaires', 'createTemplate'>['items'][number];
const base = (): Pick<Item, 'id' | 'dimension' | 'reverseKeyed' | 'wordingEn' | 'phase' | 'anchorsEn' | 'choices'> => ({
  id: null,
  dimension: 'other',
  reverseKeyed: false,
  wordingEn: '',
  phase: 'both',
  anchorsEn: [],
  choices: [],
});

/** A Likert answer, a 0–10 mark and a comment: the last cell of a grid row is a text input, the others are cells. */
export const GRID_ITEMS: Item[] = [
  { ...base(), answerType: 'likert5', wordingFr: "J'ai appris quelque chose.", anchorsFr: ['Pas du tout', 'Plutôt pas', 'Un peu', 'Plutôt', 'Tout à fait'] },
  { ...base(), answerType: 'scale_0_10', wordingFr: "Quelle note donnes-tu à l'atelier ?", anchorsFr: ['0', '10'] },
  { ...base(), dimension: 'comments', answerType: 'free_text', wordingFr: 'Un commentaire ?', anchorsFr: [] },
];

/*
 * The seeded pupil questionnaire asks items 1–7 before and after (1 and 3 stereotypes reverse-keyed, 2
 * stereotypes; 4–5 knowledge; 6 empathy, 7 empathy reverse-keyed), and 8–11 after only (two Likert, a 0–10
 * mark, a comment). Codes: two letters and a day of birth.
 */
export type Answers7 = [number, number, number, number, number, number, number];
export interface Pupil {
  before: { code: string; values: Answers7 };
  after: { code: string; values: Answers7; satisfaction: [number, number, number]; comment: string };
}

export const pupil = (code: string, before: Answers7, after: Answers7, satisfaction: [number, number, number], comment = '', afterCode = code): Pupil => ({
  before: { code, values: before },
  after: { code: afterCode, values: after, satisfaction, comment },
});

// 5e primaire A: six exact codes and one pupil who wrote MN07 before and MN08 after (one character off);
// five comments (fewer would not be published).
export const CLASS_A: Pupil[] = [
  pupil('AB01', [4, 2, 4, 3, 2, 3, 3], [2, 4, 2, 4, 4, 4, 2], [5, 5, 9], "J'ai aimé les histoires des familles."),
  pupil('CD02', [3, 3, 3, 2, 3, 4, 2], [2, 4, 2, 4, 4, 5, 1], [4, 5, 8], 'Super !'),
  pupil('EF03', [5, 2, 4, 2, 2, 3, 3], [3, 3, 3, 3, 3, 4, 2], [4, 4, 7], 'Trop court.'),
  pupil('GH04', [2, 4, 2, 4, 4, 4, 2], [2, 4, 1, 5, 4, 5, 1], [5, 4, 10], 'On a appris des mots en arabe.'),
  pupil('IJ05', [4, 1, 5, 1, 2, 2, 4], [3, 3, 3, 3, 3, 3, 3], [3, 3, 6], 'Bien.'),
  pupil('KL06', [3, 3, 3, 3, 3, 3, 3], [3, 3, 4, 4, 4, 3, 3], [4, 4, 8]),
  pupil('MN07', [4, 2, 3, 2, 2, 3, 3], [2, 4, 2, 3, 4, 4, 2], [5, 5, 9], '', 'MN08'),
];
// 5e primaire B: three pupils only, so everything about this class alone is "< 5".
export const CLASS_B: Pupil[] = [
  pupil('OP01', [3, 3, 3, 3, 3, 3, 3], [2, 4, 2, 4, 4, 4, 2], [4, 4, 8]),
  pupil('QR02', [4, 2, 4, 2, 2, 2, 4], [3, 3, 3, 3, 3, 3, 3], [3, 4, 7]),
  pupil('ST03', [2, 4, 2, 4, 4, 4, 2], [2, 4, 2, 4, 4, 4, 2], [5, 5, 10]),
];

/** Two classes of one school, before and after, and a teacher's feedback; "MN07" wrote "MN08" after (a tolerant pair). */
export async function seedResults(api: SeedApi) {
  const { schoolId, classIds, eventId } = await seedActivity(api, {
    classes: [
      { name: '5e primaire A', pupilCount: 20 },
      { name: '5e primaire B', pupilCount: 18 },
    ],
    event: onDay('2026-11-24'),
  });
  const [classA, classB] = classIds as [number, number];
  const templates = await api.questionnaires.templates({});
  const template = templates.find((candidate) => candidate.name === 'Regards sur la migration — élèves')!;
  const items = [...template.items].sort((a, b) => a.position - b.position);
  const administration = async (classId: number, phase: 'before' | 'after', date: string, templateId = template.id) =>
    (await api.questionnaires.createAdministration({ templateId, eventId, classId, phase, date })).id;
  /** The 'after' forms by code, to correct one later as the entry grid would. */
  const afterForms = new Map<string, { administrationId: number; id: number; answers: { itemId: number; value: number | null; text: string }[] }>();

  for (const [classId, pupils] of [
    [classA, CLASS_A],
    [classB, CLASS_B],
  ] as const) {
    const before = await administration(classId, 'before', '2026-11-23');
    for (const form of pupils) {
      const answers = form.before.values.map((value, index) => ({ itemId: items[index]!.id, value, text: '' }));
      await api.questionnaires.saveResponse({ administrationId: before, id: null, code: form.before.code, answers });
    }
    const after = await administration(classId, 'after', '2026-11-26');
    for (const form of pupils) {
      const values = [...form.after.values, ...form.after.satisfaction];
      const answers: { itemId: number; value: number | null; text: string }[] = values.map((value, index) => ({ itemId: items[index]!.id, value, text: '' }));
      answers.push({ itemId: items[10]!.id, value: null, text: form.after.comment });
      const stored = await api.questionnaires.saveResponse({ administrationId: after, id: null, code: form.after.code, answers });
      afterForms.set(form.after.code, { administrationId: after, id: stored.id, answers });
    }
  }

  // The teacher of 5e primaire A gave their feedback (teachers are not anonymous: no code, always counted).
  const teacherTemplate = templates.find((candidate) => candidate.audience === 'teacher')!;
  const teacherItems = [...teacherTemplate.items].sort((a, b) => a.position - b.position);
  const teacherAdministration = await administration(classA, 'after', '2026-11-26', teacherTemplate.id);
  await api.questionnaires.saveResponse({
    administrationId: teacherAdministration,
    id: null,
    code: '',
    answers: [
      ...[5, 4, 4, 5, 1].map((value, index) => ({ itemId: teacherItems[index]!.id, value, text: '' })),
      { itemId: teacherItems[5]!.id, value: null, text: 'Les élèves en parlent encore.' },
    ],
  });
  return { schoolId, classB, templateId: template.id, afterForms };
}
