import { normaliseLabel } from './columns';
import {
  SCHOOL_LEVELS,
  SCHOOL_NETWORKS,
  type ContactKind,
  type PartnerKind,
  type SchoolLevel,
  type SchoolNetwork,
} from '../../shared/domain/directory';

/**
 * French labels of the directory's codes, for exported files (the City's working language; the renderer's
 * translation files serve the screens). Imports accept these labels, the English ones below and the codes.
 */
export const NETWORK_LABELS: Record<SchoolNetwork, string> = {
  communal: 'Communal',
  provincial: 'Provincial',
  libre: 'Libre',
  fwb: 'Fédération Wallonie-Bruxelles',
};

export const LEVEL_LABELS: Record<SchoolLevel, string> = {
  maternel: 'Maternel',
  primaire: 'Primaire',
  secondaire: 'Secondaire',
  specialise: 'Spécialisé',
};

export const CONTACT_KIND_LABELS: Record<ContactKind, string> = {
  teacher: 'Enseignant',
  director: 'Direction',
  educator: 'Éducateur',
  other: 'Autre',
};

export const PARTNER_KIND_LABELS: Record<PartnerKind, string> = {
  integration_centre: "Centre régional d'intégration",
  cultural_venue: 'Lieu culturel',
  association: 'Association',
  public_service: 'Service public',
  other: 'Autre',
};

/** Other ways people write a network in their own files. */
const NETWORK_SYNONYMS: Record<SchoolNetwork, readonly string[]> = {
  communal: ['communale', 'commune', 'enseignement communal', 'municipal'],
  provincial: ['provinciale', 'province', 'enseignement provincial'],
  libre: ['enseignement libre', 'libre subventionne', 'libre confessionnel', 'catholique', 'free', 'independent'],
  fwb: [
    'federation wallonie bruxelles',
    'wallonia brussels federation',
    'communaute francaise',
    'wbe',
    'wallonie bruxelles enseignement',
  ],
};

const LEVEL_SYNONYMS: Record<SchoolLevel, readonly string[]> = {
  maternel: ['maternelle', 'nursery', 'kindergarten', 'pre primary'],
  primaire: ['primary'],
  secondaire: ['secondary'],
  specialise: ['specialisee', 'enseignement specialise', 'special', 'special needs', 'specialised', 'specialized'],
};

function lookupTable<Code extends string>(
  codes: readonly Code[],
  labels: Record<Code, string>,
  synonyms: Record<Code, readonly string[]>,
): Map<string, Code> {
  const table = new Map<string, Code>();
  for (const code of codes) {
    for (const name of [code, labels[code], ...synonyms[code]]) table.set(normaliseLabel(name), code);
  }
  return table;
}

const networkByName = lookupTable(SCHOOL_NETWORKS, NETWORK_LABELS, NETWORK_SYNONYMS);
const levelByName = lookupTable(SCHOOL_LEVELS, LEVEL_LABELS, LEVEL_SYNONYMS);

/**
 * The network's code, or the text as written when it means nothing known: the create schema then refuses
 * it as `invalid_value`, and the preview shows the user what they typed.
 */
export function parseNetwork(text: string): string {
  return networkByName.get(normaliseLabel(text)) ?? text;
}

/**
 * "Primaire, secondaire", "maternel/primaire", "Primary and secondary" → codes. "Fondamental" is the
 * Belgian word for maternel + primaire together. Unknown parts are kept as written (refused by the schema).
 */
export function parseLevels(text: string): string[] {
  const levels: string[] = [];
  for (const part of text.split(/[,;/+|&]|\s+(?:et|and)\s+/i)) {
    const name = normaliseLabel(part);
    if (name === '') continue;
    const found: readonly string[] = name === 'fondamental' || name === 'enseignement fondamental'
      ? ['maternel', 'primaire']
      : [levelByName.get(name) ?? part.trim()];
    for (const level of found) if (!levels.includes(level)) levels.push(level);
  }
  return levels;
}

/** The label of each level, in the contract's order, joined as people write them. */
export function levelsLabel(levels: readonly SchoolLevel[]): string {
  return SCHOOL_LEVELS.filter((level) => levels.includes(level)).map((level) => LEVEL_LABELS[level]).join(', ');
}
