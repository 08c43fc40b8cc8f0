import { closeSync, existsSync, fstatSync, fsyncSync, openSync, readFileSync, readSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { z } from 'zod';
import type { Knex } from 'knex';
import { checkpointWal, type Db } from '../db/connection';
import { belgianDate } from '../clock';
import { syncDirectory } from '../fs/durable';
import type { FieldCipher } from '../crypto/field-cipher';
import type { Logger } from '../log';
import { ERASERS, erasureKey, readErasureRows, reapplyErasures, reapplyPending, type Eraser } from '../services/privacy/erasures-reapply';
import { ERASED_KINDS, ERASURE_REASONS, type ErasedKind, type ErasureEntry } from '../../shared/domain/privacy/erasures';

/*
 * The erasure ledger (issue 20, "erasure reaches everything"): `<dataDir>/erasures.jsonl`, one JSON line per
 * erasure — kind, record id, record creation time, when, why; ids only, never a value — kept beside the records
 * and outside them, so that it survives a restore. A backup made before an erasure still holds the person; the
 * records opened from it (a restore from the app or from `npm run restore`, then the next opening) are
 * reconciled with this file: every erasure it names whose record is still there (same kind, id AND creation
 * time) is done again. The file is kept from the `erasures` table: after each call that erased (the handler's
 * afterCommit) and at every opening, the table's rows missing from the file are appended and flushed, so a
 * process killed between the commit and the append heals at the next start.
 *
 * Appending only, never rewriting: a line cut by a crash (a torn last line) is ignored when read, and the next
 * append starts on a new line; the table still holds that erasure, so it is appended again whole.
 */

export const ERASURE_LEDGER_FILE_NAME = 'erasures.jsonl';

/** The ledger of a data directory (desktop and browser mode); a team server names its own (`erasureLedgerFile`). */
export function erasureLedgerFileOf(dataDir: string): string {
  return join(dataDir, ERASURE_LEDGER_FILE_NAME);
}

// Capped like the columns they come from (migrations/20261208090000_data_protection.ts).
const lineSchema = z.strictObject({
  kind: z.enum(ERASED_KINDS),
  recordId: z.number().int().positive().max(Number.MAX_SAFE_INTEGER),
  recordCreatedAt: z.string().min(1).max(30),
  erasedAt: z.string().min(1).max(30),
  reason: z.enum(ERASURE_REASONS),
});

export interface LedgerContents {
  /** One entry per erased record (a line written twice counts once), in the file's order. */
  entries: ErasureEntry[];
  /** Lines that are not an entry: torn by a crash, or damaged. Ignored. */
  ignoredLines: number;
  /** False when there is no file yet. */
  exists: boolean;
}

/**
 * Reads the ledger. A missing file is an empty ledger; a line that is not a whole entry is counted and ignored.
 * Throws only when the file is there and cannot be read (a folder in its place, no permission).
 */
export function readErasureLedger(file: string): LedgerContents {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { entries: [], ignoredLines: 0, exists: false };
    throw error;
  }
  const entries: ErasureEntry[] = [];
  const seen = new Set<string>();
  let ignoredLines = 0;
  for (const line of text.split('\n')) {
    if (line.trim() === '') continue;
    let parsed: unknown;
    try {
      parsed = JSON.parse(line);
    } catch {
      ignoredLines += 1;
      continue;
    }
    const entry = lineSchema.safeParse(parsed);
    if (!entry.success) {
      ignoredLines += 1;
      continue;
    }
    const key = erasureKey(entry.data);
    if (seen.has(key)) continue;
    seen.add(key);
    entries.push(entry.data);
  }
  return { entries, ignoredLines, exists: true };
}

/**
 * Appends `entries` as whole lines, then flushes the file (and the folder, for a new file). After a torn last
 * line, the first new line starts on a line of its own.
 */
export function appendToErasureLedger(file: string, entries: readonly ErasureEntry[]): void {
  if (entries.length === 0) return;
  const created = !existsSync(file);
  const lines = entries
    .map(({ kind, recordId, recordCreatedAt, erasedAt, reason }) => `${JSON.stringify({ kind, recordId, recordCreatedAt, erasedAt, reason })}\n`)
    .join('');
  const fd = openSync(file, 'a+', 0o600);
  try {
    const size = fstatSync(fd).size;
    let prefix = '';
    if (size > 0) {
      const last = Buffer.alloc(1);
      readSync(fd, last, 0, 1, size - 1);
      if (last[0] !== 0x0a) prefix = '\n';
    }
    writeSync(fd, prefix + lines);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  if (created) syncDirectory(dirname(file));
}

/**
 * Appends the `erasures` rows the file lacks; returns how many. Reads the table, then reads and appends without
 * yielding, so two calls of one process never append the same row twice (two processes may: read, it is one).
 */
export async function syncErasureLedger(db: Db, file: string): Promise<number> {
  const rows = await readErasureRows(db);
  const known = new Set(readErasureLedger(file).entries.map(erasureKey));
  const missing = rows.filter((row) => !known.has(erasureKey(row)));
  appendToErasureLedger(file, missing);
  return missing.length;
}

/** What handlers reach as `ctx.erasureLedger`: after a call that erased has committed, `sync` appends its rows. */
export interface ErasureLedger {
  /** Appends the `erasures` rows missing from the ledger file; returns how many (0 without a file to keep). */
  sync(db: Db): Promise<number>;
}

/** A team server without `erasureLedgerFile`: its erasures stay in the `erasures` table only. */
export const NO_ERASURE_LEDGER: ErasureLedger = { sync: () => Promise.resolve(0) };

export function createFileErasureLedger(file: string): ErasureLedger {
  return { sync: (db) => syncErasureLedger(db, file) };
}

/**
 * Whether reconciling these records with the ledger would write to them (an erasure to redo, an entry to
 * record): the opening then runs the quick check first (main/startup/open-records.ts). A ledger that cannot be
 * read writes nothing.
 */
export async function erasureLedgerPending(db: Db, file: string, erasers = ERASERS): Promise<boolean> {
  let contents: LedgerContents;
  try {
    contents = readErasureLedger(file);
  } catch {
    return false;
  }
  return reapplyPending(db, contents.entries, erasers);
}

export interface ReconcileRequest {
  db: Knex;
  cipher: FieldCipher;
  file: string;
  now: Date;
  logger: Logger;
  /** The erasers by kind (main/services/privacy/erasures-reapply.ts); tests may name others. */
  erasers?: Partial<Record<ErasedKind, Eraser>>;
}

export interface ReconcileOutcome {
  reapplied: number;
  recorded: number;
  appended: number;
}

/**
 * Run at every opening of writable records (local: openRecords, so after a restore too, since the core reopens;
 * team server: at its start when `erasureLedgerFile` is set):
 * 1. every ledger entry whose record is still held is erased again (reason 'reapplied'), in one transaction
 *    with the ledger entries the table lacks, then the WAL is checkpointed;
 * 2. every `erasures` row missing from the file is appended.
 * Never fails the opening: a ledger that cannot be read or written, or an erasure that cannot be redone, is
 * logged (counts and error codes, no id) and tried again at the next opening.
 */
export async function reconcileErasures(request: ReconcileRequest): Promise<ReconcileOutcome> {
  const { db, file, logger } = request;
  const outcome: ReconcileOutcome = { reapplied: 0, recorded: 0, appended: 0 };
  let contents: LedgerContents | null;
  try {
    contents = readErasureLedger(file);
  } catch (error) {
    logger.info('erasureLedger.unreadable', { error: errorCode(error) });
    contents = null;
  }
  if (contents && contents.ignoredLines > 0) logger.info('erasureLedger.ignoredLines', { count: contents.ignoredLines });

  if (contents && contents.entries.length > 0) {
    const entries = contents.entries;
    try {
      const done = await db.transaction((trx) =>
        reapplyErasures({ db: trx, now: request.now, today: belgianDate(request.now), cipher: request.cipher }, entries, request.erasers),
      );
      outcome.reapplied = done.reapplied;
      outcome.recorded = done.recorded;
      // Once committed, the erased bytes out of the WAL too (as after a user's erasure).
      if (done.reapplied > 0) await checkpointWal(db);
      if (done.reapplied > 0) logger.info('erasureLedger.reapplied', { count: done.reapplied });
      if (done.recorded > 0) logger.info('erasureLedger.recorded', { count: done.recorded });
      for (const [kind, count] of Object.entries(done.unhandled)) logger.info('erasureLedger.noEraser', { kind, count });
    } catch (error) {
      logger.internalError('erasureLedger.reapply', error);
    }
  }

  if (contents) {
    try {
      outcome.appended = await syncErasureLedger(db, file);
      if (outcome.appended > 0) logger.info('erasureLedger.appended', { count: outcome.appended });
    } catch (error) {
      logger.internalError('erasureLedger.append', error);
    }
  }
  return outcome;
}

function errorCode(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : 'unknown';
}
