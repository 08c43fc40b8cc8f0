import { mkdirSync, mkdtempSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHttpBridge, type HttpBridge } from '../../main/serve/http-bridge';
import { isJsonContentType } from '../../main/serve/json-content-type';
import { createTestCore, type TestCore } from '../helpers/core';
import { CHANNELS } from '../../shared/api/contract';

/**
 * The HTTP bridge reads only `application/json` bodies (optionally `charset=utf-8`): real requests over a
 * socket, so the header reaches the bridge exactly as written.
 */
const TOKEN = 'a-random-launch-token-for-content-types-0123';
const CLIENT = 'tab-content-type-0123456789';

/** The channels' paths, taken from the contract (only shared/api spells channel names). */
const path = (domain: string, action: string) => CHANNELS.find((entry) => entry.domain === domain && entry.action === action)!.name;
const STATUS = path('auth', 'status');
const SETUP = path('auth', 'setup');

let core: TestCore;
let bridge: HttpBridge;

beforeAll(async () => {
  core = await createTestCore();
  const staticRoot = join(mkdtempSync(join(tmpdir(), 'passerelle-content-type-')), 'renderer');
  mkdirSync(staticRoot);
  bridge = await startHttpBridge({ dispatch: core.dispatch, staticRoot, port: 0, token: TOKEN });
});
afterAll(async () => {
  await bridge.close();
  await core.cleanup();
});

function post(path: string, contentType: string | null, body: string): Promise<{ status: number; body: string }> {
  const headers: Record<string, string> = {
    host: `127.0.0.1:${bridge.port}`,
    authorization: `Bearer ${TOKEN}`,
    'x-passerelle-client': CLIENT,
    origin: `http://127.0.0.1:${bridge.port}`,
  };
  if (contentType !== null) headers['content-type'] = contentType;
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: bridge.port, path: `/api/${path}`, method: 'POST', headers }, (res) => {
      let text = '';
      res.on('data', (chunk) => (text += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

const ACCEPTED = [
  'application/json',
  'application/json; charset=utf-8',
  'Application/JSON; Charset=UTF-8',
  'application/json;charset=utf-8',
  '  application/json ;  charset = utf-8  ',
  'application/json; charset="utf-8"',
];

const REFUSED = [
  'application/jsonp',
  'application/json-seq',
  'application/json5',
  'application/json; charset=latin1',
  'application/json; charset=utf-16',
  'application/json; charset=utf-8; boundary=x',
  'application/json, text/plain',
  'application/json;',
  'text/plain',
  'text/plain; application/json',
  'multipart/form-data; boundary=application/json',
  'application/x-www-form-urlencoded',
  '',
];

describe('the HTTP bridge reads only JSON bodies', () => {
  it('recognises application/json with an optional UTF-8 charset, in any case and spacing', () => {
    for (const value of ACCEPTED) expect(isJsonContentType(value), value).toBe(true);
    for (const value of REFUSED) expect(isJsonContentType(value), value).toBe(false);
    expect(isJsonContentType(undefined)).toBe(false);
  });

  it('answers a request sent as application/json (with or without charset) over HTTP', async () => {
    for (const contentType of ACCEPTED) {
      const response = await post(STATUS, contentType, '{}');
      expect(response.status, contentType).toBe(200);
      expect(JSON.parse(response.body)).toMatchObject({ ok: true, data: { setupRequired: true } });
    }
  });

  it('refuses any other type with 415 and the badContentType reason, and runs nothing', async () => {
    const setup = JSON.stringify({ username: 'admin', displayName: 'Claire Administratrice', password: 'phrase-de-passe-admin' });
    for (const contentType of [...REFUSED, null]) {
      const response = await post(SETUP, contentType, setup);
      expect(response.status, String(contentType)).toBe(415);
      expect(JSON.parse(response.body)).toMatchObject({ ok: false, error: { code: 'VALIDATION', reason: 'badContentType' } });
    }
    // None of the refused requests created the first account.
    const status = await post(STATUS, 'application/json', '{}');
    expect(JSON.parse(status.body)).toMatchObject({ ok: true, data: { setupRequired: true, user: null } });
  });
});
