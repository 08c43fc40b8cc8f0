import { beforeEach, describe, expect, it, vi } from 'vitest';
import { CHANNELS } from '../../shared/api/contract';

const fake = await vi.hoisted(async () => (await import('./fake-electron')).createFakeElectron());
vi.mock('electron', () => fake.module);

async function loadPreload(): Promise<Record<string, Record<string, (input?: unknown) => Promise<unknown>>>> {
  vi.resetModules();
  await import('../../main/electron/preload');
  expect(fake.contextBridge.exposeInMainWorld).toHaveBeenCalledTimes(1);
  const [key, api] = fake.contextBridge.exposeInMainWorld.mock.calls[0]!;
  expect(key).toBe('passerelle');
  return api as Record<string, Record<string, (input?: unknown) => Promise<unknown>>>;
}

describe('the preload', () => {
  beforeEach(() => fake.reset());

  it('exposes one method per contract channel and nothing else', async () => {
    const api = await loadPreload();
    const exposed = Object.entries(api).flatMap(([domain, actions]) =>
      Object.entries(actions).map(([action, method]) => {
        expect(typeof method, `${domain}.${action}`).toBe('function');
        return `${domain}/${action}`;
      }),
    );
    expect(exposed.sort()).toEqual(CHANNELS.map((entry) => entry.name).sort());
    // Only the contract's domains at the top: no raw `ipcRenderer`, no generic `invoke(channel, …)`.
    expect(Object.keys(api).sort()).toEqual([...new Set(CHANNELS.map((entry) => entry.domain))].sort());
  });

  it('sends each method over its own channel with its input', async () => {
    const api = await loadPreload();
    for (const entry of CHANNELS) {
      fake.ipcRenderer.invoke.mockClear();
      const result = await api[entry.domain]![entry.action]!({ probe: entry.name });
      expect(fake.ipcRenderer.invoke).toHaveBeenCalledExactlyOnceWith(entry.name, { probe: entry.name });
      expect(result).toEqual({ ok: true, data: null });
    }
  });

  it('sends an empty object when a method is called without input', async () => {
    const api = await loadPreload();
    const entry = CHANNELS[0]!;
    await api[entry.domain]![entry.action]!();
    expect(fake.ipcRenderer.invoke).toHaveBeenCalledExactlyOnceWith(entry.name, {});
  });
});
