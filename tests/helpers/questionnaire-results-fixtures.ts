import type { InputOf, PasserelleApi } from '../../shared/api/contract';
import type { QuestionnaireTemplate } from '../../shared/domain/questionnaires/templates';
import { ok } from './api';
import { activityInput, onDay } from './event-input';

/** Questionnaire results tests: activities, administrations and forms entered through the typed API. */

export async function createEvent(api: PasserelleApi, schoolId: number, classIds: number[], day: string, title = 'Atelier « Préjugés »'): Promise<number> {
  return ok(await api.events.create(activityInput({ title, themes: [], schoolId, classIds, ...onDay(day) }))).event.id;
}

export async function seededTemplates(api: PasserelleApi): Promise<{ pupil: QuestionnaireTemplate; teacher: QuestionnaireTemplate }> {
  const templates = ok(await api.questionnaires.templates({}));
  return { pupil: templates.find((t) => t.audience === 'pupil')!, teacher: templates.find((t) => t.audience === 'teacher')! };
}

export async function administer(api: PasserelleApi, input: InputOf<'questionnaires', 'createAdministration'>): Promise<number> {
  return ok(await api.questionnaires.createAdministration(input)).id;
}

/** Administers `templateId` before and after an event to a class; returns both ids. */
export async function administerBoth(api: PasserelleApi, templateId: number, eventId: number, classId: number, day: string) {
  const before = await administer(api, { templateId, eventId, classId, phase: 'before', date: day });
  const after = await administer(api, { templateId, eventId, classId, phase: 'after', date: day });
  return { before, after };
}

/** Item id → value (null: no answer) or text (free text). */
export type FormAnswers = Record<number, number | null | string>;

export async function saveForm(api: PasserelleApi, administrationId: number, code: string, answers: FormAnswers = {}, id: number | null = null): Promise<number> {
  const list = Object.entries(answers).map(([itemId, value]) =>
    typeof value === 'string' ? { itemId: Number(itemId), value: null, text: value } : { itemId: Number(itemId), value, text: '' },
  );
  return ok(await api.questionnaires.saveResponse({ administrationId, id, code, answers: list })).id;
}

/** A pupil code of the seeded recipe (mother's letter, own letter, day of birth) for pupil number `n`. */
export function pupilCode(n: number): string {
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  return `${letters[n % 26]}${letters[Math.floor(n / 26) % 26]}${String((n % 31) + 1).padStart(2, '0')}`;
}
