import { execFile, execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, realpathSync, symlinkSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';

/*
 * A copy of the project in another folder, as a build machine would check it out: only what `scripts/build.mjs`
 * and electron-builder read, with this checkout's node_modules (never installed again), linked or copied.
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

/**
 * `nodeModules: 'link'` is enough for the build. electron-builder needs a real folder: it asks `npm list` for the
 * production tree, and npm sees a linked node_modules as links to packages outside the project; once its hidden
 * lockfile is stale (anything written into node_modules, e.g. vitest's cache), it reports knex's own dependencies
 * as missing and the package ships without them. `'copy'` hard-links the files (a few seconds, no disk space) and
 * falls back to a plain copy on another file system.
 */
export function copyProject(target: string, extra: readonly string[] = [], nodeModules: 'link' | 'copy' = 'link'): void {
  mkdirSync(target, { recursive: true });
  for (const entry of [...BUILD_INPUTS, ...extra]) cpSync(join(ROOT, entry), join(target, entry), { recursive: true });
  const source = realpathSync(join(ROOT, 'node_modules'));
  if (nodeModules === 'copy') {
    try {
      execFileSync('cp', ['-al', source, join(target, 'node_modules')]);
    } catch {
      cpSync(source, join(target, 'node_modules'), { recursive: true, verbatimSymlinks: true });
    }
    return;
  }
  // 'junction' is what Windows needs for a folder link without administrator rights; other systems ignore it.
  symlinkSync(source, join(target, 'node_modules'), 'junction');
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
