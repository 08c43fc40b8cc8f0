import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import fr from '../../renderer/i18n/fr.json';
import en from '../../renderer/i18n/en.json';
import { CHANNELS } from '../../shared/api/contract';
import { ERROR_CODES, FIELD_ISSUES } from '../../shared/api/result';
import { ERROR_REASONS } from '../../shared/api/error-reasons';
import { ROLES } from '../../shared/domain/roles';
import { MODULES } from '../../shared/domain/modules';
import { SECTIONS } from '../../shared/domain/sections';
import { flatten, placeholders, type Tree } from '../helpers/i18n-namespace';

const LANGUAGES: Record<'fr' | 'en', Tree> = { fr, en };

const flat = { fr: flatten(fr), en: flatten(en) };

/** The field names of every channel's input, read from the contract's zod objects. */
function contractFieldNames(): string[] {
  const names = new Set<string>();
  for (const channel of CHANNELS) {
    const input = channel.definition.input;
    expect(input, `${channel.name} input is a zod object`).toBeInstanceOf(z.ZodObject);
    for (const name of Object.keys((input as z.ZodObject).shape)) names.add(name);
  }
  return [...names].sort();
}

/** Every `t('literal.key')` written in the renderer's source (dynamic keys are covered by the lists below). */
function keysUsedInRenderer(dir = join(__dirname, '../../renderer')): Map<string, string> {
  const used = new Map<string, string>();
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      for (const [key, file] of keysUsedInRenderer(path)) used.set(key, file);
    } else if (/\.tsx?$/.test(entry.name)) {
      for (const match of readFileSync(path, 'utf8').matchAll(/\bt\(\s*'([a-zA-Z0-9_.]+)'/g)) used.set(match[1]!, path);
    }
  }
  return used;
}

describe('translations', () => {
  it('French and English have exactly the same keys', () => {
    const frKeys = [...flat.fr.keys()].sort();
    const enKeys = [...flat.en.keys()].sort();
    expect(frKeys.filter((key) => !flat.en.has(key)), 'missing in en.json').toEqual([]);
    expect(enKeys.filter((key) => !flat.fr.has(key)), 'missing in fr.json').toEqual([]);
  });

  it('has no empty string', () => {
    for (const [language, leaves] of Object.entries(flat)) {
      const empty = [...leaves].filter(([, text]) => text.trim() === '').map(([key]) => key);
      expect(empty, `empty strings in ${language}.json`).toEqual([]);
    }
  });

  it('uses the same placeholders in both languages', () => {
    const mismatched = [...flat.fr]
      .filter(([key, text]) => placeholders(text).join() !== placeholders(flat.en.get(key) ?? '').join())
      .map(([key]) => key);
    expect(mismatched).toEqual([]);
  });

  const required: [string, string[]][] = [
    ['error codes', ERROR_CODES.map((code) => `errors.codes.${code}`)],
    ['error reasons', ERROR_REASONS.map((reason) => `errors.reasons.${reason}`)],
    ['field issues', FIELD_ISSUES.map((issue) => `fieldIssues.${issue}`)],
    ['roles', ROLES.flatMap((role) => [`roles.${role}`, `roleDescriptions.${role}`])],
    ['modules', MODULES.flatMap((module) => [`modules.${module}`, `moduleDescriptions.${module}`])],
    ['sections', SECTIONS.flatMap(({ id }) => [`sections.${id}.title`, `sections.${id}.description`])],
    ['contract fields', contractFieldNames().map((name) => `fields.${name}`)],
  ];

  for (const [what, keys] of required) {
    it(`translates every one of the ${what}`, () => {
      expect(keys.length).toBeGreaterThan(0);
      for (const language of Object.keys(LANGUAGES) as (keyof typeof LANGUAGES)[]) {
        expect(keys.filter((key) => !flat[language].has(key)), `missing in ${language}.json`).toEqual([]);
      }
    });
  }

  it('has a translation for every key the renderer uses', () => {
    const used = keysUsedInRenderer();
    expect(used.size).toBeGreaterThan(50);
    const missing = [...used].filter(([key]) => !flat.fr.has(key)).map(([key, file]) => `${key} (${file})`);
    expect(missing).toEqual([]);
  });

  it('passes the parameters the server sends into the sentences that need them', () => {
    for (const leaves of Object.values(flat)) {
      expect(placeholders(leaves.get('errors.reasons.tooManyAttempts')!)).toEqual(['seconds']);
      expect(placeholders(leaves.get('errors.reasons.internal')!)).toEqual(['reference']);
      for (const issue of ['too_short', 'too_long', 'too_small', 'too_big', 'too_few', 'too_many']) {
        expect(placeholders(leaves.get(`fieldIssues.${issue}`)!), issue).toEqual(['limit']);
      }
    }
  });
});
