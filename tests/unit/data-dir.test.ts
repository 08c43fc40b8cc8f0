import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { dataDirArgument, defaultUserDataDir, resolveDataDir } from '../../main/data-dir';
import { resolvePort } from '../../main/serve/options';

describe('data directory', () => {
  it('matches Electron userData on each platform', () => {
    expect(defaultUserDataDir('linux', {}, '/home/ana')).toBe('/home/ana/.config/Passerelle');
    expect(defaultUserDataDir('linux', { XDG_CONFIG_HOME: '/xdg' }, '/home/ana')).toBe('/xdg/Passerelle');
    expect(defaultUserDataDir('darwin', {}, '/Users/ana')).toBe('/Users/ana/Library/Application Support/Passerelle');
    expect(defaultUserDataDir('win32', { APPDATA: 'C:\\Users\\ana\\AppData\\Roaming' }, 'C:\\Users\\ana')).toContain('Passerelle');
  });

  it('prefers --data-dir, then PASSERELLE_DATA_DIR, then the default', () => {
    expect(dataDirArgument(['--data-dir', '/srv/a'])).toBe('/srv/a');
    expect(dataDirArgument(['--data-dir=/srv/b'])).toBe('/srv/b');
    expect(resolveDataDir(['--data-dir', 'rel/dir'], { PASSERELLE_DATA_DIR: '/env' }, '/default')).toBe(resolve('rel/dir'));
    expect(resolveDataDir([], { PASSERELLE_DATA_DIR: '/env' }, '/default')).toBe('/env');
    expect(resolveDataDir([], { PASSERELLE_DATA_DIR: ' ' }, '/default')).toBe('/default');
    expect(resolveDataDir([], {}, '/default')).toBe('/default');
  });

  it('reads the browser-mode port and refuses nonsense', () => {
    expect(resolvePort([], {})).toBe(4710);
    expect(resolvePort(['--port', '0'], {})).toBe(0);
    expect(resolvePort(['--port=8123'], { PASSERELLE_PORT: '9000' })).toBe(8123);
    expect(resolvePort([], { PASSERELLE_PORT: '9000' })).toBe(9000);
    expect(() => resolvePort(['--port', 'abc'], {})).toThrow(/Invalid port/);
    expect(() => resolvePort(['--port', '70000'], {})).toThrow(/Invalid port/);
  });
});
