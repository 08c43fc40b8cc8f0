/**
 * What the results are about: a questionnaire and a scope (the whole programme, a school year, a school,
 * a class or an activity), kept in the address so a view can be reloaded or linked. Pure.
 */
import { ANALYSIS_SCOPE_KINDS, type AnalysisScope, type AnalysisScopeKind } from '../../../../shared/domain/questionnaires/analysis';
import { parseSchoolYearLabel, schoolYearOf, schoolYearStarting } from '../../../../shared/domain/school-year';
import type { QuestionnaireTemplate } from '../../../../shared/domain/questionnaires/templates';

/** The programme (Action 9) started in September 2025: no school year before it has answers. */
const FIRST_PROGRAMME_YEAR = 2025;

/** The seeded pupil questionnaire, chosen by default (its later versions keep the name). */
const DEFAULT_TEMPLATE_NAME = 'Regards sur la migration — élèves';

/** The order of the scope switch, widest first. */
export const SCOPE_KINDS: readonly AnalysisScopeKind[] = ['all', 'schoolYear', 'school', 'class', 'event'];

export interface ScopeSelection {
  readonly kind: AnalysisScopeKind;
  /** The school year: required for a year, optional for a school (null = every year), a filter for the pickers. */
  readonly schoolYear: string | null;
  readonly schoolId: number | null;
  readonly classId: number | null;
  readonly eventId: number | null;
}

function id(value: string | null): number | null {
  const number = Number(value);
  return value !== null && Number.isSafeInteger(number) && number > 0 ? number : null;
}

function yearLabel(value: string | null): string | null {
  const start = value === null ? null : parseSchoolYearLabel(value);
  return start === null ? null : schoolYearStarting(start).label;
}

/** The school years offered, newest first: from the programme's first year to the current one. */
export function schoolYearOptions(today: string): string[] {
  const current = schoolYearOf(today).startYear;
  const years: string[] = [];
  for (let year = current; year >= Math.min(FIRST_PROGRAMME_YEAR, current); year -= 1) years.push(schoolYearStarting(year).label);
  return years;
}

/** The selection in the address; by default the current school year. */
export function readSelection(params: URLSearchParams, today: string): ScopeSelection {
  const kind = params.get('scope');
  const year = params.get('year');
  return {
    kind: (ANALYSIS_SCOPE_KINDS as readonly string[]).includes(kind ?? '') ? (kind as AnalysisScopeKind) : 'schoolYear',
    // A school may be read over every year ("year=all"); everything else defaults to the current year.
    schoolYear: year === 'all' ? null : (yearLabel(year) ?? schoolYearOf(today).label),
    schoolId: id(params.get('school')),
    classId: id(params.get('class')),
    eventId: id(params.get('event')),
  };
}

/** The selection as address parameters (only what the kind uses, so a link says exactly what it shows). */
export function selectionParams(selection: ScopeSelection): Record<string, string> {
  const params: Record<string, string> = { scope: selection.kind };
  if (selection.kind !== 'all') params.year = selection.schoolYear ?? 'all';
  if ((selection.kind === 'school' || selection.kind === 'class') && selection.schoolId !== null) params.school = String(selection.schoolId);
  if (selection.kind === 'class' && selection.classId !== null) params.class = String(selection.classId);
  if (selection.kind === 'event' && selection.eventId !== null) params.event = String(selection.eventId);
  return params;
}

/** The scope the server is asked about, or null while the selection is incomplete (no school chosen yet…). */
export function scopeOf(selection: ScopeSelection): AnalysisScope | null {
  switch (selection.kind) {
    case 'all':
      return { kind: 'all' };
    case 'schoolYear':
      return selection.schoolYear === null ? null : { kind: 'schoolYear', schoolYear: selection.schoolYear };
    case 'school':
      return selection.schoolId === null ? null : { kind: 'school', schoolId: selection.schoolId, schoolYear: selection.schoolYear };
    case 'class':
      return selection.classId === null ? null : { kind: 'class', classId: selection.classId };
    case 'event':
      return selection.eventId === null ? null : { kind: 'event', eventId: selection.eventId };
  }
}

/** A stable key of a scope for react-query. */
export function scopeKey(scope: AnalysisScope): string {
  return JSON.stringify(scope);
}

/**
 * The pupil questionnaires that can be read, current versions first then older versions, by name; and the
 * default: the template in the address if it is one of them, else the current seeded pupil questionnaire,
 * else the first.
 */
export function pupilTemplates(templates: readonly QuestionnaireTemplate[]): QuestionnaireTemplate[] {
  return templates
    .filter((template) => template.audience === 'pupil')
    .sort((a, b) => Number(a.archived) - Number(b.archived) || a.name.localeCompare(b.name, 'fr') || b.version - a.version);
}

export function defaultTemplateId(templates: readonly QuestionnaireTemplate[], requested: number | null): number | null {
  if (requested !== null && templates.some((template) => template.id === requested)) return requested;
  const seeded = templates.find((template) => template.name === DEFAULT_TEMPLATE_NAME && !template.archived);
  return seeded?.id ?? templates[0]?.id ?? null;
}
