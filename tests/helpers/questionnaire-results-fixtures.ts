import type { Core } from '../../main/core';
import type { Caller } from '../../main/dispatch';
import type { Administration, QuestionnaireResponse } from '../../shared/domain/questionnaires/responses';
import type { QuestionnaireTemplate } from '../../shared/domain/questionnaires/templates';
import { dataOf } from './directory';
import { activityInput, onDay } from './event-input';

/** Questionnaire results tests: activities, administrations and forms entered through dispatch. */

export async function createEvent(core: Core, caller: Caller, schoolId: number, classIds: number[], day: string, title = 'Atelier « Préjugés »'): Promise<number> {
  const result = await core.dispatch(caller, 'events/create', activityInput({ title, themes: [], schoolId, classIds, ...onDay(day) }));
  return dataOf<{ event: { id: number } }>(result).event.id;
}

export async function seededTemplates(core: Core, caller: Caller): Promise<{ pupil: QuestionnaireTemplate; teacher: QuestionnaireTemplate }> {
  const templates = dataOf<QuestionnaireTemplate[]>(await core.dispatch(caller, 'questionnaires/templates', {}));
  return { pupil: templates.find((t) => t.audience === 'pupil')!, teacher: templates.find((t) => t.audience === 'teacher')! };
}

export async function administer(
  core: Core,
  caller: Caller,
  input: { templateId: number; eventId: number; classId: number; phase: 'before' | 'after'; date: string },
): Promise<number> {
  return dataOf<Administration>(await core.dispatch(caller, 'questionnaires/createAdministration', input)).id;
}

/** Administers `templateId` before and after an event to a class; returns both ids. */
export async function administerBoth(core: Core, caller: Caller, templateId: number, eventId: number, classId: number, day: string) {
  const before = await administer(core, caller, { templateId, eventId, classId, phase: 'before', date: day });
  const after = await administer(core, caller, { templateId, eventId, classId, phase: 'after', date: day });
  return { before, after };
}

/** Item id → value (null: no answer) or text (free text). */
export type FormAnswers = Record<number, number | null | string>;

export async function saveForm(core: Core, caller: Caller, administrationId: number, code: string, answers: FormAnswers = {}, id: number | null = null): Promise<number> {
  const list = Object.entries(answers).map(([itemId, value]) =>
    typeof value === 'string' ? { itemId: Number(itemId), value: null, text: value } : { itemId: Number(itemId), value, text: '' },
  );
  const result = await core.dispatch(caller, 'questionnaires/saveResponse', { administrationId, id, code, answers: list });
  return dataOf<QuestionnaireResponse>(result).id;
}

/** A pupil code of the seeded recipe (mother's letter, own letter, day of birth) for pupil number `n`. */
export function pupilCode(n: number): string {
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  return `${letters[n % 26]}${letters[Math.floor(n / 26) % 26]}${String((n % 31) + 1).padStart(2, '0')}`;
}
