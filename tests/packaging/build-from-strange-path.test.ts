import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildIn, copyProject, ROOT } from './project-copy';

/*
 * Issue 18, point 1: the build takes its paths from fileURLToPath, so it works from a folder whose name has a
 * space and an accented letter (URL.pathname would give `Mes%20documents` and `Passerelle%20%C3%A9`, and on
 * Windows `/C:/…`). The copy is built from another working directory, as `npm run build` from any folder.
 */

const parent = mkdtempSync(join(tmpdir(), 'passerelle-path-'));
const project = join(parent, 'Mes documents', 'Passerelle é');
afterAll(() => rmSync(parent, { recursive: true, force: true }));

const OUTPUTS = [
  'dist/main/electron.cjs',
  'dist/main/preload.cjs',
  'dist/main/serve.cjs',
  'dist/main/demo.cjs',
  'dist/main/fonts/DejaVuSans.ttf',
  'dist/main/fonts/NotoSansEthiopic-Regular.ttf',
  'dist/renderer/index.html',
];

describe('the build from a folder named « Mes documents/Passerelle é »', () => {
  it('writes every output inside that folder, and --if-missing then sees them up to date', { timeout: 180_000 }, async () => {
    copyProject(project);
    const started = Date.now();

    const first = await buildIn(project);
    expect(first.stdout).toContain('Build complete');
    for (const output of OUTPUTS) {
      expect(existsSync(join(project, output)), output).toBe(true);
      // Written now by this build (not left over from somewhere else).
      expect(statSync(join(project, output)).mtimeMs, output).toBeGreaterThanOrEqual(started - 1000);
    }
    // The page's scripts and styles are beside it, referenced relatively (app:// and browser mode both serve them).
    const html = readFileSync(join(project, 'dist/renderer/index.html'), 'utf8');
    const assets = [...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+)"/g)].map((match) => match[1]!);
    expect(assets.length).toBeGreaterThan(0);
    for (const asset of assets) expect(existsSync(join(project, 'dist/renderer', asset)), asset).toBe(true);

    // The up-to-date check walks the sources from the same root: with URL.pathname it threw ENOENT here.
    const second = await buildIn(project, ['--if-missing']);
    expect(second.stdout).not.toContain('Building');
  });
});

describe('file paths from import.meta.url', () => {
  it('go through fileURLToPath in every script and config (URL.pathname breaks on Windows and with spaces)', () => {
    const offenders: string[] = [];
    const visit = (dir: string): void => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        if (['node_modules', 'dist', 'release', '.git', 'test-reports'].includes(entry.name)) continue;
        const path = join(dir, entry.name);
        if (entry.isDirectory()) visit(path);
        else if (/\.(?:[cm]?[jt]s|tsx)$/.test(entry.name) && /import\.meta\.url\)\s*\.pathname/.test(readFileSync(path, 'utf8'))) {
          offenders.push(relative(ROOT, path));
        }
      }
    };
    visit(ROOT);
    expect(offenders).toEqual([]);
  });
});
