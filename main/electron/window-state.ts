import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { screen, type BrowserWindow, type Rectangle } from 'electron';

/**
 * The main window opens where the user left it: size, position and maximised state, kept in
 * `<userData>/window-state.json` (userData is the data directory, data-location.ts). Written when the window
 * closes, and shortly after each move or resize so that a crash or a power cut loses little. Restored only
 * when its title bar lies on a display connected now (a laptop taken off its docking station must not open
 * Passerelle off-screen); otherwise, or when the file is missing or unreadable, the window opens at its
 * default size, centred. Fullscreen is not remembered: the next start opens the window it came from.
 *
 * Electron 45 has an experimental `windowStatePersistence` option doing much of this; it is not used while
 * experimental, and because the rule "only on a visible display" has to be testable here.
 */
export const WINDOW_STATE_FILE = 'window-state.json';
/** A move or resize is saved this long after the last one (dragging fires many). */
export const SAVE_DELAY_MS = 500;
/** The strip at the top of the window that must be on a display, so the user can grab it and move it. */
const TITLE_BAR = { height: 30, minVisibleWidth: 100 };

const stateSchema = z
  .object({
    x: z.number().int(),
    y: z.number().int(),
    width: z.number().int().positive(),
    height: z.number().int().positive(),
    maximized: z.boolean(),
  })
  .strict();

export type SavedWindowState = z.infer<typeof stateSchema>;

/** Where to open the window: empty for Electron's default (centred, MAIN_WINDOW_OPTIONS' size). */
export interface WindowPlacement {
  bounds?: Rectangle;
  maximized?: boolean;
}

export function windowStateFile(userData: string): string {
  return join(userData, WINDOW_STATE_FILE);
}

/** The saved state, or null when there is none or it cannot be trusted (broken JSON, wrong shape). */
export function readWindowState(file: string): SavedWindowState | null {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return null;
  }
  try {
    const parsed = stateSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

function overlap(a: Rectangle, b: Rectangle): { width: number; height: number } {
  return {
    width: Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)),
    height: Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y)),
  };
}

/**
 * The saved state if its title bar is on one of `workAreas` (wholly in height, at least 100 px wide), its size
 * shrunk to that display's work area if the display got smaller; else the default placement.
 */
export function placementOnDisplays(state: SavedWindowState | null, workAreas: readonly Rectangle[]): WindowPlacement {
  if (!state) return {};
  const titleBar = { x: state.x, y: state.y, width: state.width, height: TITLE_BAR.height };
  const display = workAreas.find((area) => {
    const seen = overlap(titleBar, area);
    return seen.height >= TITLE_BAR.height && seen.width >= Math.min(TITLE_BAR.minVisibleWidth, state.width);
  });
  if (!display) return {};
  return {
    bounds: { x: state.x, y: state.y, width: Math.min(state.width, display.width), height: Math.min(state.height, display.height) },
    maximized: state.maximized,
  };
}

/** The placement for the next window, from the file and the displays connected now. After ready only (`screen`). */
export function restoreWindowPlacement(userData: string): WindowPlacement {
  return placementOnDisplays(
    readWindowState(windowStateFile(userData)),
    screen.getAllDisplays().map((display) => display.workArea),
  );
}

function save(window: BrowserWindow, file: string): void {
  if (window.isDestroyed()) return;
  // The normal bounds: where a maximised window returns when the user unmaximises it.
  const bounds = window.getNormalBounds();
  const state: SavedWindowState = { ...bounds, maximized: window.isMaximized() };
  try {
    // Whole or not at all: a power cut during the write leaves the previous file.
    writeFileSync(`${file}.tmp`, `${JSON.stringify(state)}\n`, { mode: 0o600 });
    renameSync(`${file}.tmp`, file);
  } catch {
    // A read-only or full disk: the window simply opens at its default place next time.
  }
}

/** Saves the window's state on close, and `SAVE_DELAY_MS` after the last move or resize. */
export function rememberWindowState(window: BrowserWindow, userData: string): void {
  const file = windowStateFile(userData);
  let timer: ReturnType<typeof setTimeout> | null = null;
  const cancel = () => {
    if (timer) clearTimeout(timer);
    timer = null;
  };
  const later = () => {
    cancel();
    timer = setTimeout(() => {
      timer = null;
      save(window, file);
    }, SAVE_DELAY_MS);
  };
  window.on('move', later);
  window.on('resize', later);
  window.on('maximize', later);
  window.on('unmaximize', later);
  window.on('close', () => {
    cancel();
    save(window, file);
  });
  window.on('closed', cancel);
}
