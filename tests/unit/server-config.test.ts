import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadServerConfig, ServerConfigError } from '../../main/server/config';
import { readServerFieldKey, writeNewServerFieldKey } from '../../main/server/field-key';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'passerelle-config-'));
  dirs.push(dir);
  return dir;
}

const BASE = { PASSERELLE_DATABASE_URL: 'postgres://passerelle:secret@db.internal:5432/passerelle', PASSERELLE_FIELD_KEY_FILE: '/etc/passerelle/field-key' };

function refusal(configFile: string | null, env: NodeJS.ProcessEnv): string {
  try {
    loadServerConfig(configFile, env);
  } catch (error) {
    expect(error).toBeInstanceOf(ServerConfigError);
    return (error as Error).message;
  }
  throw new Error('the configuration was accepted');
}

describe('the team server configuration', () => {
  it('listens on loopback by default, its address then chosen at the port', () => {
    const config = loadServerConfig(null, BASE);
    expect(config).toMatchObject({ listen: { host: '127.0.0.1', port: 8443 }, publicUrl: null, tls: null, behindProxy: false, fieldKey: { file: '/etc/passerelle/field-key' } });
  });

  it('refuses to listen beyond this machine without TLS or an explicit reverse proxy', () => {
    expect(refusal(null, { ...BASE, PASSERELLE_LISTEN: '0.0.0.0:8443' })).toMatch(/Refusing to listen on 0\.0\.0\.0 without TLS/);
    expect(refusal(null, { ...BASE, PASSERELLE_LISTEN: '[::]:8443' })).toMatch(/without TLS/);
    // With a proxy said explicitly, the public https address is required.
    expect(refusal(null, { ...BASE, PASSERELLE_LISTEN: '0.0.0.0:8080', PASSERELLE_BEHIND_PROXY: 'true' })).toMatch(/publicUrl/);
    const proxied = loadServerConfig(null, { ...BASE, PASSERELLE_LISTEN: '0.0.0.0:8080', PASSERELLE_BEHIND_PROXY: 'true', PASSERELLE_PUBLIC_URL: 'https://passerelle.liege.be' });
    expect(proxied).toMatchObject({ behindProxy: true, tls: null });
    expect(proxied.publicUrl?.origin).toBe('https://passerelle.liege.be');
  });

  it('takes TLS from both certificate files, never one, and not with a proxy too', () => {
    expect(refusal(null, { ...BASE, PASSERELLE_TLS_CERT: '/etc/ssl/cert.pem' })).toMatch(/both files/);
    expect(refusal(null, { ...BASE, PASSERELLE_TLS_CERT: 'c', PASSERELLE_TLS_KEY: 'k', PASSERELLE_BEHIND_PROXY: '1' })).toMatch(/Choose one/);
    const tls = loadServerConfig(null, { ...BASE, PASSERELLE_TLS_CERT: 'c', PASSERELLE_TLS_KEY: 'k', PASSERELLE_LISTEN: '0.0.0.0:443', PASSERELLE_PUBLIC_URL: 'https://passerelle.cpas.local' });
    expect(tls.tls).toEqual({ certFile: 'c', keyFile: 'k' });
  });

  it('refuses a public address in clear beyond loopback, with a path, or not an address', () => {
    const proxy = { ...BASE, PASSERELLE_LISTEN: '0.0.0.0:8080', PASSERELLE_BEHIND_PROXY: 'yes' };
    expect(refusal(null, { ...proxy, PASSERELLE_PUBLIC_URL: 'http://passerelle.liege.be' })).toMatch(/https:\/\//);
    expect(refusal(null, { ...proxy, PASSERELLE_PUBLIC_URL: 'https://liege.be/passerelle' })).toMatch(/without a path/);
    expect(refusal(null, { ...proxy, PASSERELLE_PUBLIC_URL: 'passerelle' })).toMatch(/not an address/);
    expect(refusal(null, { ...BASE, PASSERELLE_BEHIND_PROXY: 'peut-être' })).toMatch(/PASSERELLE_BEHIND_PROXY/);
  });

  it('needs a database and a key, and says how to give them', () => {
    expect(refusal(null, { PASSERELLE_FIELD_KEY_FILE: 'k' })).toMatch(/PASSERELLE_DATABASE_URL/);
    expect(refusal(null, { PASSERELLE_DATABASE_URL: 'postgres://x' })).toMatch(/--new-field-key/);
  });

  it('reads a JSON file whose keys the environment overrides, and names a wrong key', () => {
    const dir = tempDir();
    const file = join(dir, 'server.json');
    writeFileSync(file, JSON.stringify({ listen: { host: '0.0.0.0', port: 8443 }, publicUrl: 'https://passerelle.liege.be:8443', tls: { certFile: 'c.pem', keyFile: 'k.pem' }, databaseUrl: 'postgres://from-file', fieldKeyFile: 'key' }));
    const config = loadServerConfig(file, { PASSERELLE_DATABASE_URL: 'postgres://from-env' });
    expect(config).toMatchObject({ listen: { host: '0.0.0.0', port: 8443 }, databaseUrl: 'postgres://from-env', fieldKey: { file: 'key' } });
    writeFileSync(file, JSON.stringify({ listen: { host: '127.0.0.1', port: 8443 }, databseUrl: 'typo' }));
    expect(refusal(file, BASE)).toMatch(/databseUrl/);
    writeFileSync(file, '{ not json');
    expect(refusal(file, BASE)).toMatch(/not valid JSON/);
  });
});

describe("the team server's field key file", () => {
  it('is made once, mode 600, and read back; never replaced', () => {
    const file = join(tempDir(), 'field-key');
    writeNewServerFieldKey(file);
    const key = readServerFieldKey({ file });
    expect(key).toHaveLength(32);
    expect(() => writeNewServerFieldKey(file)).toThrow(/never replaced/);
    expect(readServerFieldKey({ file }).equals(key)).toBe(true);
  });

  it('refuses a key file other accounts can read, and one that holds no key', () => {
    const file = join(tempDir(), 'field-key');
    writeNewServerFieldKey(file);
    chmodSync(file, 0o644);
    expect(() => readServerFieldKey({ file })).toThrow(/can be read by other accounts \(mode 644\)/);
    chmodSync(file, 0o600);
    writeFileSync(file, 'pas une clé\n');
    expect(() => readServerFieldKey({ file })).toThrow(/does not hold a field key/);
    expect(() => readServerFieldKey({ file: `${file}.absent` })).toThrow(/cannot be found/);
    expect(() => readServerFieldKey({ base64: 'AAAA' })).toThrow(/PASSERELLE_FIELD_KEY does not hold/);
  });
});
