import { net } from 'electron';

/** Why a server address is not saved: each has a sentence in connection-messages.ts. */
export type ServerCheckFailure = 'unreachable' | 'certificate' | 'notPasserelle';

const CHECK_TIMEOUT_MS = 10_000;

/**
 * Asks `<origin>/health` before an address is saved, so a typo never becomes the app's only way in.
 * Electron's `net` goes through Chromium's network stack: the same proxy settings and, above all, the same
 * certificate checks as the window will have, so a certificate refused here would be refused there too.
 * A Passerelle team server answers exactly 200 "ok" (main/server/https-transport.ts).
 */
export async function checkServer(origin: string): Promise<{ ok: true } | { ok: false; failure: ServerCheckFailure }> {
  let response: Response;
  try {
    response = await net.fetch(`${origin}/health`, { signal: AbortSignal.timeout(CHECK_TIMEOUT_MS), redirect: 'error', cache: 'no-store' });
  } catch (error) {
    // Chromium names its refusals net::ERR_CERT_* (untrusted, expired, wrong name) and net::ERR_SSL_* (handshake).
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, failure: /ERR_CERT_|ERR_SSL_|ERR_BAD_SSL/.test(message) ? 'certificate' : 'unreachable' };
  }
  const body = await response.text().catch(() => '');
  if (response.status === 200 && body.trim() === 'ok') return { ok: true };
  return { ok: false, failure: 'notPasserelle' };
}
