import type { ChannelName } from '../../shared/api/contract';
import type { ApiResult } from '../../shared/api/result';
import { clientId, readToken } from './browser-session';
import { transportFailure } from './failures';

function isApiResult(value: unknown): value is ApiResult<unknown> {
  if (typeof value !== 'object' || value === null || !('ok' in value)) return false;
  const result = value as { ok: unknown; error?: { code?: unknown } };
  return result.ok === true || (result.ok === false && typeof result.error?.code === 'string');
}

/** Browser mode: `POST /api/<domain>/<action>` on the same origin, with the launch token and this tab's id. */
export async function sendOverHttp(channel: ChannelName, input: unknown): Promise<ApiResult<unknown>> {
  let response: Response;
  try {
    response = await fetch(`/api/${channel}`, {
      method: 'POST',
      headers: {
        Authorization: `Bearer ${readToken() ?? ''}`,
        'X-Passerelle-Client': clientId(),
        'Content-Type': 'application/json',
      },
      body: JSON.stringify(input ?? {}),
      cache: 'no-store',
      credentials: 'omit',
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
