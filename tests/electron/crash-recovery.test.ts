import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createMemoryLogger } from '../../main/log';

const fake = await vi.hoisted(async () => (await import('./fake-electron')).createFakeElectron());
vi.mock('electron', () => fake.module);

const { recoverFromCrashes, CRASH_LOOP_MS } = await import('../../main/electron/crash-recovery');
const { registerIpc } = await import('../../main/electron/ipc');
const { fakeEvent } = await import('./fake-electron');

type Window = (typeof fake.windows)[number];
type MessageBoxOptions = { message: string; buttons: string[]; defaultId?: number; cancelId?: number; signal?: AbortSignal };

let clock = 1_000_000;
let logger: ReturnType<typeof createMemoryLogger>;
let quit: ReturnType<typeof vi.fn<() => void>>;

function open(): Window {
  const window = new fake.BrowserWindow({});
  recoverFromCrashes(window as never, { logger, now: () => clock, quit });
  return window;
}

const crash = (window: Window, reason = 'crashed') => window.webContents.emit('render-process-gone', fakeEvent(), { reason, exitCode: 1 });
const boxes = () => fake.dialog.showMessageBox.mock.calls.map((call) => call[1] as MessageBoxOptions);
/** Lets the promise of the dialog's answer run its `then`. */
const answered = () => new Promise((done) => setTimeout(done, 0));

describe('a crashed page', () => {
  beforeEach(() => {
    fake.reset();
    clock = 1_000_000;
    logger = createMemoryLogger();
    quit = vi.fn<() => void>();
  });

  it('is reloaded once by itself, and the user is told in plain French that typing may be lost', () => {
    const window = open();
    crash(window);
    expect(window.webContents.reload).toHaveBeenCalledTimes(1);
    expect(boxes()).toHaveLength(1);
    expect(boxes()[0]!.message).toContain('vient d’être rechargée');
    expect(JSON.stringify(boxes()[0])).toContain('vous restez connecté');
    expect(fake.dialog.showMessageBox.mock.calls[0]![0]).toBe(window);
    expect(logger.entries).toEqual([{ level: 'info', event: 'window.renderProcessGone', reason: 'crashed', exitCode: 1 }]);
  });

  it('crashing again within a minute asks « Recharger » / « Quitter Passerelle » instead of looping', async () => {
    const window = open();
    crash(window);
    clock += CRASH_LOOP_MS - 1;
    fake.dialog.showMessageBox.mockResolvedValue({ response: 1, checkboxChecked: false });
    crash(window, 'oom');
    expect(window.webContents.reload).toHaveBeenCalledTimes(1);
    expect(boxes()[1]!).toMatchObject({ buttons: ['Recharger', 'Quitter Passerelle'], defaultId: 0 });
    expect(boxes()[1]!.message).toContain('de nouveau');
    await answered();
    expect(quit).toHaveBeenCalledTimes(1);
  });

  it('« Recharger » after a second crash reloads, and a third crash soon after asks again', async () => {
    const window = open();
    crash(window);
    clock += 5_000;
    fake.dialog.showMessageBox.mockResolvedValue({ response: 0, checkboxChecked: false });
    crash(window);
    await answered();
    expect(window.webContents.reload).toHaveBeenCalledTimes(2);
    clock += 5_000;
    crash(window);
    await answered();
    expect(boxes()[2]!.buttons).toEqual(['Recharger', 'Quitter Passerelle']);
    expect(quit).not.toHaveBeenCalled();
  });

  it('a crash long after the last one is reloaded by itself again', () => {
    const window = open();
    crash(window);
    clock += CRASH_LOOP_MS + 1;
    crash(window);
    expect(window.webContents.reload).toHaveBeenCalledTimes(2);
    expect(boxes().map((box) => box.buttons)).toEqual([['OK'], ['OK']]);
  });

  it('a clean exit, or a window already closed, is not a crash', () => {
    const window = open();
    crash(window, 'clean-exit');
    window.destroyed = true;
    crash(window);
    expect(window.webContents.reload).not.toHaveBeenCalled();
    expect(fake.dialog.showMessageBox).not.toHaveBeenCalled();
  });

  it('keeps the IPC session: a reload is the same web contents, a new window is another session', () => {
    const core = { dispatch: vi.fn(), endSession: vi.fn() };
    registerIpc(core as never);
    const window = open();
    const id = window.webContents.id;
    crash(window);
    expect(window.webContents.reload).toHaveBeenCalledTimes(1);
    expect(window.webContents.id).toBe(id);
    expect(core.endSession).not.toHaveBeenCalled();
    const other = open();
    expect(other.webContents.id).not.toBe(id);
    window.webContents.emit('destroyed');
    expect(core.endSession).toHaveBeenCalledExactlyOnceWith(`ipc:${id}`);
  });
});

describe('a hung page', () => {
  beforeEach(() => {
    fake.reset();
    clock = 1_000_000;
    logger = createMemoryLogger();
    quit = vi.fn<() => void>();
  });

  it('asks « Recharger » / « Attendre », waiting by default; « Attendre » changes nothing', async () => {
    fake.dialog.showMessageBox.mockResolvedValue({ response: 1, checkboxChecked: false });
    const window = open();
    window.emit('unresponsive');
    window.emit('unresponsive');
    expect(boxes()).toHaveLength(1);
    const box = boxes()[0]!;
    expect(box.buttons).toEqual(['Recharger', 'Attendre']);
    expect(box.defaultId).toBe(1);
    expect(box.cancelId).toBe(1);
    expect(box.message).toContain('ne répond plus');
    await answered();
    expect(window.webContents.reload).not.toHaveBeenCalled();
    expect(window.webContents.forcefullyCrashRenderer).not.toHaveBeenCalled();
  });

  it('« Recharger » ends the hung process and reloads, without treating that end as a crash', async () => {
    fake.dialog.showMessageBox.mockResolvedValueOnce({ response: 0, checkboxChecked: false });
    const window = open();
    window.emit('unresponsive');
    await answered();
    expect(window.webContents.forcefullyCrashRenderer).toHaveBeenCalledTimes(1);
    expect(window.webContents.reload).toHaveBeenCalledTimes(1);
    expect(window.webContents.forcefullyCrashRenderer.mock.invocationCallOrder[0]!).toBeLessThan(window.webContents.reload.mock.invocationCallOrder[0]!);
    crash(window, 'killed');
    expect(window.webContents.reload).toHaveBeenCalledTimes(1);
    expect(boxes()).toHaveLength(1);
    // A real crash afterwards is handled as usual.
    crash(window);
    expect(window.webContents.reload).toHaveBeenCalledTimes(2);
  });

  it('the question goes away when the page answers again, and its late answer is ignored', async () => {
    let answer: (value: { response: number; checkboxChecked: boolean }) => void = () => {};
    fake.dialog.showMessageBox.mockImplementationOnce(() => new Promise((resolve) => (answer = resolve)));
    const window = open();
    window.emit('unresponsive');
    const signal = boxes()[0]!.signal!;
    expect(signal.aborted).toBe(false);
    window.emit('responsive');
    expect(signal.aborted).toBe(true);
    answer({ response: 0, checkboxChecked: false });
    await answered();
    expect(window.webContents.reload).not.toHaveBeenCalled();
    // A new hang asks again.
    window.emit('unresponsive');
    expect(boxes()).toHaveLength(2);
  });
});
