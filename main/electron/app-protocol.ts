import { readFile } from 'node:fs/promises';
import { protocol } from 'electron';
import { APP_HOST, APP_SCHEME } from './app-origin';
import { contentTypeOf, resolveStaticFile } from '../static-files';
import { SECURITY_HEADERS } from '../security-policy';

/**
 * Must run before the app is ready. `standard` gives app:// real origins and relative URL resolution,
 * `secure` makes it a secure context (like https), `supportFetchAPI` lets the page fetch its own files.
 * No `bypassCSP`: the renderer's CSP applies in full.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

function plain(status: number, text: string): Response {
  return new Response(text, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8', ...SECURITY_HEADERS } });
}

/**
 * Answers one app:// request from the built renderer in `root`, with the same headers (CSP first) as
 * browser mode. Any other host, any method but GET/HEAD and any path that would leave `root` is refused.
 */
export async function respondToAppRequest(request: Pick<Request, 'url' | 'method'>, root: string): Promise<Response> {
  let url: URL;
  try {
    url = new URL(request.url);
  } catch {
    return plain(400, 'Bad request');
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return plain(404, 'Not found');
  if (request.method !== 'GET' && request.method !== 'HEAD') return plain(405, 'Method not allowed');
  const file = resolveStaticFile(root, url.pathname);
  if (!file) return plain(404, 'Not found');
  const content = await readFile(file);
  return new Response(request.method === 'HEAD' ? null : new Uint8Array(content), {
    status: 200,
    headers: { 'Content-Type': contentTypeOf(file), 'Cache-Control': 'no-cache', ...SECURITY_HEADERS },
  });
}

/** Call once the app is ready. */
export function serveRenderer(root: string): void {
  protocol.handle(APP_SCHEME, (request) => respondToAppRequest(request, root));
}
