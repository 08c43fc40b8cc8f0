import { beforeEach, describe, expect, it, vi } from 'vitest';
import { CHANNELS } from '../../shared/api/contract';
import type { Caller } from '../../main/dispatch';

const fake = await vi.hoisted(async () => (await import('./fake-electron')).createFakeElectron());
vi.mock('electron', () => fake.module);

const { FakeFrame } = await import('./fake-electron');
const { registerIpc, isTrustedSender } = await import('../../main/electron/ipc');

const APP_PAGE = 'app://passerelle/index.html';
const SENDER_ID = 7;
const REFUSED = { ok: false, error: { code: 'FORBIDDEN', message: 'sender refused', reason: 'senderRefused' } };

function fakeCore() {
  return {
    dispatch: vi.fn(async (_caller: Caller, channel: string, input: unknown) => ({ ok: true as const, data: { channel, input } })),
    endSession: vi.fn((_sessionKey: string) => {}),
  };
}

/** An IPC event as Electron builds it: the sending frame and its web contents. */
function invokeEvent(senderFrame: InstanceType<typeof FakeFrame> | null, mainFrame: InstanceType<typeof FakeFrame>) {
  return { senderFrame, sender: { id: SENDER_ID, mainFrame } };
}

describe('IPC registration', () => {
  beforeEach(() => fake.reset());

  it('handles every contract channel exactly once, and nothing else', () => {
    registerIpc(fakeCore());
    const registered = fake.ipcMain.handle.mock.calls.map(([name]) => name);
    const expected = CHANNELS.map((entry) => entry.name);
    expect(expected.length).toBeGreaterThan(0);
    expect(registered).toHaveLength(expected.length);
    expect(new Set(registered).size).toBe(registered.length);
    expect(new Set(registered)).toEqual(new Set(expected));
    for (const [, listener] of fake.ipcMain.handle.mock.calls) expect(typeof listener).toBe('function');
  });

  it('ends the IPC session of a web contents when it is destroyed', () => {
    const core = fakeCore();
    registerIpc(core);
    const contents = fake.createWebContents();
    expect(core.endSession).not.toHaveBeenCalled();
    contents.emit('destroyed');
    expect(core.endSession).toHaveBeenCalledExactlyOnceWith(`ipc:${contents.id}`);
  });
});

describe('IPC sender check', () => {
  beforeEach(() => fake.reset());

  const channel = CHANNELS[0]!.name;

  async function call(event: ReturnType<typeof invokeEvent>, input: unknown = { probe: 1 }) {
    const core = fakeCore();
    registerIpc(core);
    const result = await fake.ipcListener(channel)(event, input);
    return { core, result };
  }

  it('passes a call from the top frame of app://passerelle to dispatch, keyed by the sender', async () => {
    const top = new FakeFrame(APP_PAGE);
    const { core, result } = await call(invokeEvent(top, top), { probe: 1 });
    expect(core.dispatch).toHaveBeenCalledExactlyOnceWith({ sessionKey: `ipc:${SENDER_ID}` }, channel, { probe: 1 });
    expect(result).toEqual({ ok: true, data: { channel, input: { probe: 1 } } });
  });

  it('routes each channel to dispatch under its own name', async () => {
    const core = fakeCore();
    registerIpc(core);
    const top = new FakeFrame(APP_PAGE);
    for (const entry of CHANNELS) await fake.ipcListener(entry.name)(invokeEvent(top, top), {});
    expect(core.dispatch.mock.calls.map(([, name]) => name)).toEqual(CHANNELS.map((entry) => entry.name));
  });

  const refusedSenders: [string, () => ReturnType<typeof invokeEvent>][] = [
    ['no sender frame', () => invokeEvent(null, new FakeFrame(APP_PAGE))],
    [
      'a subframe of the app',
      () => {
        const top = new FakeFrame(APP_PAGE);
        return invokeEvent(new FakeFrame('app://passerelle/frame.html', top), top);
      },
    ],
    ['https://evil.example', () => sameFrame('https://evil.example/index.html')],
    ['app://other', () => sameFrame('app://other/index.html')],
    ['app://passerelle.evil.example', () => sameFrame('app://passerelle.evil.example/index.html')],
    ['app://passerelle on another port', () => sameFrame('app://passerelle:8080/index.html')],
    ['a file:// page', () => sameFrame('file:///opt/Passerelle/resources/app/dist/renderer/index.html')],
    ['an http page naming the app in its query', () => sameFrame('http://127.0.0.1/?app://passerelle')],
    ['about:blank', () => sameFrame('about:blank')],
    ['an unparsable URL', () => sameFrame('not a url')],
  ];

  function sameFrame(url: string) {
    const frame = new FakeFrame(url);
    return invokeEvent(frame, frame);
  }

  it.each(refusedSenders)('refuses %s without calling dispatch', async (_label, makeEvent) => {
    const { core, result } = await call(makeEvent());
    expect(result).toEqual(REFUSED);
    expect(core.dispatch).not.toHaveBeenCalled();
  });

  it('refuses a frame that was disposed (reading it throws)', async () => {
    const top = new FakeFrame(APP_PAGE);
    const disposed = Object.defineProperty(new FakeFrame(APP_PAGE), 'url', {
      get() {
        throw new Error('Render frame was disposed before WebFrameMain could be accessed');
      },
    });
    const { core, result } = await call(invokeEvent(disposed, top));
    expect(result).toEqual(REFUSED);
    expect(core.dispatch).not.toHaveBeenCalled();
  });
});

describe('isTrustedSender', () => {
  it('trusts the main frame of the app origin', () => {
    const top = new FakeFrame(APP_PAGE);
    expect(isTrustedSender(top, top)).toBe(true);
    // A top frame Electron handed out as a different object is still the top frame.
    expect(isTrustedSender(new FakeFrame('app://passerelle/#/users'), top)).toBe(true);
  });

  it('refuses missing frames, subframes and other origins', () => {
    const top = new FakeFrame(APP_PAGE);
    expect(isTrustedSender(null, top)).toBe(false);
    expect(isTrustedSender(undefined, top)).toBe(false);
    expect(isTrustedSender(new FakeFrame(APP_PAGE, top), top)).toBe(false);
    const evil = new FakeFrame('https://evil.example/');
    expect(isTrustedSender(evil, evil)).toBe(false);
  });
});
