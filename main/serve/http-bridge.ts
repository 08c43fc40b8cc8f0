import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { timingSafeEqual } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { Dispatch } from '../dispatch';
import { isJsonContentType } from './json-content-type';
import { API_PREFIX, parseJsonBody, readBody, refuse, sendJson, serveStatic } from './http-common';

export const LOOPBACK_HOST = '127.0.0.1';
/** A random id per browser tab: it keys that tab's session (the token alone would share one session). */
const CLIENT_ID_PATTERN = /^[A-Za-z0-9_-]{16,128}$/;

export interface HttpBridgeOptions {
  dispatch: Dispatch;
  staticRoot: string;
  /** 0 picks a free port. */
  port: number;
  /** The per-launch secret every API request must carry as `Authorization: Bearer <token>`. */
  token: string;
}

export interface HttpBridge {
  port: number;
  /** The address to open, with the token in the fragment (never sent to the server or written to logs). */
  url: string;
  close(): Promise<void>;
}

/** How long an in-flight request may finish when the server stops. */
const CLOSE_GRACE_MS = 1000;

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * Browser mode's transport: the renderer's files and `POST /api/<domain>/<action>`, on 127.0.0.1 only.
 * Like the IPC transport it only establishes who is calling; everything else is dispatch's job.
 */
export async function startHttpBridge(options: HttpBridgeOptions): Promise<HttpBridge> {
  let port = options.port;
  const allowedHosts = (): string[] => [`${LOOPBACK_HOST}:${port}`, `localhost:${port}`];
  const allowedOrigins = (): string[] => allowedHosts().map((host) => `http://${host}`);

  async function handleApi(request: IncomingMessage, response: ServerResponse, pathname: string): Promise<void> {
    if (request.method !== 'POST') return refuse(response, 405, 'FORBIDDEN', 'methodNotAllowed');
    // A page from another site may send requests here; only our own origin (or a non-browser client holding
    // the token) gets through.
    const origin = request.headers.origin;
    if (origin !== undefined && !allowedOrigins().includes(origin)) return refuse(response, 403, 'FORBIDDEN', 'badOrigin');
    const authorization = request.headers.authorization ?? '';
    const token = authorization.startsWith('Bearer ') ? authorization.slice('Bearer '.length) : '';
    if (!sameSecret(token, options.token)) return refuse(response, 401, 'UNAUTHENTICATED', 'badToken');
    const clientId = request.headers['x-passerelle-client'];
    if (typeof clientId !== 'string' || !CLIENT_ID_PATTERN.test(clientId)) {
      return refuse(response, 400, 'VALIDATION', 'badClientId');
    }
    if (!isJsonContentType(request.headers['content-type'])) {
      return refuse(response, 415, 'VALIDATION', 'badContentType');
    }
    const body = await readBody(request);
    if (body === null) return refuse(response, 413, 'VALIDATION', 'tooLarge');
    const input = parseJsonBody(body);
    if (!input) return refuse(response, 400, 'VALIDATION', 'badJson');
    const result = await options.dispatch({ sessionKey: `http:${clientId}` }, pathname.slice(API_PREFIX.length), input.value);
    sendJson(response, 200, result);
  }

  const server: Server = createServer((request, response) => {
    // DNS rebinding: a hostile name resolving to 127.0.0.1 still sends its own Host header.
    if (!allowedHosts().includes(request.headers.host ?? '')) {
      refuse(response, 421, 'FORBIDDEN', 'badHost');
      return;
    }
    // Only the raw path is used: it is checked before any decoding by the static resolver.
    const rawPath = (request.url ?? '/').split('?')[0]!;
    const work = rawPath.startsWith(API_PREFIX)
      ? handleApi(request, response, rawPath)
      : serveStatic(request, response, options.staticRoot, rawPath);
    work.catch(() => {
      if (!response.headersSent) refuse(response, 500, 'INTERNAL', 'internal');
      else response.end();
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, LOOPBACK_HOST, () => resolve());
  });
  port = (server.address() as AddressInfo).port;

  return {
    port,
    url: `http://${LOOPBACK_HOST}:${port}/#token=${options.token}`,
    // An open tab keeps connections alive (and may be mid-request): close idle ones now and the rest after
    // a short grace, so Ctrl+C (and test teardown) never waits for the browser to let go.
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
        setTimeout(() => server.closeAllConnections(), CLOSE_GRACE_MS).unref();
      }),
  };
}
