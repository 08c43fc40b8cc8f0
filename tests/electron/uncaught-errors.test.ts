import { EventEmitter } from 'node:events';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createMemoryLogger, type Logger } from '../../main/log';
import { logUncaughtErrors } from '../../main/electron/uncaught-errors';

describe('errors nobody caught in the main process', () => {
  beforeEach(() => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
  });
  afterEach(() => vi.restoreAllMocks());

  it('are logged with class, code and frames only, and the process goes on', () => {
    const events = new EventEmitter();
    const logger = createMemoryLogger();
    logUncaughtErrors(logger, events);
    const error = Object.assign(new TypeError('Cannot read « Mme Nadia Benali »'), { code: 'ERR_X' });
    events.emit('uncaughtException', error);
    events.emit('unhandledRejection', new Error('rue Saint-Gilles 12'));
    events.emit('unhandledRejection', 'a string reason with Benali');
    expect(logger.entries).toHaveLength(3);
    expect(logger.entries[0]).toMatchObject({ level: 'error', event: 'main.uncaughtException', errorClass: 'TypeError', errorCode: 'ERR_X' });
    expect((logger.entries[0]!.frames as string[]).length).toBeGreaterThan(0);
    expect(logger.entries[1]).toMatchObject({ event: 'main.unhandledRejection', errorClass: 'Error' });
    expect(logger.entries[2]).toMatchObject({ event: 'main.unhandledRejection', errorClass: 'string', frames: [] });
    const written = JSON.stringify(logger.entries) + JSON.stringify(vi.mocked(console.error).mock.calls);
    for (const personal of ['Benali', 'Saint-Gilles', 'Cannot read']) expect(written).not.toContain(personal);
    // stderr names the reference the log holds.
    expect(String(vi.mocked(console.error).mock.calls[0]![0])).toContain(String(logger.entries[0]!.reference));
  });

  it('a log that cannot be written does not turn one error into a loop of them', () => {
    const events = new EventEmitter();
    const broken: Logger = {
      internalError: () => {
        throw new Error('ENOSPC');
      },
      info: () => {},
    };
    logUncaughtErrors(broken, events);
    expect(() => events.emit('uncaughtException', new Error('x'))).not.toThrow();
  });
});
