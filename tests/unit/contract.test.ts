import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { CHANNELS, buildApi } from '../../shared/api/contract';

const root = join(__dirname, '..', '..');

/** Walks a zod schema and reports every string or array without an upper bound. */
function uncapped(schema: z.ZodType, path: string): string[] {
  const def = (schema as unknown as { _zod: { def: { type: string } & Record<string, unknown> } })._zod.def;
  switch (def.type) {
    case 'object':
      return Object.entries((schema as z.ZodObject).shape).flatMap(([key, child]) => uncapped(child as z.ZodType, `${path}.${key}`));
    case 'optional':
    case 'nullable':
    case 'default':
      return uncapped(def.innerType as z.ZodType, path);
    case 'pipe':
      return uncapped(def.in as z.ZodType, path);
    case 'string':
      return (schema as z.ZodString).maxLength === null ? [path] : [];
    case 'array': {
      const checks = (def.checks ?? []) as { _zod: { def: { check: string } } }[];
      const capped = checks.some((check) => check._zod.def.check === 'max_length');
      return [...(capped ? [] : [path]), ...uncapped(def.element as z.ZodType, `${path}[]`)];
    }
    default:
      return [];
  }
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx|mjs|js)$/.test(name) ? [path] : [];
  });
}

describe('the contract', () => {
  it('names every channel domain/action, once', () => {
    const names = CHANNELS.map((entry) => entry.name);
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) expect(name).toMatch(/^[a-z][A-Za-z]*\/[a-z][A-Za-z]*$/);
  });

  it('gives every channel a strict object input that rejects unknown keys', () => {
    for (const entry of CHANNELS) {
      const result = entry.definition.input.safeParse({ unexpectedKey: 1 });
      expect(result.success, entry.name).toBe(false);
      const issues = result.success ? [] : result.error.issues;
      expect(issues.some((issue) => issue.code === 'unrecognized_keys'), entry.name).toBe(true);
    }
  });

  it('detects an uncapped field (the check below can fail)', () => {
    const schema = z.strictObject({ free: z.string(), list: z.array(z.string().max(3)), ok: z.string().max(9).optional() });
    expect(uncapped(schema, 'x')).toEqual(['x.free', 'x.list']);
  });

  it('caps every string and array in every input', () => {
    const offenders = CHANNELS.flatMap((entry) => uncapped(entry.definition.input, entry.name));
    expect(offenders).toEqual([]);
  });

  it('declares who may call each channel', () => {
    for (const entry of CHANNELS) {
      const { access } = entry.definition;
      expect(access === 'public' || access === 'signedIn' || (Array.isArray(access) && access.length > 0), entry.name).toBe(true);
    }
  });

  it('builds one method per channel for the renderer', async () => {
    const sent: string[] = [];
    const api = buildApi(async (channel) => {
      sent.push(channel);
      return { ok: true, data: null };
    });
    for (const entry of CHANNELS) {
      const domain = (api as unknown as Record<string, Record<string, () => Promise<unknown>>>)[entry.domain]!;
      await domain[entry.action]!();
    }
    expect(sent).toEqual(CHANNELS.map((entry) => entry.name));
  });

  it('is the only place that spells a channel name', () => {
    const files = ['main', 'renderer', 'shared', 'scripts', 'tests'].flatMap((dir) => sourceFiles(join(root, dir)));
    // Tests call the contract through its typed client too; these two spell names on purpose: the role ×
    // channel table written out by hand, and the HTTP bridge's raw paths.
    const spellOnPurpose = [join('tests', 'api', 'access.test.ts'), join('tests', 'api', 'http-bridge.test.ts')];
    const offenders: string[] = [];
    for (const file of files) {
      const rel = relative(root, file);
      if (rel.startsWith(join('shared', 'api')) || spellOnPurpose.includes(rel)) continue;
      const text = readFileSync(file, 'utf8');
      for (const entry of CHANNELS) if (text.includes(`'${entry.name}'`) || text.includes(`"${entry.name}"`) || text.includes(`\`${entry.name}\``)) offenders.push(`${rel}: ${entry.name}`);
    }
    expect(offenders).toEqual([]);
  });
});
