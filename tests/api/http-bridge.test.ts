import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { connect, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHttpBridge, type HttpBridge } from '../../main/serve/http-bridge';
import { createTestCore, type TestCore } from '../helpers/core';

const TOKEN = 'a-random-launch-token-for-tests-0123456789';
const CLIENT = 'tab-0123456789abcdef';

let core: TestCore;
let bridge: HttpBridge;
let staticRoot: string;

beforeAll(async () => {
  core = await createTestCore();
  const base = mkdtempSync(join(tmpdir(), 'passerelle-bridge-'));
  staticRoot = join(base, 'renderer');
  mkdirSync(staticRoot);
  writeFileSync(join(staticRoot, 'index.html'), '<!doctype html><title>Passerelle</title>');
  writeFileSync(join(base, 'secret.txt'), 'outside the root');
  bridge = await startHttpBridge({ dispatch: core.dispatch, staticRoot, port: 0, token: TOKEN });
});
afterAll(async () => {
  await bridge.close();
  await core.cleanup();
});

/** A raw HTTP request: unlike fetch, it sends the path exactly as written (`..` included). */
function raw(
  path: string,
  options: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<{ status: number; headers: Record<string, unknown>; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: bridge.port,
        path,
        method: options.method ?? 'GET',
        headers: { host: `127.0.0.1:${bridge.port}`, ...options.headers },
      },
      (res) => {
        let body = '';
        res.on('data', (chunk) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

function api(path: string, headers: Record<string, string> = {}, body = '{}') {
  return raw(`/api/${path}`, {
    method: 'POST',
    headers: {
      authorization: `Bearer ${TOKEN}`,
      'x-passerelle-client': CLIENT,
      'content-type': 'application/json',
      origin: `http://127.0.0.1:${bridge.port}`,
      ...headers,
    },
    body,
  });
}

describe('HTTP bridge', () => {
  it('listens on 127.0.0.1 only and prints the token in the fragment', () => {
    expect(bridge.url).toBe(`http://127.0.0.1:${bridge.port}/#token=${TOKEN}`);
  });

  it('answers a channel with the same result as dispatch', async () => {
    const response = await api('auth/status');
    expect(response.status).toBe(200);
    expect(response.headers['cache-control']).toBe('no-store');
    expect(JSON.parse(response.body)).toMatchObject({ ok: true, data: { setupRequired: true, user: null } });
  });

  it('refuses a request without the token, or with a wrong one', async () => {
    for (const authorization of ['', 'Bearer', `Bearer ${TOKEN}x`, `Basic ${TOKEN}`, `Bearer ${TOKEN.slice(1)}`]) {
      const response = await api('auth/status', { authorization });
      expect(response.status).toBe(401);
      expect(JSON.parse(response.body)).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED', reason: 'badToken' } });
    }
  });

  it('refuses another origin and another Host (DNS rebinding)', async () => {
    for (const origin of ['https://evil.example', `http://127.0.0.1:${bridge.port + 1}`, 'null', `http://127.0.0.1.evil.example:${bridge.port}`]) {
      expect((await api('auth/status', { origin })).status).toBe(403);
    }
    expect((await api('auth/status', { host: `evil.example:${bridge.port}` })).status).toBe(421);
    expect((await raw('/', { headers: { host: 'evil.example' } })).status).toBe(421);
  });

  it('refuses GET on the API, bad client ids, other content types and bad JSON', async () => {
    expect((await raw('/api/auth/status', { headers: { authorization: `Bearer ${TOKEN}` } })).status).toBe(405);
    expect((await api('auth/status', { 'x-passerelle-client': 'short' })).status).toBe(400);
    expect((await api('auth/status', { 'content-type': 'text/plain' })).status).toBe(415);
    expect((await api('auth/status', {}, '{not json')).status).toBe(400);
    expect((await api('auth/status', {}, JSON.stringify({ pad: 'x'.repeat(12 * 1024 * 1024 + 1) }))).status).toBe(413);
  });

  it('keeps browser tabs in separate sessions', async () => {
    const setup = await api('auth/setup', {}, JSON.stringify({ username: 'admin', displayName: 'Admin', password: 'phrase-de-passe-1' }));
    expect(JSON.parse(setup.body)).toMatchObject({ ok: true });
    const login = await api('auth/login', {}, JSON.stringify({ username: 'admin', password: 'phrase-de-passe-1' }));
    expect(JSON.parse(login.body)).toMatchObject({ ok: true });
    expect(JSON.parse((await api('users/list')).body)).toMatchObject({ ok: true });
    const otherTab = await api('users/list', { 'x-passerelle-client': 'another-tab-0123456789' });
    expect(JSON.parse(otherTab.body)).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
  });

  it('serves the renderer with security headers', async () => {
    const response = await raw('/');
    expect(response.status).toBe(200);
    expect(response.body).toContain('<title>Passerelle</title>');
    expect(String(response.headers['content-security-policy'])).toContain("script-src 'self'");
    expect(String(response.headers['content-security-policy'])).not.toContain('unsafe-eval');
    expect(response.headers['x-frame-options']).toBe('DENY');
  });

  it.each([
    '/../secret.txt',
    '/%2e%2e/secret.txt',
    '/%2E%2E%2Fsecret.txt',
    '/..%2fsecret.txt',
    '/..%5csecret.txt',
    '/%252e%252e/secret.txt',
    '//etc/passwd',
    '/etc/passwd',
    '/%2fetc%2fpasswd',
  ])('refuses the path traversal %s', async (path) => {
    const response = await raw(path);
    expect(response.status).toBe(404);
    expect(response.body).not.toContain('outside the root');
    expect(response.body).not.toContain('root:');
  });
});

describe('stopping', () => {
  it('closes even while a tab holds a connection open with a request still coming in', async () => {
    const other = await startHttpBridge({ dispatch: core.dispatch, staticRoot, port: 0, token: TOKEN });
    // A client that sent its headers but not its body yet: the server cannot treat it as idle, and a plain
    // server.close() would wait for it for ever.
    const socket = await new Promise<Socket>((resolve, reject) => {
      const connection = connect(other.port, '127.0.0.1', () => resolve(connection));
      connection.on('error', reject);
    });
    socket.write(`POST /api/auth/status HTTP/1.1\r\nHost: 127.0.0.1:${other.port}\r\nContent-Length: 100\r\n\r\n{`);
    await other.close();
    const refused = await new Promise<string>((resolve) => {
      const again = connect(other.port, '127.0.0.1', () => resolve('connected'));
      again.on('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? 'error'));
    });
    expect(refused).toBe('ECONNREFUSED');
    socket.destroy();
  });
});
