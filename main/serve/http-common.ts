import { readFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { basename } from 'node:path';
import { contentTypeOf, resolveStaticFile } from '../static-files';
import { SECURITY_HEADERS } from '../security-policy';
import type { ApiResult, ErrorCode } from '../../shared/api/result';
import type { ErrorReason } from '../../shared/api/error-reasons';

/**
 * What browser mode's bridge (main/serve/http-bridge.ts) and the team server (main/server/https-transport.ts)
 * do alike: answer JSON, read a bounded body, serve the renderer's files.
 */

/** Above the largest input the contract allows (an 8 MiB CSV upload, base64 inside JSON). */
export const MAX_BODY_BYTES = 12 * 1024 * 1024;
export const API_PREFIX = '/api/';

export function sendJson(response: ServerResponse, status: number, body: ApiResult<unknown>, headers: Record<string, string | string[]> = {}): void {
  response.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
    ...SECURITY_HEADERS,
    ...headers,
  });
  response.end(JSON.stringify(body));
}

export function refuse(response: ServerResponse, status: number, code: ErrorCode, reason: ErrorReason): void {
  sendJson(response, status, { ok: false, error: { code, message: reason, reason } });
}

/** The body as text, or null when it is larger than MAX_BODY_BYTES. */
export async function readBody(request: IncomingMessage): Promise<string | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) return null;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** The JSON of a body ('' is `{}`), or undefined when it is not JSON. */
export function parseJsonBody(body: string): { value: unknown } | undefined {
  try {
    return { value: body === '' ? {} : JSON.parse(body) };
  } catch {
    return undefined;
  }
}

/**
 * Serves a file of the renderer (GET and HEAD only). `rewriteIndex` lets a transport mark the page it serves
 * (the team server says so in index.html, so the page signs in with a cookie rather than a launch token).
 */
export async function serveStatic(
  request: IncomingMessage,
  response: ServerResponse,
  root: string,
  pathname: string,
  extraHeaders: Record<string, string> = {},
  rewriteIndex?: (html: string) => string,
): Promise<void> {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.writeHead(405, { ...SECURITY_HEADERS, ...extraHeaders }).end();
    return;
  }
  const file = resolveStaticFile(root, pathname);
  if (!file) {
    response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8', ...SECURITY_HEADERS, ...extraHeaders }).end('Not found');
    return;
  }
  let content: Buffer = await readFile(file);
  if (rewriteIndex && basename(file) === 'index.html') content = Buffer.from(rewriteIndex(content.toString('utf8')), 'utf8');
  response.writeHead(200, { 'Content-Type': contentTypeOf(file), 'Cache-Control': 'no-cache', ...SECURITY_HEADERS, ...extraHeaders });
  response.end(request.method === 'HEAD' ? undefined : content);
}
