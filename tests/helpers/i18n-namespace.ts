import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** A translation file as i18next reads it: nested objects whose leaves are the sentences. */
export type Tree = { [key: string]: string | Tree };

/** The leaves of one namespace in both languages, as `dotted.key → text`. */
export type FlatLanguages = { fr: Map<string, string>; en: Map<string, string> };

/** Every leaf of a translation tree as `dotted.key → text`. */
export function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const leaves = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') leaves.set(path, value);
    else for (const [leaf, text] of flatten(value, path)) leaves.set(leaf, text);
  }
  return leaves;
}

/** The names of the `{{placeholders}}` of a sentence, sorted (a format after a comma is ignored). */
export function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{\s*([\w.]+)\s*(?:,[^}]*)?\}\}/g)].map((match) => match[1]!).sort();
}

/** A key used in the code exists as itself or, when used with `count`, with i18next's plural suffixes (`key_one`, `key_other`). */
export function has(leaves: Map<string, string>, key: string): boolean {
  return leaves.has(key) || (leaves.has(`${key}_one`) && leaves.has(`${key}_other`));
}

/**
 * Every literal `'<prefix>…'` key (e.g. `'calendar:views.week'`) in the `.ts`/`.tsx` files below `dir`, as
 * `key → file`, leaving out the directories named in `skip` (template keys are not seen: list them as required).
 */
export function keysUsed(dir: string, prefix: string, skip: readonly string[] = []): Map<string, string> {
  const pattern = new RegExp(`'${prefix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}([a-zA-Z0-9_.]+)'`, 'g');
  const used = new Map<string, string>();
  const walk = (current: string) => {
    for (const entry of readdirSync(current, { withFileTypes: true })) {
      const path = join(current, entry.name);
      if (entry.isDirectory()) {
        if (!skip.includes(entry.name)) walk(path);
      } else if (/\.tsx?$/.test(entry.name)) {
        for (const match of readFileSync(path, 'utf8').matchAll(pattern)) used.set(match[1]!, path);
      }
    }
  };
  walk(dir);
  return used;
}

export interface NamespaceOptions {
  /** The namespace's name, as in `describe('<name> translations')`. */
  name: string;
  fr: Tree;
  en: Tree;
  /** The directory whose source is scanned for the keys it uses. */
  sourceDir: string;
  /** What stands before a key in the source, e.g. `'exhibitions:'`. */
  prefix: string;
  /** Directory names below `sourceDir` not to scan (another namespace's). */
  skip?: readonly string[];
  /** The keys the code builds from templates, which the scan cannot see. */
  required: readonly string[];
  /** The title of the test that checks `required`. */
  requiredTitle: string;
  /** The scan must find more keys than this (so a broken scan does not pass unnoticed). */
  minimumUsed: number;
  /** The title of the test that checks the used keys. */
  usedTitle: string;
  /** Whether a key may be stored as its plural forms only (`key_one`, `key_other`); otherwise it must exist as itself. */
  plurals?: boolean;
}

/**
 * Registers `describe('<name> translations')` with the checks every namespace passes: the same keys in French
 * and English, no empty string, the same placeholders, the required keys, and every key the source uses.
 * `extra` registers the namespace's own tests in the same block. Returns the flattened trees.
 */
export function describeNamespace(options: NamespaceOptions, extra?: (flat: FlatLanguages) => void): FlatLanguages {
  const flat: FlatLanguages = { fr: flatten(options.fr), en: flatten(options.en) };
  const exists = (options.plurals ?? true) ? has : (leaves: Map<string, string>, key: string) => leaves.has(key);

  describe(`${options.name} translations`, () => {
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

    it(options.requiredTitle, () => {
      for (const language of ['fr', 'en'] as const) expect(options.required.filter((key) => !exists(flat[language], key)), language).toEqual([]);
    });

    it(options.usedTitle, () => {
      const used = keysUsed(options.sourceDir, options.prefix, options.skip);
      expect(used.size).toBeGreaterThan(options.minimumUsed);
      expect([...used].filter(([key]) => !exists(flat.fr, key)).map(([key, file]) => `${key} (${file})`)).toEqual([]);
    });

    extra?.(flat);
  });

  return flat;
}
