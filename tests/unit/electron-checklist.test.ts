import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * The parts of Electron's security checklist (docs/electron.md, "Security checklist") that are kept by never
 * writing something: no source file of the main process turns a protection off, every window takes one of the
 * two frozen policies of window.ts, and only external-link.ts hands a URL to the OS. The mocked tests in
 * tests/electron check what the existing windows receive; this keeps a new file from starting its own.
 */
const ROOT = fileURLToPath(new URL('../..', import.meta.url));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

const MAIN = sourceFiles(join(ROOT, 'main')).map((path) => ({ file: relative(ROOT, path).split('\\').join('/'), text: readFileSync(path, 'utf8') }));

/** Checklist item → a setting that would undo it. */
const FORBIDDEN: [string, RegExp][] = [
  ['2 no Node.js integration', /nodeIntegration(InWorker|InSubFrames)?\s*:\s*true/],
  ['3 context isolation', /contextIsolation\s*:\s*false/],
  ['4 sandbox', /sandbox\s*:\s*false|['"]--no-sandbox['"]|appendSwitch\(\s*['"]no-sandbox/],
  ['6 webSecurity', /webSecurity\s*:\s*false|disable-web-security/],
  ['7 CSP not bypassed', /bypassCSP\s*:\s*true/],
  ['8 no insecure content', /allowRunningInsecureContent\s*:\s*true/],
  ['9 no experimental features', /experimentalFeatures/],
  ['10 no Blink features', /enableBlinkFeatures/],
  ['11 no <webview> pop-ups', /allowpopups|webviewTag\s*:\s*true/],
];

describe('Electron security checklist: nothing in main/ undoes it', () => {
  it('reads the main process sources', () => {
    expect(MAIN.map(({ file }) => file)).toContain('main/electron/window.ts');
  });

  for (const [item, pattern] of FORBIDDEN) {
    it(`item ${item}: no ${pattern.source}`, () => {
      expect(MAIN.filter(({ text }) => pattern.test(text)).map(({ file }) => file)).toEqual([]);
    });
  }

  it('item 15: only external-link.ts calls shell.openExternal', () => {
    const callers = MAIN.filter(({ text }) => /\.openExternal\(/.test(text)).map(({ file }) => file);
    expect(callers).toEqual(['main/electron/external-link.ts']);
  });

  it("items 2–10: every window's webPreferences is a copy of WEB_PREFERENCES or NO_BRIDGE_WEB_PREFERENCES", () => {
    const uses = MAIN.flatMap(({ file, text }) => [...text.matchAll(/webPreferences\s*:\s*([^\n]*)/g)].map((match) => ({ file, value: match[1]!.trim() })));
    expect(uses.length).toBeGreaterThanOrEqual(3);
    const others = uses.filter(({ value }) => !/^\{\s*\.\.\.(WEB_PREFERENCES|NO_BRIDGE_WEB_PREFERENCES)\s*\}/.test(value));
    expect(others).toEqual([]);
  });
});
