const KEY = 'passerelle.lastUserId';

/**
 * Whether this tab was last used by someone else. After a session expires, the same person signing in again
 * returns to the page they were on; anyone else starts from their own first section.
 */
export function isReturningUser(userId: number): boolean {
  try {
    return sessionStorage.getItem(KEY) === String(userId);
  } catch {
    return false;
  }
}

export function rememberUser(userId: number): void {
  try {
    sessionStorage.setItem(KEY, String(userId));
  } catch {
    // Without storage every sign-in starts from the first section, which is fine.
  }
}
