import { buildApi, findChannel, type ActionOf, type ChannelName, type PasserelleApi } from '../../shared/api/contract';
import type { ApiResult } from '../../shared/api/result';
import { readToken } from './browser-session';
import { transportFailure } from './failures';
import { sendOverHttp, servedByTeamServer } from './http-transport';
import { emitSessionEvent } from './session-events';

export { ApiFailure, unwrap, apiErrorOf } from './failures';

/**
 * Electron's preload exposes the API; a plain browser tab talks to `npm run serve` over HTTP with its launch
 * token, or to a team server (which marks its page, main/server/https-transport.ts) with its session cookie.
 */
export const transport: 'electron' | 'http' | 'server' = window.passerelle ? 'electron' : servedByTeamServer() ? 'server' : 'http';

/** Browser mode cannot do anything without the token from the address printed by `npm run serve`. */
export function hasCredentials(): boolean {
  return transport !== 'http' || readToken() !== null;
}

type LooseApi = Record<string, Record<string, ((input: unknown) => Promise<ApiResult<unknown>>) | undefined> | undefined>;

/** Electron: the preload's object (built by the same `buildApi`), looked up by the channel's domain and action. */
function sendOverPreload(preload: PasserelleApi): (channel: ChannelName, input: unknown) => Promise<ApiResult<unknown>> {
  // Indexed by strings from the contract's own channel list; the typed object cannot be indexed that way.
  const methods = preload as unknown as LooseApi;
  return async (channel, input) => {
    const entry = findChannel(channel);
    const method = entry ? methods[entry.domain]?.[entry.action] : undefined;
    if (!method) return { ok: false, error: { code: 'NOT_FOUND', message: 'unknown channel', reason: 'unknownChannel' } };
    try {
      return await method(input);
    } catch (error) {
      return transportFailure('network', error instanceof Error ? error.message : 'ipc error');
    }
  };
}

const send = window.passerelle ? sendOverPreload(window.passerelle) : sendOverHttp;

/**
 * A failed login answers UNAUTHENTICATED for a wrong password, and a logout for a session that had already
 * ended: neither means "your session was lost".
 */
const NOT_A_SESSION_LOSS: readonly ActionOf<'auth'>[] = ['login', 'logout'];

function meansSessionLost(channel: ChannelName): boolean {
  const entry = findChannel(channel);
  return !(entry?.domain === 'auth' && NOT_A_SESSION_LOSS.includes(entry.action as ActionOf<'auth'>));
}

async function sendAndWatch(channel: ChannelName, input: unknown): Promise<ApiResult<unknown>> {
  const result = await send(channel, input);
  if (!result.ok && result.error.code === 'UNAUTHENTICATED') {
    if (result.error.reason === 'badToken') emitSessionEvent({ kind: 'tokenRejected' });
    else if (meansSessionLost(channel)) emitSessionEvent({ kind: 'expired', error: result.error });
  }
  return result;
}

/** The one API object of the renderer: `await api.users.list({ search })` → ApiResult. */
export const api: PasserelleApi = buildApi(sendAndWatch);
