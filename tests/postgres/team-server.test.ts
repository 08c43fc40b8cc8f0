import { request } from 'node:https';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../main/core';
import { startTeamServer, type TeamServer } from '../../main/server/https-transport';
import { SESSION_COOKIE } from '../../main/server/session-cookie';
import { createTestCore, signInAs, TEST_PASSWORD, type TestCore } from '../helpers/core';
import { makeTestCertificate, type TestCertificate } from '../helpers/test-certificate';

/**
 * Issue 15, the team server's transport over HTTPS: two server processes (two cores with their own pools, two
 * HTTPS servers) on one PostgreSQL database serve the same users: a session made on one is known to the other,
 * login throttling counts on both, and the cookie is of no use from another origin.
 */
let certificate: TestCertificate;
let first: TestCore;
let second: Core;
let servers: TeamServer[] = [];
let staticRoot: string;
let username: string;

beforeAll(async () => {
  certificate = makeTestCertificate();
  staticRoot = mkdtempSync(join(tmpdir(), 'passerelle-static-'));
  writeFileSync(join(staticRoot, 'index.html'), '<!doctype html><html><head><title>Passerelle</title></head><body></body></html>');
  first = await createTestCore();
  second = await first.openSecond();
  ({ username } = await signInAs(first, ['coordinator']));
  servers = await Promise.all(
    [first, second].map((core) =>
      startTeamServer({
        dispatch: core.dispatch,
        endSession: core.endSession,
        databaseAnswers: async () => (await core.db.raw('SELECT 1'), true),
        staticRoot,
        listen: { host: '127.0.0.1', port: 0 },
        publicUrl: null,
        tls: { cert: certificate.cert, key: certificate.key },
        behindProxy: false,
      }),
    ),
  );
});
afterAll(async () => {
  for (const server of servers) await server.close();
  await second?.close();
  await first?.cleanup();
  rmSync(staticRoot, { recursive: true, force: true });
  rmSync(certificate.dir, { recursive: true, force: true });
});

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
  json(): { ok: boolean; data?: unknown; error?: { code: string; reason?: string } };
}

/** One HTTPS request to a server, trusting the test certificate only. */
function call(server: TeamServer, path: string, options: { method?: string; body?: unknown; cookie?: string | null; origin?: string | null; host?: string } = {}): Promise<Answer> {
  const origin = options.origin === undefined ? server.url : options.origin;
  const headers: Record<string, string> = { Host: options.host ?? new URL(server.url).host };
  if (origin !== null) headers.Origin = origin;
  if (options.cookie) headers.Cookie = `${SESSION_COOKIE}=${options.cookie}`;
  const body = options.body === undefined ? undefined : JSON.stringify(options.body);
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port: server.port, path, method: options.method ?? (body === undefined ? 'GET' : 'POST'), headers, ca: certificate.cert, servername: 'localhost' },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          resolve({ status: response.statusCode ?? 0, headers: response.headers, body: text, json: () => JSON.parse(text) });
        });
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

function cookieOf(answer: Answer): { value: string; attributes: string } {
  const header = answer.headers['set-cookie'];
  const line = (Array.isArray(header) ? header : [header ?? '']).find((text) => text.startsWith(`${SESSION_COOKIE}=`));
  if (!line) throw new Error(`no session cookie in ${JSON.stringify(answer.headers)}`);
  const [pair, ...attributes] = line.split(';');
  return { value: pair!.slice(SESSION_COOKIE.length + 1), attributes: attributes.map((part) => part.trim()).join('; ') };
}

async function signIn(server: TeamServer, cookie: string | null = null): Promise<string> {
  const answer = await call(server, '/api/auth/login', { body: { username, password: TEST_PASSWORD }, cookie });
  expect(answer.json()).toMatchObject({ ok: true });
  return cookieOf(answer).value;
}

async function whoIs(server: TeamServer, cookie: string): Promise<string | null> {
  const answer = await call(server, '/api/auth/status', { body: {}, cookie });
  const result = answer.json() as { ok: boolean; data?: { user: { username: string } | null } };
  return result.ok ? (result.data?.user?.username ?? null) : null;
}

describe('the team server over HTTPS', () => {
  it('signs in with a __Host- cookie (HttpOnly, Secure, SameSite=Strict) that the other process knows too', async () => {
    const answer = await call(servers[0]!, '/api/auth/login', { body: { username, password: TEST_PASSWORD } });
    const cookie = cookieOf(answer);
    expect(cookie.value).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(cookie.attributes).toBe('Path=/; HttpOnly; Secure; SameSite=Strict');
    expect(answer.headers['strict-transport-security']).toBe('max-age=31536000');
    expect(await whoIs(servers[0]!, cookie.value)).toBe(username);
    expect(await whoIs(servers[1]!, cookie.value)).toBe(username);
    // Only a hash of the cookie is in the database.
    expect(JSON.stringify(await first.db('server_sessions').select('*'))).not.toContain(cookie.value);
  });

  it('refuses the cookie from another origin, without an origin, or for another host name', async () => {
    const cookie = await signIn(servers[0]!);
    const elsewhere = await call(servers[1]!, '/api/auth/status', { body: {}, cookie, origin: 'https://evil.example' });
    expect([elsewhere.status, elsewhere.json().error?.reason]).toEqual([403, 'badOrigin']);
    const noOrigin = await call(servers[1]!, '/api/auth/status', { body: {}, cookie, origin: null });
    expect([noOrigin.status, noOrigin.json().error?.reason]).toEqual([403, 'badOrigin']);
    const rebinding = await call(servers[1]!, '/api/auth/status', { body: {}, cookie, host: 'attacker.example' });
    expect([rebinding.status, rebinding.json().error?.reason]).toEqual([421, 'badHost']);
    expect(await whoIs(servers[1]!, cookie)).toBe(username);
  });

  it('gives a new cookie at each sign-in and ends the one the browser came with; a sign-out ends it everywhere', async () => {
    const before = await signIn(servers[0]!);
    const after = await signIn(servers[1]!, before);
    expect(after).not.toBe(before);
    expect(await whoIs(servers[0]!, before)).toBeNull();
    expect(await whoIs(servers[0]!, after)).toBe(username);
    const out = await call(servers[0]!, '/api/auth/logout', { body: {}, cookie: after });
    expect(cookieOf(out)).toEqual({ value: '', attributes: 'Path=/; HttpOnly; Secure; SameSite=Strict; Max-Age=0' });
    expect(await whoIs(servers[1]!, after)).toBeNull();
  });

  it('counts failed sign-ins across both processes', async () => {
    const wrong = { username: 'personne', password: 'pas le bon mot de passe' };
    for (const server of [servers[0]!, servers[1]!, servers[0]!]) {
      expect((await call(server, '/api/auth/login', { body: wrong })).json().error?.reason).toBe('invalidCredentials');
    }
    // The fourth try, on the process that saw only one of them, must wait: the failures are the database's.
    expect((await call(servers[1]!, '/api/auth/login', { body: wrong })).json().error).toMatchObject({ code: 'RATE_LIMITED', reason: 'tooManyAttempts' });
  });

  it('never makes the first account from the network, and refuses what is not its own page’s request', async () => {
    const setup = await call(servers[0]!, '/api/auth/setup', { body: { username: 'pirate', displayName: 'Pirate', password: 'un mot de passe très long' } });
    expect([setup.status, setup.json().error?.reason]).toEqual([403, 'setupOnServer']);
    const get = await call(servers[0]!, '/api/auth/status', { method: 'GET' });
    expect(get.status).toBe(405);
    const form = await new Promise<number>((resolve, reject) => {
      const req = request(
        { host: '127.0.0.1', port: servers[0]!.port, path: '/api/auth/status', method: 'POST', ca: certificate.cert, servername: 'localhost', headers: { Host: new URL(servers[0]!.url).host, Origin: servers[0]!.url, 'Content-Type': 'application/x-www-form-urlencoded' } },
        (response) => (response.resume(), resolve(response.statusCode ?? 0)),
      );
      req.on('error', reject);
      req.end('a=1');
    });
    expect(form).toBe(415);
  });

  it('serves its page marked for the cookie, with the security headers, and a health check', async () => {
    const page = await call(servers[1]!, '/');
    expect(page.status).toBe(200);
    expect(page.body).toContain('<meta name="passerelle-transport" content="cookie" />');
    expect(page.headers['content-security-policy']).toContain("default-src 'self'");
    expect(page.headers['strict-transport-security']).toBe('max-age=31536000');
    const health = await call(servers[0]!, '/health', { host: 'anything' });
    expect([health.status, health.body]).toEqual([200, 'ok']);
  });
});
