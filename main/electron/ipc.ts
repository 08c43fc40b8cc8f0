import { app, ipcMain, type IpcMainInvokeEvent } from 'electron';
import { CHANNELS, type ChannelName } from '../../shared/api/contract';
import type { ApiResult } from '../../shared/api/result';
import type { Core } from '../core';
import { isAppUrl } from './app-origin';

/** The parts of a `WebFrameMain` the sender check reads; structural, so tests can pass plain objects. */
export interface SenderFrame {
  readonly url: string;
  readonly parent: SenderFrame | null;
}

/** The IPC transport's session key: one session per web contents, ended when it is destroyed. */
export function ipcSessionKey(webContentsId: number): string {
  return `ipc:${webContentsId}`;
}

function senderRefused(): ApiResult<never> {
  return { ok: false, error: { code: 'FORBIDDEN', message: 'sender refused', reason: 'senderRefused' } };
}

/**
 * Only the top frame of a page served from app://passerelle may call the API. A subframe or a page that
 * navigated elsewhere (should a guard ever fail) gets nothing. Reading a disposed frame throws: refused too.
 */
export function isTrustedSender(frame: SenderFrame | null | undefined, mainFrame: SenderFrame | null | undefined): boolean {
  if (!frame) return false;
  try {
    const isTopFrame = frame === mainFrame || frame.parent === null;
    return isTopFrame && isAppUrl(frame.url);
  } catch {
    return false;
  }
}

async function handleInvoke(
  core: Pick<Core, 'dispatch'>,
  channel: ChannelName,
  event: IpcMainInvokeEvent,
  input: unknown,
): Promise<ApiResult<unknown>> {
  if (!isTrustedSender(event.senderFrame, event.sender.mainFrame)) return senderRefused();
  // Who is calling comes from the transport (the sender's id), never from the message.
  return core.dispatch({ sessionKey: ipcSessionKey(event.sender.id) }, channel, input);
}

/**
 * One `ipcMain.handle` per contract channel, derived from the contract so no channel can be missing or
 * invented here. Call once, before the first window: sessions are ended for web contents created later.
 */
export function registerIpc(core: Pick<Core, 'dispatch' | 'endSession'>): void {
  for (const entry of CHANNELS) {
    ipcMain.handle(entry.name, (event, input: unknown) => handleInvoke(core, entry.name, event, input));
  }
  app.on('web-contents-created', (_event, contents) => {
    // Read now: a destroyed web contents may no longer answer.
    const sessionKey = ipcSessionKey(contents.id);
    contents.once('destroyed', () => core.endSession(sessionKey));
  });
}
