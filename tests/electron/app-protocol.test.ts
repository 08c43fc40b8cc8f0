import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { CONTENT_SECURITY_POLICY, SECURITY_HEADERS } from '../../main/security-policy';

const fake = await vi.hoisted(async () => (await import('./fake-electron')).createFakeElectron());
vi.mock('electron', () => fake.module);

const { registerAppScheme, respondToAppRequest, serveRenderer } = await import('../../main/electron/app-protocol');

// dist/renderer stand-in, with a secret next to it that no app:// URL may reach.
const base = mkdtempSync(join(tmpdir(), 'passerelle-protocol-'));
const root = join(base, 'renderer');
mkdirSync(join(root, 'assets'), { recursive: true });
writeFileSync(join(root, 'index.html'), '<!doctype html><title>Passerelle</title>');
writeFileSync(join(root, 'assets', 'index.js'), 'console.log(1)');
writeFileSync(join(base, 'secret.txt'), 'not for the page');
afterAll(() => rmSync(base, { recursive: true, force: true }));

function get(url: string, method = 'GET') {
  return respondToAppRequest({ url, method }, root);
}

describe('the app:// scheme', () => {
  beforeEach(() => fake.reset());

  it('is registered as standard, secure and fetchable, without bypassing the CSP', () => {
    registerAppScheme();
    expect(fake.protocol.registerSchemesAsPrivileged).toHaveBeenCalledExactlyOnceWith([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
  });

  it('is served from the renderer root by the registered handler', async () => {
    serveRenderer(root);
    expect(fake.protocol.handle).toHaveBeenCalledTimes(1);
    const [scheme, handler] = fake.protocol.handle.mock.calls[0]!;
    expect(scheme).toBe('app');
    const response = await handler(new Request('app://passerelle/index.html'));
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<title>Passerelle</title>');
  });
});

describe('app:// responses', () => {
  it('serve the renderer files with their type and the security headers', async () => {
    const response = await get('app://passerelle/assets/index.js');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(response.headers.get(name), name).toBe(value);
    expect(await response.text()).toBe('console.log(1)');
  });

  it('serve index.html for the root', async () => {
    const response = await get('app://passerelle/');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
  });

  it.each([
    'app://passerelle/..%2fsecret.txt',
    'app://passerelle/%2e%2e/secret.txt',
    'app://passerelle/assets/..%5c..%5csecret.txt',
    'app://passerelle/missing.js',
    'app://passerelle/assets',
    'app://other/index.html',
    'app://passerelle.evil/index.html',
  ])('refuse %s', async (url) => {
    const response = await get(url);
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('not for the page');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });

  it('refuse anything but GET and HEAD', async () => {
    expect((await get('app://passerelle/index.html', 'POST')).status).toBe(405);
    const head = await get('app://passerelle/index.html', 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });
});
