import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import fr from '../../renderer/features/exhibitions/i18n/fr.json';
import en from '../../renderer/features/exhibitions/i18n/en.json';
import { EXHIBITION_KINDS, EXHIBITION_LANGUAGES, ITEM_CONDITIONS, ITEM_KINDS } from '../../shared/domain/exhibitions';
import { LOAN_STATUSES } from '../../shared/domain/loans';
import { EXHIBITION_TABS } from '../../renderer/features/exhibitions/exhibitions-tabs';
import { LOAN_ACTIONS } from '../../renderer/features/exhibitions/model/loan-status';
import { LOAN_DATE_FIELDS } from '../../renderer/features/exhibitions/model/loan-dates';

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

/** A key used with `count` is stored as its plural forms (`key_one`, `key_other`). */
function has(leaves: Map<string, string>, key: string): boolean {
  return leaves.has(key) || (leaves.has(`${key}_one`) && leaves.has(`${key}_other`));
}

const FEATURE_DIR = join(__dirname, '../../renderer/features/exhibitions');

/** Every literal 'exhibitions:…' key in the feature's source, outside the availability grid (its own namespace). */
function keysUsedInFeature(dir = FEATURE_DIR): Map<string, string> {
  const used = new Map<string, string>();
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name === 'availability') continue;
      for (const [key, file] of keysUsedInFeature(path)) used.set(key, file);
    } else if (/\.tsx?$/.test(entry.name)) {
      for (const match of readFileSync(path, 'utf8').matchAll(/'exhibitions:([a-zA-Z0-9_.]+)'/g)) used.set(match[1]!, path);
    }
  }
  return used;
}

describe('exhibitions translations', () => {
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

  it('gives every plural both its forms', () => {
    for (const leaves of Object.values(flat)) {
      const plurals = [...leaves.keys()].filter((key) => /_(one|other)$/.test(key)).map((key) => key.replace(/_(one|other)$/, ''));
      expect(plurals.filter((key) => !has(leaves, key))).toEqual([]);
      for (const key of plurals) expect(placeholders(leaves.get(`${key}_other`)!), key).toContain('count');
    }
  });

  it('names every loan status, exhibition kind, item kind, condition, language, tab and action', () => {
    const required = [
      ...LOAN_STATUSES.map((status) => `statuses.${status}`),
      ...EXHIBITION_KINDS.flatMap((kind) => [`kinds.${kind}`, `kindHints.${kind}`]),
      ...ITEM_KINDS.map((kind) => `itemKinds.${kind}`),
      ...ITEM_CONDITIONS.flatMap((condition) => [`conditions.${condition}`, `check.notePlaceholder.${condition}`]),
      ...ITEM_CONDITIONS.filter((condition) => condition !== 'good').map((condition) => `resolve.intro.${condition}`),
      ...EXHIBITION_LANGUAGES.map((language) => `languages.${language}`),
      ...EXHIBITION_TABS.map((tab) => `tabs.${tab}`),
      ...LOAN_ACTIONS.map((action) => `actions.${action}`),
      ...LOAN_DATE_FIELDS.flatMap((field) => [`loanForm.${field}`, `loanForm.${field}Hint`]),
      ...(['refuse', 'cancel'] as const).flatMap((kind) => ['title', 'intro', 'placeholder', 'submit', 'done'].map((part) => `reason.${kind}.${part}`)),
      ...(['refused', 'cancelled'] as const).flatMap((status) => [`timeline.${status}`, `detail.reason.${status}`]),
    ];
    for (const language of ['fr', 'en'] as const) expect(required.filter((key) => !has(flat[language], key)), language).toEqual([]);
  });

  it('uses the words the City uses', () => {
    expect(LOAN_STATUSES.map((status) => flat.fr.get(`statuses.${status}`))).toEqual(['Demande', 'Approuvé', 'Livré', 'Rendu', 'Refusé', 'Annulé']);
    expect(ITEM_CONDITIONS.map((condition) => flat.fr.get(`conditions.${condition}`))).toEqual(['Bon', 'Endommagé', 'Manquant']);
    expect(EXHIBITION_TABS.map((tab) => flat.fr.get(`tabs.${tab}`))).toEqual(['Prêts', 'Disponibilités', 'Catalogue']);
    expect(flat.fr.get('conflict.use')).toBe('Utiliser du {{from}} au {{to}}');
    expect(flat.fr.get('catalogue.flagged_other')).toBe('{{count}} éléments signalés');
  });

  it('passes the parameters the sentences need', () => {
    for (const leaves of Object.values(flat)) {
      expect(placeholders(leaves.get('conflict.other')!)).toEqual(['borrower', 'from', 'to']);
      expect(placeholders(leaves.get('conflict.use')!)).toEqual(['from', 'to']);
      expect(placeholders(leaves.get('dates.span')!)).toEqual(['from', 'to']);
    }
  });

  it('has a translation for every exhibitions key the feature uses', () => {
    const used = keysUsedInFeature();
    expect(used.size).toBeGreaterThan(100);
    expect([...used].filter(([key]) => !has(flat.fr, key)).map(([key, file]) => `${key} (${file})`)).toEqual([]);
  });

  it('is registered as the "exhibitions" namespace of the app', () => {
    const index = readFileSync(join(__dirname, '../../renderer/i18n/index.ts'), 'utf8');
    expect(index).toMatch(/fr: \{[^}]*exhibitions: exhibitionsFr[^}]*\}/);
    expect(index).toMatch(/en: \{[^}]*exhibitions: exhibitionsEn[^}]*\}/);
  });
});
