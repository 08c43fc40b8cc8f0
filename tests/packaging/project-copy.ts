import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, realpathSync, symlinkSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';

/*
 * A copy of the project in another folder, as a build machine would check it out: only what `scripts/build.mjs`
 * and electron-builder read, with node_modules linked to this checkout's (never installed again).
 */

export const ROOT = resolve(import.meta.dirname, '../..');

/** What the build reads: its script and configs, the sources it bundles, the fonts it copies. */
const BUILD_INPUTS = [
  'package.json',
  'tsconfig.json',
  'vite.config.ts',
  'scripts/build.mjs',
  'main',
  'renderer',
  'shared',
  'migrations',
  'assets',
];

export function copyProject(target: string, extra: readonly string[] = []): void {
  mkdirSync(target, { recursive: true });
  for (const entry of [...BUILD_INPUTS, ...extra]) cpSync(join(ROOT, entry), join(target, entry), { recursive: true });
  // 'junction' is what Windows needs for a folder link without administrator rights; other systems ignore it.
  symlinkSync(realpathSync(join(ROOT, 'node_modules')), join(target, 'node_modules'), 'junction');
}

const run = promisify(execFile);

/** `node scripts/build.mjs [args]` inside `folder`, started from another working directory on purpose. */
export async function buildIn(folder: string, args: readonly string[] = []): Promise<{ stdout: string; stderr: string }> {
  return run(process.execPath, [join(folder, 'scripts/build.mjs'), ...args], {
    cwd: resolve(folder, '..'),
    encoding: 'utf8',
    maxBuffer: 16 * 1024 * 1024,
  });
}
