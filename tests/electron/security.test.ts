import { beforeEach, describe, expect, it, vi } from 'vitest';

const fake = await vi.hoisted(async () => (await import('./fake-electron')).createFakeElectron());
vi.mock('electron', () => fake.module);

const { fakeEvent } = await import('./fake-electron');
const { installSecurityGuards } = await import('../../main/electron/security');
const { openExternalLink } = await import('../../main/electron/external-link');
const { isAppUrl, originOf } = await import('../../main/electron/app-origin');

function guardedContents() {
  installSecurityGuards();
  return fake.createWebContents();
}

describe('navigation guards', () => {
  beforeEach(() => fake.reset());

  it.each(['app://passerelle/index.html', 'app://passerelle/#/users', 'app://passerelle/'])('lets the app move within itself: %s', (url) => {
    const contents = guardedContents();
    for (const name of ['will-navigate', 'will-redirect']) {
      const event = fakeEvent(url);
      contents.emit(name, event);
      expect(event.preventDefault, name).not.toHaveBeenCalled();
    }
  });

  it.each([
    'https://evil.example/',
    'http://127.0.0.1:8080/',
    'file:///etc/passwd',
    'app://other/index.html',
    'app://passerelle.evil.example/',
    'javascript:alert(1)',
    'data:text/html,<script>1</script>',
    'about:blank',
  ])('stops navigation and redirects to %s', (url) => {
    const contents = guardedContents();
    for (const name of ['will-navigate', 'will-redirect']) {
      const event = fakeEvent(url);
      contents.emit(name, event);
      expect(event.preventDefault, name).toHaveBeenCalledTimes(1);
    }
    // Stopping a navigation never opens anything.
    expect(fake.shell.openExternal).not.toHaveBeenCalled();
  });

  it('refuses to attach a <webview>', () => {
    const contents = guardedContents();
    const event = fakeEvent();
    contents.emit('will-attach-webview', event, {}, { src: 'https://evil.example/' });
    expect(event.preventDefault).toHaveBeenCalledTimes(1);
  });

  it('guards every web contents, including those of windows', () => {
    installSecurityGuards();
    const window = new fake.BrowserWindow({});
    expect(window.webContents.windowOpenHandler).not.toBeNull();
    expect(fake.createWebContents().windowOpenHandler).not.toBeNull();
  });
});

describe('navigation guards when connected to a team server', () => {
  beforeEach(() => fake.reset());

  it('allow the server’s origin only, compared parsed', () => {
    installSecurityGuards('https://passerelle.liege.be');
    const contents = fake.createWebContents();
    for (const [url, allowed] of [
      ['https://passerelle.liege.be/', true],
      ['https://passerelle.liege.be/#/loans?id=3', true],
      ['https://PASSERELLE.liege.be:443/', true],
      ['https://passerelle.liege.be.evil.example/', false],
      ['https://evil.example/?https://passerelle.liege.be', false],
      ['https://passerelle.liege.be@evil.example/', false],
      ['http://passerelle.liege.be/', false],
      ['https://passerelle.liege.be:8443/', false],
      ['app://passerelle/index.html', false],
      ['data:text/html,x', false],
    ] as const) {
      for (const name of ['will-navigate', 'will-redirect']) {
        const event = fakeEvent(url);
        contents.emit(name, event);
        expect(event.preventDefault.mock.calls.length, `${name} ${url}`).toBe(allowed ? 0 : 1);
      }
    }
  });
});

describe('new windows and external links', () => {
  beforeEach(() => fake.reset());

  it('denies every new window and hands only https links to the browser', () => {
    const contents = guardedContents();
    const open = contents.windowOpenHandler!;
    expect(open({ url: 'https://www.liege.be/fr' })).toEqual({ action: 'deny' });
    expect(fake.shell.openExternal).toHaveBeenCalledExactlyOnceWith('https://www.liege.be/fr');

    for (const url of [
      'http://www.liege.be/',
      'file:///C:/Windows/System32/calc.exe',
      'javascript:alert(1)',
      'app://passerelle/index.html',
      'smb://server/share',
      'ms-settings:privacy',
      'https://user:secret@evil.example/',
      'not a url',
      '',
    ]) {
      expect(open({ url }), url).toEqual({ action: 'deny' });
    }
    expect(fake.shell.openExternal).toHaveBeenCalledTimes(1);
  });

  it('openExternalLink parses the URL rather than searching it', () => {
    expect(openExternalLink('javascript:alert("https://ok")')).toBe(false);
    expect(openExternalLink('http://evil.example/?https:')).toBe(false);
    expect(openExternalLink('  https://www.liege.be  ')).toBe(true);
    // Handed over normalised, as parsed.
    expect(fake.shell.openExternal).toHaveBeenLastCalledWith('https://www.liege.be/');
    expect(fake.shell.openExternal).toHaveBeenCalledTimes(1);
  });

  it('survives a browser that refuses the link', async () => {
    fake.shell.openExternal.mockRejectedValueOnce(new Error('no handler'));
    expect(openExternalLink('https://www.liege.be/')).toBe(true);
    // Let the rejection settle: an unhandled one would fail the run.
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
});

describe('permissions', () => {
  beforeEach(() => fake.reset());

  it.each(['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fullscreen', 'unknown'])(
    'denies the %s permission on request and on check',
    (permission) => {
      const contents = guardedContents();
      const { session } = contents;
      const callback = vi.fn();
      session.permissionRequestHandler!(contents, permission, callback);
      expect(callback).toHaveBeenCalledExactlyOnceWith(false);
      expect(session.permissionCheckHandler!(contents, permission, 'app://passerelle')).toBe(false);
      expect(session.devicePermissionHandler!({ deviceType: 'usb', origin: 'app://passerelle' })).toBe(false);
    },
  );
});

describe('app origin', () => {
  it('rebuilds the app:// origin that Node reports as opaque', () => {
    expect(new URL('app://passerelle/index.html').origin).toBe('null');
    expect(originOf('app://passerelle/index.html')).toBe('app://passerelle');
    expect(originOf('https://www.liege.be/x')).toBe('https://www.liege.be');
    expect(originOf('::')).toBeNull();
  });

  it('recognises only app://passerelle', () => {
    expect(isAppUrl('app://passerelle/assets/index.js')).toBe(true);
    expect(isAppUrl('app://evil@passerelle/')).toBe(true);
    expect(isAppUrl('app://passerelle@evil/')).toBe(false);
    expect(isAppUrl('app://passerelle.evil/')).toBe(false);
    expect(isAppUrl('https://passerelle/')).toBe(false);
    expect(isAppUrl('blob:app://passerelle/1234')).toBe(false);
    expect(isAppUrl('null')).toBe(false);
  });
});
