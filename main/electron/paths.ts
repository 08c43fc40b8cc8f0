import { join } from 'node:path';

// The bundle runs as dist/main/electron.cjs (inside app.asar once packaged): the preload sits beside it and
// the renderer's files in dist/renderer/. Electron's fs reads inside the asar transparently.
export const PRELOAD_PATH = join(__dirname, 'preload.cjs');
export const RENDERER_ROOT = join(__dirname, '..', 'renderer');
