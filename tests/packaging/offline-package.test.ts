import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, posix } from 'node:path';
import { promisify } from 'node:util';
import { extractAll, extractFile, listPackage, statFile } from '@electron/asar';
import { FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildIn, copyProject } from './project-copy';
import { makeStandInElectron, makeStandInFpm, SHIPPED_FUSE_WIRE } from './stand-in-electron';

/*
 * Issue 18, points 2 and 3: the real electron-builder pipeline (`npm run dist`'s command, for Linux `dir` and `deb`)
 * runs here against a stand-in Electron and a stand-in fpm (stand-in-electron.ts), without network, and what it
 * packs is inspected. Only two settings differ from a release build, both because they would download:
 * electronDist (the Electron zip) and npmRebuild (Electron's headers; sqlite3 is N-API, so its Node build is what
 * gets packed); fpm, which turns the staged folder into the .deb, would be downloaded too.
 */

const run = promisify(execFile);
const tmp = mkdtempSync(join(tmpdir(), 'passerelle-package-'));
const project = join(tmp, 'project');
const electronDist = join(tmp, 'electron-dist');
const fpmRecord = join(tmp, 'fpm-record');
/** Where electron-builder and @electron/get would keep anything they download. */
const downloadCache = join(tmp, 'download-cache');
const appOut = join(project, 'release', 'linux-unpacked');
const resources = join(appOut, 'resources');
const asar = join(resources, 'app.asar');
/** Every network client in the pipeline is pointed at a closed local port: a download attempt fails loudly. */
const NOWHERE = 'http://127.0.0.1:9';

let log = '';
let files: string[] = [];
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** electron-builder's arguments as `npm run dist` passes them. */
function distArguments(): string[] {
  const scripts = (JSON.parse(readFileSync(join(project, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
  const command = scripts.dist!.split('&&').map((part) => part.trim()).find((part) => part.startsWith('electron-builder '));
  if (command === undefined) throw new Error('npm run dist does not call electron-builder');
  return command.split(/\s+/).slice(1);
}

beforeAll(async () => {
  copyProject(project, ['electron-builder.yml', 'build', 'package-lock.json'], 'copy');
  // A CI checkout of a GitHub repository: with a token in the environment, that is all electron-builder needs to
  // configure a GitHub update feed (app-update.yml) and, on CI, to publish implicitly, unless told not to.
  mkdirSync(join(project, '.git'));
  writeFileSync(join(project, '.git/config'), '[remote "origin"]\n\turl = https://github.com/ville-de-liege/passerelle.git\n');
  await buildIn(project);
  makeStandInElectron(electronDist);
  const fpm = makeStandInFpm(join(tmp, 'fpm'), fpmRecord);
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ELECTRON_BUILDER_OFFLINE: 'true',
    ELECTRON_BUILDER_CACHE: downloadCache,
    ELECTRON_CACHE: downloadCache,
    ELECTRON_MIRROR: `${NOWHERE}/`,
    ELECTRON_BUILDER_BINARIES_MIRROR: `${NOWHERE}/`,
    ELECTRON_GET_USE_PROXY: 'true',
    HTTP_PROXY: NOWHERE,
    HTTPS_PROXY: NOWHERE,
    http_proxy: NOWHERE,
    https_proxy: NOWHERE,
    npm_config_offline: 'true',
    CUSTOM_FPM_PATH: fpm,
    // A CI with a token in its environment and a tag: nothing may be published, nor a GitHub feed configured.
    CI: 'true',
    GH_TOKEN: 'token-from-the-ci',
    GITHUB_TOKEN: 'token-from-the-ci',
  };
  delete env.NO_PROXY;
  delete env.no_proxy;
  // builder-util keeps quiet when it sees VITEST in its environment; its log is what shows the stand-in was used.
  for (const name of Object.keys(env)) if (name.startsWith('VITEST')) delete env[name];
  try {
    const result = await run(
      process.execPath,
      [
        join(project, 'node_modules/electron-builder/cli.js'),
        ...distArguments(),
        '--linux',
        'dir',
        'deb',
        '--x64',
        `-c.electronDist=${electronDist}`,
        '-c.npmRebuild=false',
      ],
      { cwd: project, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
    );
    log = result.stdout + result.stderr;
  } catch (error) {
    const failure = error as { stdout?: string; stderr?: string; message: string };
    throw new Error(`electron-builder failed: ${failure.message}\n${failure.stdout ?? ''}\n${failure.stderr ?? ''}`);
  }
  files = listPackage(asar, { isPack: false }).map((file) => file.replaceAll('\\', '/'));
}, 300_000);

describe('the packaged app (electron-builder, Linux --dir, offline)', () => {
  it('used the stand-in Electron and downloaded nothing', () => {
    expect(log).toContain('using custom unpacked Electron distribution');
    expect(log).toContain('npmRebuild is set to false');
    expect(existsSync(downloadCache) ? readdirSync(downloadCache) : []).toEqual([]);
  });

  it('holds the main bundle, the preload, the fonts and the whole renderer', () => {
    for (const file of ['/package.json', '/dist/main/electron.cjs', '/dist/main/preload.cjs', '/dist/main/fonts/DejaVuSans.ttf', '/dist/renderer/index.html']) {
      expect(files, file).toContain(file);
    }
    const built = readdirSync(join(project, 'dist/renderer/assets'));
    expect(built.length).toBeGreaterThan(0);
    for (const asset of built) expect(files, asset).toContain(`/dist/renderer/assets/${asset}`);
  });

  it('carries every migration inside the main bundle (they are imported by main/db/migration-source.ts, not shipped as files)', () => {
    const bundle = extractFile(asar, 'dist/main/electron.cjs').toString('utf8');
    const migrations = readdirSync(join(project, 'migrations')).filter((name) => /^\d{14}_\w+\.ts$/.test(name));
    expect(migrations.length).toBeGreaterThan(10);
    for (const name of migrations) expect(bundle, name).toContain(`"${name.replace(/\.ts$/, '')}"`);
    expect(files.filter((file) => file.startsWith('/migrations'))).toEqual([]);
  });

  it('holds no tests, sources, developer tools (serve, demo, bench…) or source maps', () => {
    const ours = files.filter((file) => !file.startsWith('/node_modules/'));
    expect(ours.filter((file) => /^\/(tests|main|renderer|shared|migrations|scripts|assets|build)(\/|$)/.test(file))).toEqual([]);
    expect(ours.filter((file) => /^\/dist\/main\/[^/]+\.cjs$/.test(file)).sort()).toEqual(['/dist/main/electron.cjs', '/dist/main/preload.cjs']);
    expect(files.filter((file) => /\.(map|[cm]?tsx?)$/.test(file))).toEqual([]);
    expect(files.filter((file) => /\/(__tests__|tests?)\//.test(file) && !file.startsWith('/node_modules/core-js/'))).toEqual([]);
  });

  it('holds no development dependency, only what package.json "dependencies" need', () => {
    const manifest = JSON.parse(readFileSync(join(project, 'package.json'), 'utf8')) as { dependencies: Record<string, string>; devDependencies: Record<string, string> };
    const packed = new Set(files.filter((file) => /^\/node_modules\/(@[^/]+\/)?[^/@]+$/.test(file)).map((file) => file.slice('/node_modules/'.length)));
    for (const name of Object.keys(manifest.dependencies)) expect(packed.has(name), name).toBe(true);
    const leaked = Object.keys(manifest.devDependencies).filter((name) => packed.has(name));
    expect(leaked).toEqual([]);
    for (const name of ['electron', 'electron-builder', 'react', 'vite', 'vitest', 'playwright-core', 'typescript', 'esbuild']) expect(packed.has(name), name).toBe(false);
  });

  it('unpacks the sqlite3 addon beside the archive, without its C sources and objects', () => {
    const addon = 'node_modules/sqlite3/build/Release/node_sqlite3.node';
    expect(statFile(asar, addon)).toMatchObject({ unpacked: true });
    const unpacked = join(`${asar}.unpacked`, addon);
    expect(readFileSync(unpacked).subarray(0, 4)).toEqual(readFileSync(join(project, addon)).subarray(0, 4));
    const sqlite3 = join(`${asar}.unpacked`, 'node_modules/sqlite3');
    expect(existsSync(join(sqlite3, 'deps'))).toBe(false);
    expect(existsSync(join(sqlite3, 'src'))).toBe(false);
    expect(existsSync(join(sqlite3, 'build/Release/obj'))).toBe(false);
  });

  it('has dependencies that load from the packed copy: knex opens an SQLite database through the packed sqlite3', async () => {
    // Extracting copies the unpacked files back in: this is the tree Electron's asar support presents to the app.
    const extracted = join(tmp, 'extracted');
    extractAll(asar, extracted);
    const manifest = JSON.parse(readFileSync(join(extracted, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
    const script = `
      const { createRequire } = require('node:module');
      const requireApp = createRequire(${JSON.stringify(join(extracted, 'dist/main/electron.cjs'))});
      // electron-updater needs Electron itself: it is only resolved here.
      for (const name of ${JSON.stringify(Object.keys(manifest.dependencies))}) requireApp.resolve(name);
      const addon = requireApp.resolve('sqlite3/build/Release/node_sqlite3.node');
      const db = requireApp('knex')({ client: 'sqlite3', connection: { filename: ':memory:' }, useNullAsDefault: true });
      db.raw('select sqlite_version() as version').then(async ([row]) => {
        console.log(JSON.stringify({ addon, version: row.version }));
        await db.destroy();
      });
    `;
    const { stdout } = await run(process.execPath, ['-e', script], { cwd: tmpdir(), encoding: 'utf8' });
    const answer = JSON.parse(stdout) as { addon: string; version: string };
    expect(answer.addon.startsWith(extracted)).toBe(true);
    expect(answer.version).toMatch(/^3\.\d+\.\d+$/);
  });

  it('has package.json\'s "main" pointing to a file inside the archive', () => {
    const manifest = JSON.parse(extractFile(asar, 'package.json').toString('utf8')) as { main: string };
    const main = posix.normalize(`/${manifest.main}`);
    expect(main).toBe('/dist/main/electron.cjs');
    expect(files).toContain(main);
    expect(statFile(asar, manifest.main)).not.toHaveProperty('unpacked', true);
  });

  it('flips the fuses in the executable: no Node mode, no NODE_OPTIONS or --inspect, app.asar only and checked', async () => {
    const executable = join(appOut, 'passerelle');
    const wire = await getCurrentFuseWire(executable);
    const state = (option: FuseV1Options): string => String.fromCharCode(wire[option] as number);
    // Each of these differs from the wire the stand-in started with (SHIPPED_FUSE_WIRE).
    expect(SHIPPED_FUSE_WIRE).toBe('10110001');
    expect(state(FuseV1Options.RunAsNode)).toBe('0');
    expect(state(FuseV1Options.EnableNodeOptionsEnvironmentVariable)).toBe('0');
    expect(state(FuseV1Options.EnableNodeCliInspectArguments)).toBe('0');
    expect(state(FuseV1Options.EnableEmbeddedAsarIntegrityValidation)).toBe('1');
    expect(state(FuseV1Options.OnlyLoadAppFromAsar)).toBe('1');
    expect(state(FuseV1Options.GrantFileProtocolExtraPrivileges)).toBe('0');
  });

  it('keeps Chromium\'s strings in French and English only', () => {
    expect(readdirSync(join(appOut, 'locales')).sort()).toEqual(['en-US.pak', 'fr.pak']);
  });

  it('publishes nothing and configures no update feed from a CI token', () => {
    expect(log).not.toMatch(/publishing|uploading|Implicit publishing/i);
    const feed = join(resources, 'app-update.yml');
    // With `publish: null` there is no feed; with a `generic` provider (the City's own update server) its URL.
    if (existsSync(feed)) expect(readFileSync(feed, 'utf8')).not.toMatch(/provider:\s*(?!generic\b)\w+/);
  });
});

describe('the deb (electron-builder\'s deb target, with a stand-in fpm)', () => {
  /** What electron-builder handed to fpm. */
  const fpmArguments = (): string[] => readFileSync(join(fpmRecord, 'args'), 'utf8').split('\0').slice(0, -1);
  const argumentAfter = (flag: string): string | undefined => {
    const all = fpmArguments();
    return all[all.indexOf(flag) + 1];
  };

  it('packs the staged app into /opt/Passerelle, with the homepage from the configuration', () => {
    expect(existsSync(join(project, 'release', 'passerelle-0.1.0-amd64.deb'))).toBe(true);
    expect(fpmArguments()).toContain(`${appOut}/=/opt/Passerelle`);
    expect(argumentAfter('--name')).toBe('passerelle');
    // Not derived from the GitHub remote: a checkout elsewhere builds the deb too.
    expect(argumentAfter('--url')).toBe('https://www.liege.be/');
  });

  it('ships the AppArmor profile that grants the executable user namespaces, and installs it (Ubuntu 24.04+)', () => {
    const profile = readFileSync(join(resources, 'apparmor-profile'), 'utf8');
    expect(profile).toMatch(/^profile "passerelle" "\/opt\/Passerelle\/passerelle" flags=\(unconfined\) \{$/m);
    expect(profile).toMatch(/^\s+userns,$/m);
    const afterInstall = readFileSync(join(fpmRecord, 'after-install'), 'utf8');
    expect(afterInstall).toContain("APPARMOR_PROFILE_SOURCE='/opt/Passerelle/resources/apparmor-profile'");
    expect(afterInstall).toContain("APPARMOR_PROFILE_TARGET='/etc/apparmor.d/passerelle'");
    expect(afterInstall).toMatch(/apparmor_parser --replace/);
  });

  it('starts the app from its menu entry with the sandbox on (no --no-sandbox)', () => {
    const entry = readFileSync(join(fpmRecord, 'desktop-entry'), 'utf8');
    const exec = entry.split('\n').find((line) => line.startsWith('Exec='));
    expect(exec).toMatch(/^Exec="?\/opt\/Passerelle\/passerelle"? %U$/);
    expect(entry).not.toContain('--no-sandbox');
  });
});
