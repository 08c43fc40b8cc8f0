import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import type { Clock } from './clock';
import { createRotatingAppender, LOG_ROTATION, type RotationLimits } from './log-rotation';

export interface Logger {
  /** Records an unexpected failure and returns the incident reference shown to the user. */
  internalError(event: string, error: unknown): string;
  info(event: string, facts?: Record<string, string | number | boolean>): void;
}

/**
 * Where a data directory keeps its log (`passerelle.log` and its rotated copies) and, for the desktop app, the
 * crash dumps (main/electron/crash-reports.ts): one folder that *Aide → Ouvrir le dossier des journaux* opens.
 */
export function logsFolder(dataDir: string): string {
  return join(dataDir, 'logs');
}

export function logFileOf(dataDir: string): string {
  return join(logsFolder(dataDir), 'passerelle.log');
}

/**
 * A JSON-lines log that holds no personal data. Error messages are never written: a database error's message
 * carries its SQL and bound values (names, addresses). Only the error's class, its code and its stack frames
 * (file and line) are kept, under a random reference the user can quote.
 */
export function createFileLogger(file: string, clock: Clock, rotation: RotationLimits = LOG_ROTATION): Logger {
  // Owner only, like the data directory it usually sits in (and which this may be the first to create).
  mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
  // Rotated by size (main/log-rotation.ts): 5 files of 5 MB at most.
  return jsonLinesLogger(createRotatingAppender(file, rotation), clock);
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
