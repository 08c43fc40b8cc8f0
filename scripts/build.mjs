// Builds the Node side (esbuild) and the renderer (Vite) into dist/.
// `--if-missing` skips the build when every output exists and is newer than every source file, so
// `npm run serve` and `npm start` build on first use and after a change, and start at once otherwise.
import { build } from 'esbuild';
import { copyFileSync, existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

// fileURLToPath, not URL.pathname: the latter gives `/C:/…` on Windows and `%20` for a space in the folder name.
const root = fileURLToPath(new URL('..', import.meta.url));
const entries = {
  serve: 'main/serve/cli.ts',
  electron: 'main/electron/main.ts',
  preload: 'main/electron/preload.ts',
  demo: 'main/demo/cli.ts',
  bench: 'main/bench/cli.ts',
  restore: 'main/restore/cli.ts',
  server: 'main/server/cli.ts',
  'copy-to-server': 'main/server/copy-cli.ts',
};
// The fonts the PDFs embed (main/reports/kit/fonts.ts looks for them beside the bundle).
const fonts = [
  ...['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf', 'DejaVuSans-Oblique.ttf', 'DejaVuSans-BoldOblique.ttf', 'DejaVuSansMono-Bold.ttf'].map((name) => `node_modules/dejavu-fonts-ttf/ttf/${name}`),
  'node_modules/dejavu-fonts-ttf/LICENSE',
  'assets/fonts/NotoSansEthiopic-Regular.ttf',
  'assets/fonts/NotoSansEthiopic-Bold.ttf',
  'assets/fonts/OFL.txt',
];
const fontOutput = (file) => `dist/main/fonts/${file.endsWith('LICENSE') ? 'DejaVu-LICENSE.txt' : file.split('/').pop()}`;
const outputs = [
  ...Object.keys(entries).map((name) => `dist/main/${name}.cjs`),
  ...fonts.map(fontOutput),
  'dist/renderer/index.html',
];
const sourceDirs = ['main', 'renderer', 'shared', 'migrations'];

function newestSource(dir) {
  let newest = 0;
  for (const entry of readdirSync(join(root, dir), { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(path) : statSync(join(root, path)).mtimeMs);
  }
  return newest;
}

function upToDate() {
  if (!outputs.every((file) => existsSync(join(root, file)))) return false;
  const oldestOutput = Math.min(...outputs.map((file) => statSync(join(root, file)).mtimeMs));
  const newestInput = Math.max(...sourceDirs.map(newestSource), statSync(join(root, 'package.json')).mtimeMs);
  return oldestOutput >= newestInput;
}

if (process.argv.includes('--if-missing') && upToDate()) process.exit(0);

console.log('Building Passerelle…');
for (const [name, entry] of Object.entries(entries)) {
  await build({
    entryPoints: [join(root, entry)],
    outfile: join(root, `dist/main/${name}.cjs`),
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    sourcemap: 'linked',
    // knex loads its drivers dynamically, sqlite3 is a native addon and jsPDF imports optional browser-only
    // modules: they stay in node_modules (package.json "dependencies" = what the packaged app loads).
    // pg too: knex loads it from node_modules, and main/db/connection.ts must set its type parsers on that copy.
    // playwright-core: only the benchmark's browser rows load it (a development dependency, never packaged).
    external: ['electron', 'electron-updater', 'playwright-core', 'knex', 'sqlite3', 'pg', 'jspdf', 'jspdf-autotable'],
    logLevel: 'warning',
  });
}
mkdirSync(join(root, 'dist/main/fonts'), { recursive: true });
for (const file of fonts) copyFileSync(join(root, file), join(root, fontOutput(file)));
execFileSync(process.execPath, [join(root, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'], {
  cwd: root,
  stdio: 'inherit',
});
console.log('Build complete: dist/');
