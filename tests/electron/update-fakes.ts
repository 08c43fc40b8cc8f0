import { EventEmitter } from 'node:events';
import { vi } from 'vitest';
import type { UpdateShell } from '../../main/electron/updates/update-flow';
import type { UpdaterPort } from '../../main/electron/updates/updater-port';

/**
 * A stand-in for electron-updater's `autoUpdater`: by default the server offers 1.2.0, and the download reports
 * its progress as the real one does (`download-progress` with a percentage) before it resolves.
 */
export class FakeUpdater extends EventEmitter implements UpdaterPort {
  autoDownload = true;
  autoInstallOnAppQuit = true;
  disableWebInstaller = false;
  logger: unknown = console;
  readonly setFeedURL = vi.fn((_options: { provider: 'generic'; url: string }): void => {});
  readonly checkForUpdates = vi.fn(async (): Promise<{ isUpdateAvailable: boolean; updateInfo: { version: string } } | null> => ({
    isUpdateAvailable: true,
    updateInfo: { version: '1.2.0' },
  }));
  readonly downloadUpdate = vi.fn(async (): Promise<unknown> => {
    for (const percent of [0, 37.5, 100]) this.emit('download-progress', { percent, bytesPerSecond: 1000, total: 8, transferred: percent });
    return ['/tmp/passerelle-updater/pending/Passerelle-Setup-1.2.0-x64.exe'];
  });
  readonly quitAndInstall = vi.fn((_isSilent?: boolean, _isForceRunAfter?: boolean): void => {});
}

/** The shell's part: answers the questions with the given button indexes, in order, and records everything. */
export function fakeUpdateShell(answers: (0 | 1)[] = []) {
  const quitHandlers: ((exitCode: number) => void)[] = [];
  const shell = {
    ask: vi.fn(async (_question: Parameters<UpdateShell['ask']>[0]): Promise<0 | 1> => answers.shift() ?? 1),
    tell: vi.fn(async (_notice: { message: string; detail: string }, _kind: 'info' | 'warning'): Promise<void> => {}),
    progress: vi.fn((_fraction: number | null): void => {}),
    quit: vi.fn((): void => {}),
    onQuit: vi.fn((handler: (exitCode: number) => void): void => {
      quitHandlers.push(handler);
    }),
  } satisfies UpdateShell;
  /** Plays Electron's `quit` event. */
  const emitQuit = (exitCode = 0): void => {
    for (const handler of quitHandlers) handler(exitCode);
  };
  return { shell, emitQuit, quitHandlers };
}
