import { beforeEach, describe, expect, it, vi } from 'vitest';

const fake = await vi.hoisted(async () => (await import('./fake-electron')).createFakeElectron());
vi.mock('electron', () => fake.module);

const { fakeEvent } = await import('./fake-electron');
const { createServerWindow } = await import('../../main/electron/server-window');
const { installSecurityGuards } = await import('../../main/electron/security');
const { MAIN_WINDOW_OPTIONS, NO_BRIDGE_WEB_PREFERENCES } = await import('../../main/electron/window');

const SERVER = 'https://passerelle.liege.be';
const onChange = vi.fn();

function open() {
  installSecurityGuards(SERVER);
  createServerWindow(SERVER, onChange);
  return fake.windows.at(-1)!;
}

type Window = ReturnType<typeof open>;
const lastLoaded = (window: Window) => String(window.loadURL.mock.lastCall![0]);
const shownPage = (window: Window) => decodeURIComponent(lastLoaded(window).split(',').slice(1).join(','));

/** Chromium's did-fail-load: (event, errorCode, errorDescription, validatedURL, isMainFrame). */
function failLoad(window: Window, errorCode: number, url = `${SERVER}/`, isMainFrame = true) {
  window.webContents.emit('did-fail-load', fakeEvent(), errorCode, 'ERR', url, isMainFrame);
}

function click(window: Window, url: string) {
  const event = fakeEvent(url);
  window.webContents.emit('will-navigate', event);
  return event;
}

describe('the window of a team server', () => {
  beforeEach(() => {
    fake.reset();
    onChange.mockClear();
  });

  it('shows the server’s page, without the preload, with the app’s isolation and sandbox', () => {
    const window = open();
    expect(window.loadURL).toHaveBeenCalledExactlyOnceWith(`${SERVER}/`);
    const prefs = window.options.webPreferences as Record<string, unknown>;
    expect(prefs).not.toHaveProperty('preload');
    expect(prefs).toEqual(NO_BRIDGE_WEB_PREFERENCES);
    expect(prefs).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true, allowRunningInsecureContent: false });
    expect(window.options).toMatchObject(MAIN_WINDOW_OPTIONS);
  });

  it('never accepts a certificate Chromium refused', () => {
    const window = open();
    expect(window.webContents.listenerCount('certificate-error')).toBe(0);
    expect(fake.app.listenerCount('certificate-error')).toBe(0);
  });

  it('stays on the server’s origin', () => {
    const window = open();
    for (const url of [`${SERVER}/#/loans`, `${SERVER}/index.html?x=1`]) {
      expect(click(window, url).preventDefault, url).not.toHaveBeenCalled();
    }
    for (const url of ['https://evil.example/', 'https://passerelle.liege.be.evil.example/', 'http://passerelle.liege.be/', 'https://passerelle.liege.be:8443/', 'app://passerelle/index.html', 'file:///C:/']) {
      expect(click(window, url).preventDefault, url).toHaveBeenCalledTimes(1);
      const redirect = fakeEvent(url);
      window.webContents.emit('will-redirect', redirect);
      expect(redirect.preventDefault, url).toHaveBeenCalledTimes(1);
    }
  });

  it.each([
    ['no network', -106],
    ['a refused certificate', -202],
    ['a name that does not resolve', -105],
  ])('shows the local “server does not answer” page on %s', (_name, code) => {
    const window = open();
    failLoad(window, code);
    expect(lastLoaded(window).startsWith('data:text/html')).toBe(true);
    const page = shownPage(window);
    expect(page).toContain('Le serveur Passerelle ne répond pas (adresse https://passerelle.liege.be). Vérifiez la connexion réseau ou contactez le service informatique.');
    expect(page).toContain('Réessayer');
    expect(page).toContain('Changer de connexion');
    expect(page).not.toContain('<script');
    expect(window.show).toHaveBeenCalled();
  });

  it('shows it too when a proxy answers for a stopped server', () => {
    const window = open();
    window.webContents.emit('did-navigate', fakeEvent(), `${SERVER}/`, 502);
    expect(shownPage(window)).toContain('ne répond pas');
  });

  it('ignores a cancelled load, a subframe and its own page', () => {
    const window = open();
    failLoad(window, -3);
    failLoad(window, -106, `${SERVER}/frame`, false);
    failLoad(window, -106, 'data:text/html,x');
    window.webContents.emit('did-navigate', fakeEvent(), `${SERVER}/`, 200);
    expect(window.loadURL).toHaveBeenCalledTimes(1);
  });

  it('retries, or opens the chooser, from the buttons of that page', () => {
    const window = open();
    failLoad(window, -106);
    const retry = click(window, 'app://passerelle/connexion/reessayer');
    expect(retry.preventDefault).toHaveBeenCalled();
    expect(lastLoaded(window)).toBe(`${SERVER}/`);
    failLoad(window, -106);
    click(window, 'app://passerelle/connexion/changer');
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  it('obeys no such button from the server’s own page', () => {
    const window = open();
    const loads = window.loadURL.mock.calls.length;
    expect(click(window, 'app://passerelle/connexion/changer').preventDefault).toHaveBeenCalled();
    click(window, 'app://passerelle/connexion/reessayer');
    click(window, 'app://passerelle/connexion/serveur?adresse=https://evil.example');
    expect(onChange).not.toHaveBeenCalled();
    expect(window.loadURL).toHaveBeenCalledTimes(loads);
  });
});
