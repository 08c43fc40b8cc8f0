import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const fake = await vi.hoisted(async () => (await import('./fake-electron')).createFakeElectron());
vi.mock('electron', () => fake.module);

const { placementOnDisplays, readWindowState, rememberWindowState, restoreWindowPlacement, SAVE_DELAY_MS, WINDOW_STATE_FILE } = await import(
  '../../main/electron/window-state'
);
const { createMainWindow } = await import('../../main/electron/window');
const { fakeDisplay, fakeEvent } = await import('./fake-electron');

let userData: string;
const stateFile = () => join(userData, WINDOW_STATE_FILE);
const saved = () => JSON.parse(readFileSync(stateFile(), 'utf8')) as unknown;
const laptop = { x: 0, y: 0, width: 1366, height: 728 };
const dock = { x: 1366, y: 0, width: 1920, height: 1040 };

describe('the window opens where it was left', () => {
  beforeEach(() => {
    fake.reset();
    userData = mkdtempSync(join(tmpdir(), 'passerelle-window-state-'));
  });
  afterEach(() => {
    vi.useRealTimers();
    rmSync(userData, { recursive: true, force: true });
  });

  const state = { x: 100, y: 50, width: 1200, height: 700, maximized: false };

  it('on a display connected now: its size, position and maximised state', () => {
    expect(placementOnDisplays(state, [laptop])).toEqual({ bounds: { x: 100, y: 50, width: 1200, height: 700 }, maximized: false });
    expect(placementOnDisplays({ ...state, x: 1500, maximized: true }, [laptop, dock])).toEqual({
      bounds: { x: 1500, y: 50, width: 1200, height: 700 },
      maximized: true,
    });
  });

  it('off every display (the docking station unplugged), or with its title bar out of reach: centred at the default size', () => {
    expect(placementOnDisplays({ ...state, x: 1500 }, [laptop])).toEqual({});
    expect(placementOnDisplays({ ...state, y: -20 }, [laptop])).toEqual({});
    expect(placementOnDisplays({ ...state, y: 710 }, [laptop])).toEqual({});
    // Only 50 px of the title bar on screen: too little to grab.
    expect(placementOnDisplays({ ...state, x: 1316 }, [laptop])).toEqual({});
    expect(placementOnDisplays({ ...state, x: 1266 }, [laptop])).toMatchObject({ bounds: { x: 1266 } });
    expect(placementOnDisplays(null, [laptop])).toEqual({});
  });

  it('shrinks to a display that got smaller', () => {
    expect(placementOnDisplays({ ...state, x: 0, y: 0, width: 1900, height: 1000 }, [laptop])).toEqual({
      bounds: { x: 0, y: 0, width: 1366, height: 728 },
      maximized: false,
    });
  });

  it('ignores a missing, broken or strange file', () => {
    expect(readWindowState(stateFile())).toBeNull();
    for (const text of ['{', 'null', '[]', '{"x":1,"y":2,"width":800,"height":600}', '{"x":"1","y":2,"width":800,"height":600,"maximized":false}', JSON.stringify({ ...state, width: -5 }), JSON.stringify({ ...state, extra: 1 })]) {
      writeFileSync(stateFile(), text);
      expect(readWindowState(stateFile()), text).toBeNull();
      expect(restoreWindowPlacement(userData), text).toEqual({});
    }
    writeFileSync(stateFile(), JSON.stringify(state));
    expect(readWindowState(stateFile())).toEqual(state);
  });

  it('reads the displays Electron lists now', () => {
    writeFileSync(stateFile(), JSON.stringify({ ...state, x: 2000 }));
    fake.screen.displays = [fakeDisplay(1, 0, 0, 1366, 768)];
    expect(restoreWindowPlacement(userData)).toEqual({});
    fake.screen.displays = [fakeDisplay(1, 0, 0, 1366, 768), fakeDisplay(2, 1366, 0, 1920, 1080)];
    expect(restoreWindowPlacement(userData)).toEqual({ bounds: { x: 2000, y: 50, width: 1200, height: 700 }, maximized: false });
    expect(fake.screen.getAllDisplays).toHaveBeenCalled();
  });

  it('the factory opens the window there, and maximises it before showing it', () => {
    createMainWindow({ bounds: { x: 100, y: 50, width: 1200, height: 700 }, maximized: true });
    const window = fake.windows[0]!;
    expect(window.options).toMatchObject({ x: 100, y: 50, width: 1200, height: 700, title: 'Passerelle' });
    expect(window.maximize).not.toHaveBeenCalled();
    window.emit('ready-to-show');
    expect(window.maximize).toHaveBeenCalledTimes(1);
    expect(window.show).toHaveBeenCalledTimes(1);
    // Without a saved state: no position (Electron centres the window), not maximised.
    createMainWindow();
    expect(fake.windows[1]!.options).not.toHaveProperty('x');
    fake.windows[1]!.emit('ready-to-show');
    expect(fake.windows[1]!.maximize).not.toHaveBeenCalled();
  });

  it('is written on close: the normal bounds and whether it is maximised', () => {
    const window = new fake.BrowserWindow({ width: 1280, height: 820 });
    rememberWindowState(window as never, userData);
    window.bounds = { x: 30, y: 40, width: 1000, height: 700 };
    window.maximized = true;
    window.emit('close', fakeEvent());
    expect(saved()).toEqual({ x: 30, y: 40, width: 1000, height: 700, maximized: true });
    expect(existsSync(`${stateFile()}.tmp`)).toBe(false);
    // What was written is read back the same.
    expect(readWindowState(stateFile())).toEqual({ x: 30, y: 40, width: 1000, height: 700, maximized: true });
  });

  it('is written shortly after the last move or resize, once', () => {
    vi.useFakeTimers();
    const window = new fake.BrowserWindow({ width: 1280, height: 820 });
    rememberWindowState(window as never, userData);
    window.bounds = { x: 5, y: 6, width: 1100, height: 700 };
    window.emit('move');
    vi.advanceTimersByTime(SAVE_DELAY_MS - 100);
    window.emit('resize');
    vi.advanceTimersByTime(SAVE_DELAY_MS - 100);
    expect(existsSync(stateFile())).toBe(false);
    vi.advanceTimersByTime(100);
    expect(saved()).toEqual({ x: 5, y: 6, width: 1100, height: 700, maximized: false });
    expect(window.getNormalBounds).toHaveBeenCalledTimes(1);
  });

  it('a window destroyed before the delay is not read (Electron would throw)', () => {
    vi.useFakeTimers();
    const window = new fake.BrowserWindow({});
    rememberWindowState(window as never, userData);
    window.emit('move');
    window.emit('closed');
    window.destroyed = true;
    vi.advanceTimersByTime(SAVE_DELAY_MS * 2);
    expect(window.getNormalBounds).not.toHaveBeenCalled();
    expect(existsSync(stateFile())).toBe(false);
  });
});
