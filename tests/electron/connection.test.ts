import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { connectionPath, parseServerAddress, readConnection, writeConnection } from '../../main/electron/connection';

let userData: string;

beforeEach(() => {
  userData = mkdtempSync(join(tmpdir(), 'passerelle-connection-'));
});
afterEach(() => rmSync(userData, { recursive: true, force: true }));

describe('a server address', () => {
  it.each([
    ['https://passerelle.liege.be', 'https://passerelle.liege.be'],
    ['  https://passerelle.liege.be/  ', 'https://passerelle.liege.be'],
    ['HTTPS://Passerelle.Liege.be:8443', 'https://passerelle.liege.be:8443'],
  ])('keeps only the https origin of %s', (typed, origin) => {
    expect(parseServerAddress(typed)).toEqual({ ok: true, url: origin });
  });

  it.each([
    ['passerelle.liege.be', 'notUrl'],
    ['', 'notUrl'],
    ['http://passerelle.liege.be', 'notHttps'],
    ['file:///C:/passerelle', 'notHttps'],
    ['javascript:alert(1)', 'notHttps'],
    ['https://admin:secret@passerelle.liege.be', 'credentials'],
    ['https://admin@passerelle.liege.be', 'credentials'],
    ['https://passerelle.liege.be/app', 'notOrigin'],
    ['https://passerelle.liege.be/?next=evil', 'notOrigin'],
    ['https://passerelle.liege.be/#x', 'notOrigin'],
  ])('refuses %s (%s)', (typed, issue) => {
    expect(parseServerAddress(typed)).toEqual({ ok: false, issue });
  });
});

describe('the connection file', () => {
  it('is missing at first start', () => {
    expect(readConnection(userData)).toEqual({ kind: 'missing' });
  });

  it('is local, without a question, for an installation that has its database from before the choice existed', () => {
    writeFileSync(join(userData, 'passerelle.sqlite'), '');
    expect(readConnection(userData)).toEqual({ kind: 'chosen', connection: { mode: 'local' } });
  });

  it.each([{ mode: 'local' as const }, { mode: 'server' as const, url: 'https://passerelle.liege.be' }])('keeps %j across a write and a read', (connection) => {
    writeConnection(userData, connection);
    expect(JSON.parse(readFileSync(connectionPath(userData), 'utf8'))).toEqual(connection);
    expect(readConnection(userData)).toEqual({ kind: 'chosen', connection });
  });

  it('replaces the previous choice', () => {
    writeConnection(userData, { mode: 'server', url: 'https://passerelle.liege.be' });
    writeConnection(userData, { mode: 'local' });
    expect(readConnection(userData)).toEqual({ kind: 'chosen', connection: { mode: 'local' } });
  });

  it.each([
    ['not JSON', '{"mode": "server", "url": '],
    ['an http server', '{"mode":"server","url":"http://passerelle.liege.be"}'],
    ['a server with a path', '{"mode":"server","url":"https://passerelle.liege.be/app"}'],
    ['a server with credentials', '{"mode":"server","url":"https://a:b@passerelle.liege.be"}'],
    ['a server without address', '{"mode":"server"}'],
    ['an unknown key', '{"mode":"local","dataDir":"C:/x"}'],
    ['an unknown mode', '{"mode":"cloud"}'],
    ['an array', '[]'],
    ['an empty file', ''],
  ])('is broken, not local, when it holds %s', (_name, text) => {
    writeFileSync(connectionPath(userData), text);
    expect(readConnection(userData)).toEqual({ kind: 'broken', path: connectionPath(userData) });
  });

  it('is broken when it cannot be read', () => {
    // A directory where the file should be: reading fails with EISDIR, not ENOENT.
    rmSync(userData, { recursive: true });
    writeConnection(join(userData, 'connection.json'), { mode: 'local' });
    expect(readConnection(userData).kind).toBe('broken');
  });

  it('refuses to write an address that would read back as broken', () => {
    expect(() => writeConnection(userData, { mode: 'server', url: 'http://passerelle.liege.be' })).toThrow();
    expect(readConnection(userData)).toEqual({ kind: 'missing' });
  });
});
