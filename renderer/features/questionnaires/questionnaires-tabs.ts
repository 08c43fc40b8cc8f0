import type { Role } from '../../../shared/domain/roles';

/**
 * The tabs of the "Questionnaires" section, kept in the address (`#/questionnaires?tab=results`). Teachers
 * enter their classes' forms; reading results and designing questionnaires are the coordinators' work.
 */
const QUESTIONNAIRE_TABS = ['entry', 'results', 'templates'] as const;
export type QuestionnaireTab = (typeof QUESTIONNAIRE_TABS)[number];

const COORDINATOR_TABS: readonly QuestionnaireTab[] = ['results', 'templates'];

export function questionnaireTabsFor(roles: readonly Role[]): QuestionnaireTab[] {
  return QUESTIONNAIRE_TABS.filter((tab) => !COORDINATOR_TABS.includes(tab) || roles.includes('coordinator'));
}

/** The tab named in the address if this user has it, else the first one. */
export function questionnaireTabOf(value: string | null | undefined, tabs: readonly QuestionnaireTab[]): QuestionnaireTab {
  return (tabs as readonly string[]).includes(value ?? '') ? (value as QuestionnaireTab) : tabs[0]!;
}
