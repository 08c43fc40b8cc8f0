import { appendFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { randomBytes } from 'node:crypto';
import type { Clock } from './clock';

export interface Logger {
  /** Records an unexpected failure and returns the incident reference shown to the user. */
  internalError(event: string, error: unknown): string;
  info(event: string, facts?: Record<string, string | number | boolean>): void;
}

/**
 * A JSON-lines log that holds no personal data. Error messages are never written: a database error's message
 * carries its SQL and bound values (names, addresses). Only the error's class, its code and its stack frames
 * (file and line) are kept, under a random reference the user can quote.
 */
export function createFileLogger(file: string, clock: Clock): Logger {
  mkdirSync(dirname(file), { recursive: true });
  return jsonLinesLogger((line) => appendFileSync(file, line, { mode: 0o600 }), clock);
}

/** The same JSON lines on the standard output: a team server run by systemd logs to its journal. */
export function createConsoleLogger(clock: Clock): Logger {
  return jsonLinesLogger((line) => process.stdout.write(line), clock);
}

function jsonLinesLogger(append: (line: string) => void, clock: Clock): Logger {
  const write = (entry: Record<string, unknown>): void => {
    append(`${JSON.stringify({ at: clock.now().toISOString(), ...entry })}\n`);
  };
  return {
    internalError(event, error) {
      const reference = randomBytes(4).toString('hex');
      write({ level: 'error', event, reference, ...describeError(error) });
      return reference;
    },
    info(event, facts = {}) {
      write({ level: 'info', event, ...facts });
    },
  };
}

export function describeError(error: unknown): { errorClass: string; errorCode?: string; frames: string[] } {
  if (!(error instanceof Error)) return { errorClass: typeof error, frames: [] };
  const code = (error as { code?: unknown }).code;
  const frames = (error.stack ?? '')
    .split('\n')
    .filter((line) => line.trimStart().startsWith('at '))
    .map((line) => line.trim())
    .slice(0, 12);
  return { errorClass: error.name, ...(typeof code === 'string' ? { errorCode: code } : {}), frames };
}

/** For tests and tools: remembers entries in memory. */
export function createMemoryLogger(): Logger & { entries: Record<string, unknown>[] } {
  const entries: Record<string, unknown>[] = [];
  return {
    entries,
    internalError(event, error) {
      const reference = randomBytes(4).toString('hex');
      entries.push({ level: 'error', event, reference, ...describeError(error) });
      return reference;
    },
    info(event, facts = {}) {
      entries.push({ level: 'info', event, ...facts });
    },
  };
}
