import { shell } from 'electron';

/**
 * The one way out of the app to the user's browser. Only `https:` links go: `file:`, `http:`, `javascript:`,
 * `smb:` or a custom protocol handed to the OS could run or expose something on the user's machine. Links
 * with credentials (`https://user@host`) are refused too: they are a phishing disguise, never a real need.
 * Returns whether the link was handed to the OS.
 */
export function openExternalLink(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol !== 'https:' || parsed.username !== '' || parsed.password !== '') return false;
  shell.openExternal(parsed.href).catch(() => {
    // No browser, or the OS refused: there is nothing more the app could do, and the page must not crash.
  });
  return true;
}
