import type { ChannelName } from '../../shared/api/contract';
import type { ApiResult } from '../../shared/api/result';
import { clientId, readToken } from './browser-session';
import { transportFailure } from './failures';

function isApiResult(value: unknown): value is ApiResult<unknown> {
  if (typeof value !== 'object' || value === null || !('ok' in value)) return false;
  const result = value as { ok: unknown; error?: { code?: unknown } };
  return result.ok === true || (result.ok === false && typeof result.error?.code === 'string');
}

/** A team server says so in the page it serves; its session is an HttpOnly cookie the page never sees. */
export function servedByTeamServer(): boolean {
  return document.querySelector('meta[name="passerelle-transport"][content="cookie"]') !== null;
}

const overCookie = servedByTeamServer();

/**
 * `POST /api/<domain>/<action>` on the same origin: to browser mode with the launch token and this tab's id,
 * to a team server with its session cookie (sent by the browser, same origin only).
 */
export async function sendOverHttp(channel: ChannelName, input: unknown): Promise<ApiResult<unknown>> {
  let response: Response;
  try {
    response = await fetch(`/api/${channel}`, {
      method: 'POST',
      headers: overCookie
        ? { 'Content-Type': 'application/json' }
        : { Authorization: `Bearer ${readToken() ?? ''}`, 'X-Passerelle-Client': clientId(), 'Content-Type': 'application/json' },
      body: JSON.stringify(input ?? {}),
      cache: 'no-store',
      credentials: overCookie ? 'same-origin' : 'omit',
    });
  } catch (error) {
    return transportFailure('network', error instanceof Error ? error.message : 'network error');
  }
  try {
    const body: unknown = await response.json();
    if (isApiResult(body)) return body;
  } catch {
    // Not JSON: fall through to the generic answer below.
  }
  return transportFailure('badResponse', `unexpected answer (HTTP ${response.status})`);
}
