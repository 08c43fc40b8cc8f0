import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import fr from '../../renderer/features/calendar/i18n/fr.json';
import en from '../../renderer/features/calendar/i18n/en.json';
import { EVENT_STATUSES, EVENT_THEMES, EVENT_TYPES, HOLIDAY_KINDS } from '../../shared/domain/events';
import { LOAN_STATUSES } from '../../shared/domain/loans';
import { VIEW_KEYS } from '../../renderer/features/calendar/view/calendar-views';

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const leaves = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') leaves.set(path, value);
    else for (const [leaf, text] of flatten(value, path)) leaves.set(leaf, text);
  }
  return leaves;
}

const flat = { fr: flatten(fr), en: flatten(en) };

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{\s*([\w.]+)\s*(?:,[^}]*)?\}\}/g)].map((match) => match[1]!).sort();
}

const FEATURE_DIR = join(__dirname, '../../renderer/features/calendar');

/** Every literal 'calendar:…' key in the feature's source (template keys are covered by the lists below). */
function keysUsedInFeature(dir = FEATURE_DIR): Map<string, string> {
  const used = new Map<string, string>();
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) for (const [key, file] of keysUsedInFeature(path)) used.set(key, file);
    else if (/\.tsx?$/.test(entry.name)) {
      for (const match of readFileSync(path, 'utf8').matchAll(/'calendar:([a-zA-Z0-9_.]+)'/g)) used.set(match[1]!, path);
    }
  }
  return used;
}

describe('calendar translations', () => {
  it('French and English have exactly the same keys', () => {
    expect([...flat.fr.keys()].filter((key) => !flat.en.has(key)), 'missing in en.json').toEqual([]);
    expect([...flat.en.keys()].filter((key) => !flat.fr.has(key)), 'missing in fr.json').toEqual([]);
  });

  it('has no empty string', () => {
    for (const [language, leaves] of Object.entries(flat)) {
      expect([...leaves].filter(([, text]) => text.trim() === '').map(([key]) => key), language).toEqual([]);
    }
  });

  it('uses the same placeholders in both languages', () => {
    expect([...flat.fr].filter(([key, text]) => placeholders(text).join() !== placeholders(flat.en.get(key) ?? '').join()).map(([key]) => key)).toEqual([]);
  });

  it('names every type, theme, status, holiday kind, conflict kind, view and loan status', () => {
    const required = [
      ...EVENT_TYPES.map((type) => `types.${type}`),
      ...EVENT_THEMES.map((theme) => `themes.${theme}`),
      ...EVENT_STATUSES.map((status) => `statuses.${status}`),
      ...HOLIDAY_KINDS.map((kind) => `holidayKinds.${kind}`),
      ...['class', 'facilitator', 'location'].flatMap((kind) => [`conflictKinds.${kind}`, `conflicts.${kind}`]),
      'conflicts.other',
      'conflicts.facilitatorUnnamed',
      'warnings.pupilsAboveClassSize',
      ...VIEW_KEYS.map((view) => `views.${view}`),
      ...LOAN_STATUSES.map((status) => `loans.statuses.${status}`),
    ];
    for (const language of ['fr', 'en'] as const) expect(required.filter((key) => !flat[language].has(key)), language).toEqual([]);
  });

  it('uses the labels the City uses', () => {
    expect(EVENT_TYPES.map((type) => flat.fr.get(`types.${type}`))).toEqual([
      'Atelier',
      'Formation',
      'Projection de film',
      'Spectacle de théâtre',
      "Visite d'exposition",
      'Visite guidée',
      'Activité de mémoire',
      'Autre',
    ]);
    expect(EVENT_STATUSES.map((status) => flat.fr.get(`statuses.${status}`))).toEqual(['Planifiée', 'Confirmée', 'Réalisée', 'Annulée']);
  });

  it('passes the parameters the sentences need', () => {
    for (const leaves of Object.values(flat)) {
      for (const kind of ['class', 'facilitator', 'location']) expect(placeholders(leaves.get(`conflicts.${kind}`)!)).toEqual(['day', 'end', 'other', 'start', 'subject']);
      expect(placeholders(leaves.get('warnings.pupilsAboveClassSize')!)).toEqual(['capacity', 'present']);
    }
  });

  it('has a translation for every calendar key the feature uses', () => {
    const used = keysUsedInFeature();
    expect(used.size).toBeGreaterThan(50);
    expect([...used].filter(([key]) => !flat.fr.has(key)).map(([key, file]) => `${key} (${file})`)).toEqual([]);
  });

  it('is registered as the "calendar" namespace of the app', () => {
    const index = readFileSync(join(__dirname, '../../renderer/i18n/index.ts'), 'utf8');
    expect(index).toMatch(/fr: \{ translation: fr, calendar: calendarFr[,} ]/);
    expect(index).toMatch(/en: \{ translation: en, calendar: calendarEn[,} ]/);
  });
});
