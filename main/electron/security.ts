import { app, type Session, type WebContents } from 'electron';
import { APP_ORIGIN, originOf } from './app-origin';
import { openExternalLink } from './external-link';

/**
 * Keeps every page of the app on its one origin: app://passerelle with the local database, the team
 * server's https origin when connected to one (connection.ts). No navigation or redirect elsewhere, no new
 * windows (https links go to the user's browser instead), no <webview>. Origins are compared parsed, never
 * as text, so `https://server.evil/` or `https://evil/?https://server` stay out.
 */
export function hardenWebContents(contents: WebContents, allowedOrigin: string = APP_ORIGIN): void {
  const allowed = (url: string): boolean => originOf(url) === allowedOrigin;
  contents.on('will-navigate', (event) => {
    if (!allowed(event.url)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (!allowed(event.url)) event.preventDefault();
  });
  contents.setWindowOpenHandler(({ url }) => {
    openExternalLink(url);
    return { action: 'deny' };
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/**
 * The app needs no camera, microphone, location, notifications, clipboard reading, HID/USB/serial devices
 * or anything else a page can ask for: every request and every check is answered no.
 */
export function denyAllPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
}

/**
 * Call before any window exists: the guards then apply to every web contents, DevTools included. The
 * allowed origin is fixed for the life of the process: changing the connection restarts the app.
 */
export function installSecurityGuards(allowedOrigin: string = APP_ORIGIN): void {
  app.on('web-contents-created', (_event, contents) => {
    hardenWebContents(contents, allowedOrigin);
    denyAllPermissions(contents.session);
  });
}
