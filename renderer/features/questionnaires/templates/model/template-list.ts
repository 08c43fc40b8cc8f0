import type { QuestionnaireTemplate } from '../../../../../shared/domain/questionnaires/templates';

export type NameOrder = 'asc' | 'desc';

/** Lower case without accents, so "eleves" finds "élèves" and "Élan" sorts with the E's. */
function folded(text: string): string {
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

/**
 * The number the server gives a new version of `id`: one more than the highest version of its lineage (every
 * template linked to it through `previousVersionId`, older or newer), as `newTemplateVersion` counts.
 */
export function nextVersionNumber(templates: readonly Pick<QuestionnaireTemplate, 'id' | 'version' | 'previousVersionId'>[], id: number): number | null {
  if (!templates.some((template) => template.id === id)) return null;
  const lineage = new Set([id]);
  let grown = true;
  while (grown) {
    grown = false;
    for (const template of templates) {
      const parent = template.previousVersionId;
      if (parent === null || lineage.has(parent) === lineage.has(template.id)) continue;
      lineage.add(parent);
      lineage.add(template.id);
      grown = true;
    }
  }
  return Math.max(...templates.filter((template) => lineage.has(template.id)).map((template) => template.version)) + 1;
}
