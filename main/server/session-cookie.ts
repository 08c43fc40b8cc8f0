import { randomBytes } from 'node:crypto';

/**
 * The team server's session cookie (issue 15): `__Host-` so that it is only ever set by this exact origin over
 * HTTPS, for the whole site; HttpOnly (no script reads it), Secure, SameSite=Strict (another site's page never
 * sends it). No Max-Age: the browser forgets it when closed, and the server ends it after the idle time anyway
 * (server_sessions). The value is 32 random bytes; the database keeps only its SHA-256.
 */
export const SESSION_COOKIE = '__Host-passerelle';
const VALUE_PATTERN = /^[A-Za-z0-9_-]{43}$/;

export function newSessionToken(): string {
  return randomBytes(32).toString('base64url');
}

/** The session token of a request's Cookie header, or null (absent or not one of ours). */
export function sessionTokenOf(cookieHeader: string | undefined): string | null {
  if (!cookieHeader) return null;
  for (const part of cookieHeader.split(';')) {
    const [name, ...rest] = part.trim().split('=');
    if (name === SESSION_COOKIE) {
      const value = rest.join('=');
      return VALUE_PATTERN.test(value) ? value : null;
    }
  }
  return null;
}

export function setSessionCookie(token: string): string {
  return `${SESSION_COOKIE}=${token}; Path=/; HttpOnly; Secure; SameSite=Strict`;
}

export function clearSessionCookie(): string {
  return `${SESSION_COOKIE}=; Path=/; HttpOnly; Secure; SameSite=Strict; Max-Age=0`;
}

/** The dispatch session key of a cookie's token: its own prefix, so it never meets an IPC or browser-mode key. */
export function cookieSessionKey(token: string): string {
  return `cookie:${token}`;
}
