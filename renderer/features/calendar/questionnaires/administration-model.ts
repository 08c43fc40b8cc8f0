import type { SchoolEvent } from '../../../../shared/domain/calendar/events';
import type { Administration } from '../../../../shared/domain/questionnaires/responses';
import type { AdministrationPhase, QuestionnaireTemplate } from '../../../../shared/domain/questionnaires/templates';

/** Copies printed when a class's size is unknown: a usual class set. */
export const DEFAULT_COPIES = 25;
/** The contract's bounds for `formPdf.copies`. */
export const MIN_COPIES = 1;
export const MAX_COPIES = 200;

export type EventClass = SchoolEvent['classes'][number];

/** One class of the event with its administrations, 'before' first, then by date. */
export interface ClassAdministrations {
  classId: number;
  className: string;
  administrations: Administration[];
}

const PHASE_ORDER: Record<AdministrationPhase, number> = { before: 0, after: 1 };

function byPhaseThenDate(a: Administration, b: Administration): number {
  return PHASE_ORDER[a.phase] - PHASE_ORDER[b.phase] || a.date.localeCompare(b.date) || a.id - b.id;
}

/**
 * The event's classes in their order, each with its administrations; an administration of a class that has
 * since left the event still shows, under its own name, after them (its forms are not lost from sight).
 */
export function administrationsByClass(classes: readonly EventClass[], administrations: readonly Administration[]): ClassAdministrations[] {
  const groups = new Map<number, ClassAdministrations>();
  for (const schoolClass of classes) groups.set(schoolClass.id, { classId: schoolClass.id, className: schoolClass.name, administrations: [] });
  for (const administration of administrations) {
    let group = groups.get(administration.classId);
    if (!group) {
      group = { classId: administration.classId, className: administration.className, administrations: [] };
      groups.set(administration.classId, group);
    }
    group.administrations.push(administration);
  }
  for (const group of groups.values()) group.administrations.sort(byPhaseThenDate);
  return [...groups.values()];
}

/**
 * The templates that can be given at a phase, pupil templates first: before the activity only pupil templates;
 * after it pupil templates and teacher forms. Archived templates are never offered.
 */
export function templatesForPhase(templates: readonly QuestionnaireTemplate[], phase: AdministrationPhase): QuestionnaireTemplate[] {
  return templates
    .filter((template) => !template.archived && (phase === 'after' || template.audience === 'pupil'))
    .sort((a, b) => (a.audience === b.audience ? a.name.localeCompare(b.name, 'fr') || b.version - a.version : a.audience === 'pupil' ? -1 : 1));
}

/** Copies of the paper form for a class: its number of pupils, else a usual class set; within the contract's bounds. */
export function defaultCopies(classes: readonly EventClass[], classId: number): number {
  const pupils = classes.find((schoolClass) => schoolClass.id === classId)?.pupilCount ?? 0;
  if (!Number.isInteger(pupils) || pupils < MIN_COPIES) return DEFAULT_COPIES;
  return Math.min(pupils, MAX_COPIES);
}

/** The class a new administration of `phase` most likely is for: before, the first class without one; after, the first with a 'before' but no 'after'. */
export function suggestedClassId(groups: readonly ClassAdministrations[], classes: readonly EventClass[], phase: AdministrationPhase): number | null {
  const has = (group: ClassAdministrations, wanted: AdministrationPhase) => group.administrations.some((item) => item.phase === wanted);
  const eventClassIds = new Set(classes.map((schoolClass) => schoolClass.id));
  const candidates = groups.filter((group) => eventClassIds.has(group.classId));
  const match =
    phase === 'before'
      ? candidates.find((group) => !has(group, 'before'))
      : candidates.find((group) => has(group, 'before') && !has(group, 'after'));
  return match?.classId ?? classes[0]?.id ?? null;
}

/**
 * The template a new administration most likely uses: after, the one of the class's 'before' (so the forms
 * pair) when it can still be given; otherwise the first offered.
 */
export function suggestedTemplateId(
  offered: readonly QuestionnaireTemplate[],
  groups: readonly ClassAdministrations[],
  classId: number | null,
  phase: AdministrationPhase,
): number | null {
  if (phase === 'after' && classId !== null) {
    const before = groups.find((group) => group.classId === classId)?.administrations.find((item) => item.phase === 'before');
    if (before && offered.some((template) => template.id === before.templateId)) return before.templateId;
  }
  return offered[0]?.id ?? null;
}

/** The day an administration defaults to: the event's own day ("YYYY-MM-DD"). */
export function eventDay(event: Pick<SchoolEvent, 'start'>): string {
  return event.start.slice(0, 10);
}
