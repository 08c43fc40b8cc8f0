import { app, type Session, type WebContents } from 'electron';
import { isAppUrl } from './app-origin';
import { openExternalLink } from './external-link';

/**
 * Keeps every page of the app on app://passerelle: no navigation or redirect elsewhere, no new windows
 * (https links go to the user's browser instead), no <webview>.
 */
export function hardenWebContents(contents: WebContents): void {
  contents.on('will-navigate', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault();
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

/** Call before any window exists: the guards then apply to every web contents, DevTools included. */
export function installSecurityGuards(): void {
  app.on('web-contents-created', (_event, contents) => {
    hardenWebContents(contents);
    denyAllPermissions(contents.session);
  });
}
