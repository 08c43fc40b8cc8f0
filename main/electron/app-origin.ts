/** The renderer is served from `app://passerelle/`, never from `file://`, so it has an origin of its own. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'passerelle';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/**
 * The origin of a URL as Chromium sees it, or null when the URL does not parse. Node's `URL.origin` is
 * `'null'` for every scheme it does not know, `app:` included, although Chromium gives a registered
 * standard scheme a real `scheme://host[:port]` origin; so `app:` URLs are rebuilt from the parsed parts.
 * Parsing (never substring tests) keeps `app://passerelle.evil/` or `https://evil/?app://passerelle` out.
 */
export function originOf(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol === `${APP_SCHEME}:`) return `${parsed.protocol}//${parsed.host}`;
  return parsed.origin;
}

export function isAppUrl(url: string): boolean {
  return originOf(url) === APP_ORIGIN;
}
