import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const fake = await vi.hoisted(async () => (await import('./fake-electron')).createFakeElectron());
vi.mock('electron', () => fake.module);

const { fakeEvent } = await import('./fake-electron');
const { openConnectionChooser } = await import('../../main/electron/connection-chooser');
const { readConnection, writeConnection } = await import('../../main/electron/connection');
const { NO_BRIDGE_WEB_PREFERENCES, WEB_PREFERENCES } = await import('../../main/electron/window');

let userData: string;
const onChosen = vi.fn();

function open() {
  const window = openConnectionChooser({ userData, onChosen });
  return { window: fake.windows.at(-1)!, returned: window };
}

/** Submits one of the page's forms, as Chromium would announce it. */
function submit(window: ReturnType<typeof open>['window'], url: string) {
  const event = fakeEvent(url);
  window.webContents.emit('will-navigate', event);
  return event;
}

const serverForm = (address: string) => `app://passerelle/connexion/serveur?adresse=${encodeURIComponent(address)}`;
/** The chooser page's HTML, decoded from the data: URL last loaded. */
const shownPage = (window: ReturnType<typeof open>['window']) => decodeURIComponent(String(window.loadURL.mock.lastCall![0]).split(',').slice(1).join(','));

describe('choosing the connection', () => {
  beforeEach(() => {
    fake.reset();
    onChosen.mockClear();
    userData = mkdtempSync(join(tmpdir(), 'passerelle-chooser-'));
  });
  afterEach(() => rmSync(userData, { recursive: true, force: true }));

  it('opens a page without preload, with the app’s sandbox and isolation', () => {
    const { window, returned } = open();
    expect(returned).toBe(window);
    const prefs = window.options.webPreferences as Record<string, unknown>;
    expect(prefs).toEqual(NO_BRIDGE_WEB_PREFERENCES);
    expect(prefs).not.toHaveProperty('preload');
    expect(prefs).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true });
    expect(Object.keys(prefs).sort()).toEqual(Object.keys(WEB_PREFERENCES).filter((key) => key !== 'preload').sort());
    const page = shownPage(window);
    expect(page).toContain('Base locale sur ce PC');
    expect(page).toContain('Serveur partagé');
    expect(page).not.toContain('<script');
    // No script at all, and forms may only target the app's action addresses.
    expect(page).toContain("default-src 'none'");
    expect(page).toContain('form-action app:;');
  });

  it('saves the local database and hands the choice over', () => {
    writeConnection(userData, { mode: 'server', url: 'https://passerelle.liege.be' });
    const { window } = open();
    const event = submit(window, 'app://passerelle/connexion/locale');
    expect(event.preventDefault).toHaveBeenCalledTimes(1);
    expect(readConnection(userData)).toEqual({ kind: 'chosen', connection: { mode: 'local' } });
    expect(onChosen).toHaveBeenCalledExactlyOnceWith({ mode: 'local' });
  });

  it('saves a server that answers as Passerelle, as its origin', async () => {
    const { window } = open();
    submit(window, serverForm(' https://Passerelle.Liege.be/ '));
    await vi.waitFor(() => expect(onChosen).toHaveBeenCalledTimes(1));
    expect(fake.net.fetch).toHaveBeenCalledTimes(1);
    expect(fake.net.fetch.mock.calls[0]![0]).toBe('https://passerelle.liege.be/health');
    expect(readConnection(userData)).toEqual({ kind: 'chosen', connection: { mode: 'server', url: 'https://passerelle.liege.be' } });
    expect(onChosen).toHaveBeenCalledWith({ mode: 'server', url: 'https://passerelle.liege.be' });
  });

  it.each([
    ['http://passerelle.liege.be', 'https://'],
    ['https://passerelle.liege.be/passerelle', 'sans chemin'],
    ['https://admin:secret@passerelle.liege.be', 'mot de passe'],
    ['passerelle', 'adresse complète'],
  ])('refuses %s without asking it anything, and says why', (address, why) => {
    writeConnection(userData, { mode: 'local' });
    const { window } = open();
    submit(window, serverForm(address));
    expect(fake.net.fetch).not.toHaveBeenCalled();
    expect(onChosen).not.toHaveBeenCalled();
    expect(readConnection(userData)).toEqual({ kind: 'chosen', connection: { mode: 'local' } });
    const page = shownPage(window);
    expect(page).toContain(why);
    // What was typed stays in the field, escaped.
    expect(page).toContain('value="');
  });

  it.each([
    ['unreachable', () => Promise.reject(new Error('net::ERR_NAME_NOT_RESOLVED')), 'ne répond pas'],
    ['certificate refused', () => Promise.reject(new Error('net::ERR_CERT_AUTHORITY_INVALID')), 'certificat du serveur est refusé'],
    ['another site', () => Promise.resolve(new Response('<html>Intranet</html>', { status: 200 })), 'pas un serveur Passerelle'],
    ['a server without its database', () => Promise.resolve(new Response('database unavailable', { status: 503 })), 'pas un serveur Passerelle'],
  ])('keeps the previous choice when the server is %s', async (_name, answer, why) => {
    writeConnection(userData, { mode: 'server', url: 'https://ancien.liege.be' });
    fake.net.fetch.mockImplementation(answer);
    const { window } = open();
    const pagesBefore = window.loadURL.mock.calls.length;
    submit(window, serverForm('https://nouveau.liege.be'));
    // The "checking" page, then the answer.
    await vi.waitFor(() => expect(window.loadURL.mock.calls.length).toBe(pagesBefore + 2));
    expect(decodeURIComponent(String(window.loadURL.mock.calls[pagesBefore]![0]))).toContain('Vérification de l’adresse');
    expect(shownPage(window)).toContain(why);
    expect(shownPage(window)).toContain('value="https://nouveau.liege.be"');
    expect(onChosen).not.toHaveBeenCalled();
    expect(readConnection(userData)).toEqual({ kind: 'chosen', connection: { mode: 'server', url: 'https://ancien.liege.be' } });
  });

  it('asks the server once when the button is pressed again during the check', async () => {
    let answer: (response: Response) => void = () => {};
    fake.net.fetch.mockImplementation(() => new Promise<Response>((resolve) => (answer = resolve)));
    const { window } = open();
    submit(window, serverForm('https://passerelle.liege.be'));
    submit(window, serverForm('https://autre.liege.be'));
    submit(window, 'app://passerelle/connexion/locale');
    expect(fake.net.fetch).toHaveBeenCalledTimes(1);
    answer(new Response('ok', { status: 200 }));
    await vi.waitFor(() => expect(onChosen).toHaveBeenCalledTimes(1));
    expect(onChosen).toHaveBeenCalledWith({ mode: 'server', url: 'https://passerelle.liege.be' });
  });

  it('escapes the typed address in the page', () => {
    const { window } = open();
    submit(window, serverForm('"><img src=x onerror=alert(1)>'));
    const page = shownPage(window);
    expect(page).not.toContain('<img');
    expect(page).toContain('&#34;&#62;&#60;img');
  });

  it('never follows a navigation, and ignores anything but its own buttons', () => {
    const { window } = open();
    for (const url of ['https://evil.example/', 'app://passerelle/index.html', 'app://passerelle/connexion/inconnu']) {
      expect(submit(window, url).preventDefault, url).toHaveBeenCalledTimes(1);
    }
    expect(onChosen).not.toHaveBeenCalled();
    expect(readConnection(userData)).toEqual({ kind: 'missing' });
  });
});
