import { createServer as createHttpServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import type { Dispatch } from '../dispatch';
import { isJsonContentType } from '../serve/json-content-type';
import { API_PREFIX, parseJsonBody, readBody, refuse, sendJson, serveStatic } from '../serve/http-common';
import { findChannel } from '../../shared/api/contract';
import type { ApiResult } from '../../shared/api/result';
import { clearSessionCookie, cookieSessionKey, newSessionToken, sessionTokenOf, setSessionCookie } from './session-cookie';

export interface TeamServerOptions {
  dispatch: Dispatch;
  /** Ends a session in the store (a sign-in replaces the browser's previous session). */
  endSession(sessionKey: string): void;
  /** Whether the database answers, for `GET /health` (a load balancer's or systemd's check). */
  databaseAnswers(): Promise<boolean>;
  staticRoot: string;
  listen: { host: string; port: number };
  /**
   * The address people open (scheme, host, port): Host and Origin must be its. Null: this machine at the port
   * listened on (`https://localhost:<port>`), for a server on loopback and the tests (port 0).
   */
  publicUrl: URL | null;
  /** Certificate and key (PEM) when this process terminates TLS; null behind a proxy or on loopback. */
  tls: { cert: Buffer; key: Buffer } | null;
  behindProxy: boolean;
}

export interface TeamServer {
  port: number;
  /** The public address, resolved (with the port chosen when listening on port 0). */
  url: string;
  close(): Promise<void>;
}

const CLOSE_GRACE_MS = 2000;
const TRANSPORT_META = '<meta name="passerelle-transport" content="cookie" />';

/** The page says it is served by a team server: the renderer then signs in with the cookie, no launch token. */
function markIndex(html: string): string {
  return html.replace(/<head>/i, `<head>\n    ${TRANSPORT_META}`);
}

/** A sign-in gets a new session key (never the one the browser came with: no session fixation). */
function channelKind(channel: string): 'login' | 'logout' | 'setup' | 'other' {
  const entry = findChannel(channel);
  if (entry?.domain !== 'auth') return 'other';
  if (entry.action === 'login') return 'login';
  if (entry.action === 'logout') return 'logout';
  if (entry.action === 'setup') return 'setup';
  return 'other';
}

/** HTTP status of an answer: the body says the rest. 503 tells a load balancer to try another process. */
function statusOf(result: ApiResult<unknown>): number {
  if (result.ok) return 200;
  return result.error.reason === 'databaseUnavailable' ? 503 : 200;
}

/**
 * The team server's transport (issue 15): the renderer's files and `POST /api/<domain>/<action>` over HTTPS
 * (or plain HTTP behind a TLS-terminating proxy, or on loopback), for browsers and the desktop app alike. It
 * only establishes who is calling — the session cookie — and that the request comes from the server's own page
 * (Host and Origin are the public address); dispatch does everything else.
 */
export async function startTeamServer(options: TeamServerOptions): Promise<TeamServer> {
  // Known once listening when the port is chosen by the system (publicUrl null).
  let publicUrl: URL = options.publicUrl ?? new URL('https://localhost');
  const publicHost = (): string => publicUrl.host;
  const publicOrigin = (): string => publicUrl.origin;
  const secureHeaders: Record<string, string> =
    options.tls || options.behindProxy ? { 'Strict-Transport-Security': 'max-age=31536000' } : {};

  async function handleApi(request: IncomingMessage, response: ServerResponse, pathname: string): Promise<void> {
    if (request.method !== 'POST') return refuse(response, 405, 'FORBIDDEN', 'methodNotAllowed');
    // Browsers send Origin with every POST: a request without it, or from another site, is not our page's.
    // A stolen cookie is therefore of no use to another origin, and SameSite=Strict keeps it from being sent.
    if (request.headers.origin !== publicOrigin()) return refuse(response, 403, 'FORBIDDEN', 'badOrigin');
    // Not a "simple" request: a form on another site cannot send it without a CORS preflight, never answered.
    if (!isJsonContentType(request.headers['content-type'])) return refuse(response, 415, 'VALIDATION', 'badContentType');
    const body = await readBody(request);
    if (body === null) return refuse(response, 413, 'VALIDATION', 'tooLarge');
    const input = parseJsonBody(body);
    if (!input) return refuse(response, 400, 'VALIDATION', 'badJson');

    const channel = pathname.slice(API_PREFIX.length);
    const kind = channelKind(channel);
    // The first administrator is made on the server (`npm run server -- --create-admin`): a new server on the
    // network must not belong to whoever opens its page first.
    if (kind === 'setup') return refuse(response, 403, 'FORBIDDEN', 'setupOnServer');
    const presented = sessionTokenOf(request.headers.cookie);
    // Without a cookie the caller has no session: a throwaway key that no sign-in ever used.
    const token = kind === 'login' ? newSessionToken() : (presented ?? newSessionToken());
    const result = await options.dispatch({ sessionKey: cookieSessionKey(token) }, channel, input.value);

    const headers: Record<string, string> = { ...secureHeaders };
    if (kind === 'login' && result.ok) {
      if (presented) options.endSession(cookieSessionKey(presented));
      headers['Set-Cookie'] = setSessionCookie(token);
    } else if (kind === 'logout') {
      headers['Set-Cookie'] = clearSessionCookie();
    }
    sendJson(response, statusOf(result), result, headers);
  }

  async function handleHealth(response: ServerResponse): Promise<void> {
    const up = await options.databaseAnswers().catch(() => false);
    response.writeHead(up ? 200 : 503, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' });
    response.end(up ? 'ok' : 'database unavailable');
  }

  const handler = (request: IncomingMessage, response: ServerResponse): void => {
    const rawPath = (request.url ?? '/').split('?')[0]!;
    // Probes come from the machine or the load balancer, by address: no Host to check, nothing personal said.
    if (rawPath === '/health' && request.method === 'GET') {
      void handleHealth(response);
      return;
    }
    // DNS rebinding, or a name the certificate was not made for: only the public address is served.
    if (request.headers.host !== publicHost()) {
      refuse(response, 421, 'FORBIDDEN', 'badHost');
      return;
    }
    const work = rawPath.startsWith(API_PREFIX)
      ? handleApi(request, response, rawPath)
      : serveStatic(request, response, options.staticRoot, rawPath, secureHeaders, markIndex);
    work.catch(() => {
      if (!response.headersSent) refuse(response, 500, 'INTERNAL', 'internal');
      else response.end();
    });
  };

  const server: Server = options.tls ? createHttpsServer({ cert: options.tls.cert, key: options.tls.key }, handler) : createHttpServer(handler);
  // A client that opens a connection and sends nothing does not hold it for ever.
  server.headersTimeout = 20_000;
  server.requestTimeout = 120_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.listen.port, options.listen.host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  if (!options.publicUrl) publicUrl = new URL(`${options.tls || options.behindProxy ? 'https' : 'http'}://localhost:${port}`);
  return {
    port,
    url: publicUrl.origin,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
        setTimeout(() => server.closeAllConnections(), CLOSE_GRACE_MS).unref();
      }),
  };
}
