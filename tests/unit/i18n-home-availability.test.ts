import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import availabilityFr from '../../renderer/features/exhibitions/availability/i18n/fr.json';
import availabilityEn from '../../renderer/features/exhibitions/availability/i18n/en.json';
import homeFr from '../../renderer/features/home/i18n/fr.json';
import homeEn from '../../renderer/features/home/i18n/en.json';
import { LOAN_STATUSES } from '../../shared/domain/loans';
import { REMINDER_GROUPS } from '../../renderer/features/home/loans/reminders-model';

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

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{\s*([\w.]+)\s*(?:,[^}]*)?\}\}/g)].map((match) => match[1]!).sort();
}

/** A key used in the code exists as itself or with i18next's plural suffixes. */
function hasKey(leaves: Map<string, string>, key: string): boolean {
  return leaves.has(key) || (leaves.has(`${key}_one`) && leaves.has(`${key}_other`));
}

const RENDERER = join(__dirname, '../../renderer');

/** Every literal '<namespace>:…' key in the renderer's source (template keys are covered by the lists below). */
function keysUsed(namespace: string, dir = RENDERER): Map<string, string> {
  const used = new Map<string, string>();
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) for (const [key, file] of keysUsed(namespace, path)) used.set(key, file);
    else if (/\.tsx?$/.test(entry.name)) {
      for (const match of readFileSync(path, 'utf8').matchAll(new RegExp(`'${namespace}:([a-zA-Z0-9_.]+)'`, 'g'))) used.set(match[1]!, path);
    }
  }
  return used;
}

const NAMESPACES = {
  availability: {
    flat: { fr: flatten(availabilityFr), en: flatten(availabilityEn) },
    required: [
      ...LOAN_STATUSES.map((status) => `statuses.${status}`),
      ...(['missingDelivery', 'missingPickup', 'pickupBeforeDelivery', 'tooLong'] as const).map((issue) => `datesFirst.issues.${issue}`),
      ...['loan', 'requested', 'buffer', 'free', 'schoolBreak', 'current'].map((key) => `legend.${key}`),
    ],
    minimumUsed: 30,
  },
  home: {
    flat: { fr: flatten(homeFr), en: flatten(homeEn) },
    required: [
      ...REMINDER_GROUPS.map((group) => `loans.groups.${group}`),
      'loans.groups.flaggedItems',
      ...REMINDER_GROUPS.filter((group) => group !== 'awaitingApproval').map((group) => `loans.dateLabel.${group}`),
      ...['today', 'tomorrow', 'inDays', 'late', 'ago'].map((key) => `when.${key}`),
    ],
    minimumUsed: 12,
  },
} as const;

for (const [namespace, { flat, required, minimumUsed }] of Object.entries(NAMESPACES)) {
  describe(`${namespace} translations`, () => {
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
      expect([...flat.fr].filter(([key, text]) => placeholders(text).join() !== placeholders(flat.en.get(key) ?? '').join()).map(([key]) => key)).toEqual(
        [],
      );
    });

    it('names every status, group and state the screens build keys for', () => {
      for (const language of ['fr', 'en'] as const) expect(required.filter((key) => !hasKey(flat[language], key)), language).toEqual([]);
    });

    it('has a translation for every key the renderer uses', () => {
      const used = keysUsed(namespace);
      expect(used.size).toBeGreaterThan(minimumUsed);
      expect([...used].filter(([key]) => !hasKey(flat.fr, key)).map(([key, file]) => `${key} (${file})`)).toEqual([]);
    });

    it(`is registered as the "${namespace}" namespace of the app`, () => {
      const index = readFileSync(join(RENDERER, 'i18n/index.ts'), 'utf8');
      expect(index).toMatch(new RegExp(`fr: \\{[^}]*\\b${namespace}: ${namespace}Fr\\b`));
      expect(index).toMatch(new RegExp(`en: \\{[^}]*\\b${namespace}: ${namespace}En\\b`));
    });
  });
}

describe('wording', () => {
  it('says "Choisir les dates d’abord", "Demander ce prêt" and the guided circuits’ way', () => {
    expect(NAMESPACES.availability.flat.fr.get('datesFirst.title')).toBe("Choisir les dates d'abord");
    expect(NAMESPACES.availability.flat.fr.get('datesFirst.request')).toBe('Demander ce prêt');
    expect(NAMESPACES.availability.flat.fr.get('guided.note')).toBe('réservé comme visite guidée au calendrier');
    // The button's accessible name starts with its visible words (WCAG 2.5.3).
    for (const language of ['fr', 'en'] as const) {
      const flat = NAMESPACES.availability.flat[language];
      expect(flat.get('datesFirst.requestFor')!.startsWith(flat.get('datesFirst.request')!)).toBe(true);
    }
  });

  it('has a helpful empty state for the N days chosen', () => {
    expect(NAMESPACES.home.flat.fr.get('loans.emptyTitle_other')).toBe('Rien à signaler pour les {{count}} prochains jours');
  });
});
