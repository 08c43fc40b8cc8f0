import type { Logger } from '../log';

/** The part of `process` this module listens on; a plain EventEmitter in tests. */
export interface ProcessEvents {
  on(event: 'uncaughtException', listener: (error: unknown) => void): unknown;
  on(event: 'unhandledRejection', listener: (reason: unknown) => void): unknown;
}

/**
 * An error nobody caught in the main process is written to the log (main/log.ts: class, code and stack
 * frames under a reference, never the message, which may quote a name or an address) and the app keeps
 * running. Without a listener, Electron shows its own dialog with the raw message and stack, and an
 * unhandled rejection would end the process under Node's default: either way the user loses the form being
 * typed for a fault in one handler. The window's own failures are crash-recovery.ts's job.
 */
export function logUncaughtErrors(logger: Logger, events: ProcessEvents = process): void {
  const record = (event: string, error: unknown) => {
    try {
      const reference = logger.internalError(event, error);
      // stderr too, for whoever started the app from a terminal: the same class/code-only description.
      console.error(`Passerelle: ${event} (référence ${reference})`);
    } catch {
      // The log itself failed (disk full, folder removed): nothing more can be done without risking a loop.
    }
  };
  events.on('uncaughtException', (error) => record('main.uncaughtException', error));
  events.on('unhandledRejection', (reason) => record('main.unhandledRejection', reason));
}
