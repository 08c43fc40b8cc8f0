/**
 * Browser mode's credentials. `npm run serve` prints `http://127.0.0.1:PORT/#token=…`: the token travels in
 * the fragment so it is never sent to the server in a URL or written to its logs. It is read once at start,
 * kept in this tab's sessionStorage and removed from the address bar before the hash router mounts.
 */
const TOKEN_KEY = 'passerelle.token';
const CLIENT_ID_KEY = 'passerelle.clientId';
const TOKEN_FRAGMENT = /^#token=([A-Za-z0-9_\-.~%]+)$/;

/** Must run before the router mounts: the router would read `#token=…` as a route. */
export function captureTokenFromLocation(): void {
  const match = TOKEN_FRAGMENT.exec(window.location.hash);
  if (!match) return;
  sessionStorage.setItem(TOKEN_KEY, decodeURIComponent(match[1]!));
  const { pathname, search } = window.location;
  window.history.replaceState(null, '', `${pathname}${search}#/`);
}

export function readToken(): string | null {
  return sessionStorage.getItem(TOKEN_KEY);
}

export function forgetToken(): void {
  sessionStorage.removeItem(TOKEN_KEY);
}

function randomClientId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(32));
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/**
 * A random id per tab: the server keys the session on it, so two tabs are two sessions. sessionStorage
 * survives a reload of the tab (the user stays signed in) but is not shared with other tabs.
 */
export function clientId(): string {
  let id = sessionStorage.getItem(CLIENT_ID_KEY);
  if (!id) {
    id = randomClientId();
    sessionStorage.setItem(CLIENT_ID_KEY, id);
  }
  return id;
}
