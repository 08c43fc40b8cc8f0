import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseUpdateUrl, readUpdateSettings, updateSettingsPath } from '../../main/electron/updates/settings';

// Plain Node: the settings never touch Electron, so no fake is needed here.
let root: string;
let file: string;

function settingsFile(content: string | object): void {
  writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content));
}

describe("IT's update settings (update.json)", () => {
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'passerelle-update-settings-'));
    file = join(root, 'update.json');
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('lives in a machine-wide folder, never in the installation folder or the user profile', () => {
    expect(updateSettingsPath('win32', { ProgramData: 'D:\\ProgramData' })).toBe('D:\\ProgramData\\Passerelle\\update.json');
    expect(updateSettingsPath('win32', {})).toBe('C:\\ProgramData\\Passerelle\\update.json');
    expect(updateSettingsPath('linux', {})).toBe('/etc/passerelle-desktop/update.json');
    expect(updateSettingsPath('darwin', {})).toBe('/Library/Application Support/Passerelle/update.json');
  });

  it('checks nothing when there is no file', () => {
    expect(readUpdateSettings(file)).toEqual({ kind: 'off', why: 'notConfigured' });
  });

  it('turns the check on for an https folder, written as a folder', () => {
    settingsFile({ check: true, url: 'https://intranet.liege.be/passerelle/mises-a-jour' });
    expect(readUpdateSettings(file)).toEqual({ kind: 'on', url: 'https://intranet.liege.be/passerelle/mises-a-jour/' });
    settingsFile({ check: true, url: 'https://maj.liege.be:8443/' });
    expect(readUpdateSettings(file)).toEqual({ kind: 'on', url: 'https://maj.liege.be:8443/' });
  });

  it('reads a file saved by Notepad (UTF-8 with a byte-order mark)', () => {
    settingsFile(`\uFEFF${JSON.stringify({ check: true, url: 'https://maj.liege.be/passerelle/' })}`);
    expect(readUpdateSettings(file)).toEqual({ kind: 'on', url: 'https://maj.liege.be/passerelle/' });
  });

  it('has a switch that turns the check off, with or without the address', () => {
    settingsFile({ check: false });
    expect(readUpdateSettings(file)).toEqual({ kind: 'off', why: 'switchedOff' });
    settingsFile({ check: false, url: 'https://maj.liege.be/passerelle/' });
    expect(readUpdateSettings(file)).toEqual({ kind: 'off', why: 'switchedOff' });
  });

  it.each([
    ['http', { check: true, url: 'http://maj.liege.be/passerelle/' }],
    ['a file URL (electron-updater fetches through net.request: http and https only)', { check: true, url: 'file:///C:/Partage/Passerelle/' }],
    ['a file URL to a share', { check: true, url: 'file://serveur/partage/passerelle/' }],
    ['a UNC path', { check: true, url: '\\\\serveur\\partage\\passerelle' }],
    ['an smb URL', { check: true, url: 'smb://serveur/partage/passerelle/' }],
    ['credentials in the address', { check: true, url: 'https://it:secret@maj.liege.be/passerelle/' }],
    ['a query', { check: true, url: 'https://maj.liege.be/passerelle/?canal=beta' }],
    ['a fragment', { check: true, url: 'https://maj.liege.be/passerelle/#x' }],
    ['no address', { check: true }],
    ['an unknown key', { check: true, url: 'https://maj.liege.be/passerelle/', channel: 'beta' }],
    ['a switch that is not a boolean', { check: 'oui', url: 'https://maj.liege.be/passerelle/' }],
    ['a switch off with a bad address', { check: false, url: 'http://maj.liege.be/' }],
    ['an array', [{ check: true, url: 'https://maj.liege.be/passerelle/' }]],
  ])('refuses %s: no check', (_name, content) => {
    settingsFile(content);
    expect(readUpdateSettings(file)).toEqual({ kind: 'broken', issue: 'invalid' });
  });

  it('refuses a file that is not JSON, or cannot be read', () => {
    settingsFile('{ check: true, url: https://maj.liege.be }');
    expect(readUpdateSettings(file)).toEqual({ kind: 'broken', issue: 'notJson' });
    rmSync(file);
    mkdirSync(file);
    expect(readUpdateSettings(file)).toEqual({ kind: 'broken', issue: 'unreadable' });
  });

  it('parses the address as an https folder', () => {
    expect(parseUpdateUrl('https://maj.liege.be/a/b')).toEqual({ ok: true, url: 'https://maj.liege.be/a/b/' });
    expect(parseUpdateUrl('HTTPS://Maj.Liege.be/a/')).toEqual({ ok: true, url: 'https://maj.liege.be/a/' });
    expect(parseUpdateUrl('https://maj.liege.be/a/?')).toEqual({ ok: false });
    expect(parseUpdateUrl('pas une adresse')).toEqual({ ok: false });
  });
});
