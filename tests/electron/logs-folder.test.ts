import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const fake = await vi.hoisted(async () => (await import('./fake-electron')).createFakeElectron());
vi.mock('electron', () => fake.module);

const { openLogsFolder } = await import('../../main/electron/logs-folder');
const { keepCrashDumpsLocally } = await import('../../main/electron/crash-reports');

let dataDir: string;

describe('the logs folder', () => {
  beforeEach(() => {
    fake.reset();
    dataDir = mkdtempSync(join(tmpdir(), 'passerelle-logs-folder-'));
  });
  afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

  it('opens <data directory>/logs, creating it if nothing was logged yet', async () => {
    await openLogsFolder(dataDir);
    expect(fake.shell.openPath).toHaveBeenCalledExactlyOnceWith(join(dataDir, 'logs'));
    expect(existsSync(join(dataDir, 'logs'))).toBe(true);
    expect(fake.dialog.showErrorBox).not.toHaveBeenCalled();
  });

  it('shows the path to copy when the system cannot open it', async () => {
    fake.shell.openPath.mockResolvedValue('Failed to open path');
    await openLogsFolder(dataDir);
    const [title, message] = fake.dialog.showErrorBox.mock.calls[0]!;
    expect(title).toBe('Dossier des journaux');
    expect(message).toContain(join(dataDir, 'logs'));
    expect(message).not.toContain('Failed to open');
  });

  it('holds the crash dumps too: started local only, in logs/crash-dumps', () => {
    expect(keepCrashDumpsLocally(dataDir)).toBe(join(dataDir, 'logs', 'crash-dumps'));
    expect(existsSync(join(dataDir, 'logs', 'crash-dumps'))).toBe(true);
    expect(fake.crashReporter.start).toHaveBeenCalledExactlyOnceWith({ uploadToServer: false });
  });
});
