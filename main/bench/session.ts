import { randomUUID } from 'node:crypto';
import type { Core } from '../core';
import { CHANNELS } from '../../shared/api/contract';
import { DEMO_PASSWORD } from '../demo/accounts';

/** The channel's wire name, looked up in the contract (the bench never spells channel names itself). */
export function channelName(domain: string, action: string): string {
  const entry = CHANNELS.find((candidate) => candidate.domain === domain && candidate.action === action);
  if (!entry) throw new Error(`no channel ${domain}/${action}`);
  return entry.name;
}

export interface BenchSession {
  /** Calls a channel as the signed-in account; throws on a refused call (a bench must not time errors). */
  call(domain: string, action: string, input: unknown): Promise<unknown>;
}

/** Signs a demo account in on the core, as the app's transports do, and returns a way to call as it. */
export async function signIn(core: Core, username: string): Promise<BenchSession> {
  const caller = { sessionKey: `bench-${username}-${randomUUID()}` };
  const login = await core.dispatch(caller, channelName('auth', 'login'), { username, password: DEMO_PASSWORD });
  if (!login.ok) throw new Error(`the bench could not sign in as ${username}: ${login.error.code}`);
  return {
    async call(domain, action, input) {
      const answer = await core.dispatch(caller, channelName(domain, action), input);
      if (!answer.ok) throw new Error(`${domain}/${action} failed: ${JSON.stringify(answer.error)}`);
      return answer.data;
    },
  };
}
