import type { QuestionnaireTemplate } from '../../../../../shared/domain/questionnaires/templates';

export type NameOrder = 'asc' | 'desc';

/** Lower case without accents, so "eleves" finds "élèves" and "Élan" sorts with the E's. */
export function folded(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLocaleLowerCase('fr').trim();
}

/**
 * The templates matching a search (in their name or description, every word found, accents ignored), by
 * name then version — the versions of one questionnaire stay together, newest last.
 */
export function visibleTemplates(templates: readonly QuestionnaireTemplate[], search: string, order: NameOrder): QuestionnaireTemplate[] {
  const words = folded(search).split(/\s+/).filter(Boolean);
  const matching = templates.filter((template) => {
    const text = folded(`${template.name} ${template.description}`);
    return words.every((word) => text.includes(word));
  });
  const direction = order === 'asc' ? 1 : -1;
  return matching.sort((a, b) => direction * folded(a.name).localeCompare(folded(b.name), 'fr') || a.version - b.version || a.id - b.id);
}
