import type { ApiError } from '../../shared/api/result';

/**
 * What the client noticed about the session while answering calls, for the app to react to: the server
 * forgot this tab's session (expired, signed out elsewhere, account deactivated), or refused the launch
 * token (browser mode: the server was restarted with a new one).
 */
export type SessionEvent = { kind: 'expired'; error: ApiError } | { kind: 'tokenRejected' };

type Listener = (event: SessionEvent) => void;
const listeners = new Set<Listener>();

export function onSessionEvent(listener: Listener): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

export function emitSessionEvent(event: SessionEvent): void {
  for (const listener of listeners) listener(event);
}
