import { beforeEach, describe, expect, it, vi } from 'vitest';

const fake = await vi.hoisted(async () => (await import('./fake-electron')).createFakeElectron());
vi.mock('electron', () => fake.module);

const { fakeEvent } = await import('./fake-electron');

/** A fresh module per test: "close without asking" is decided once per run of the app. */
async function guard() {
  vi.resetModules();
  const module = await import('../../main/electron/close-guard');
  const window = new fake.BrowserWindow({});
  module.askBeforeClosingUnsaved(window as never);
  const tryToUnload = () => {
    const event = fakeEvent();
    window.webContents.emit('will-prevent-unload', event);
    return event.preventDefault.mock.calls.length > 0 ? 'unloads' : 'stays';
  };
  return { module, window, tryToUnload };
}

describe('closing with unsaved typing', () => {
  beforeEach(() => fake.reset());

  it('asks « Quitter sans enregistrer ? », keeping the typing by default and on Échap', async () => {
    const { window, tryToUnload } = await guard();
    expect(tryToUnload()).toBe('stays');
    const [parent, options] = fake.dialog.showMessageBoxSync.mock.calls[0]! as [unknown, Record<string, unknown>];
    expect(parent).toBe(window);
    expect(options).toMatchObject({
      message: 'Quitter sans enregistrer ?',
      buttons: ['Continuer la saisie', 'Quitter sans enregistrer'],
      defaultId: 0,
      cancelId: 0,
    });
  });

  it('« Quitter sans enregistrer » lets the window close (preventDefault ignores the page’s refusal)', async () => {
    fake.dialog.showMessageBoxSync.mockReturnValue(1);
    const { tryToUnload } = await guard();
    expect(tryToUnload()).toBe('unloads');
  });

  it('never blocks Windows ending the session, nor a quit the app decided (an accepted update)', async () => {
    const first = await guard();
    first.window.emit('session-end', fakeEvent());
    expect(first.tryToUnload()).toBe('unloads');
    expect(fake.dialog.showMessageBoxSync).not.toHaveBeenCalled();

    const second = await guard();
    expect(second.tryToUnload()).toBe('stays');
    second.module.closeWithoutAsking();
    expect(second.tryToUnload()).toBe('unloads');
    expect(fake.dialog.showMessageBoxSync).toHaveBeenCalledTimes(1);
  });
});
