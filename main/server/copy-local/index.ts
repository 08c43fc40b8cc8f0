import type { Logger } from '../../log';
import { copyTable, differs } from './copy-table';
import { readLocalFieldKey, type KeySource } from './field-key';
import { checkKeyFile, writeServerKeyFile } from './key-file';
import { openLocalRecords } from './local-records';
import { summarise } from './rows';
import { beginOrResume, finishCopy, migrateTarget, openTarget } from './target';
import { assertSameTables, booleanColumns, localTables } from './tables';

export { CopyRefusedError, type CopyRefusalCode } from './refusal';
export type { KeySource } from './field-key';

export interface CopyProgress {
  table: string;
  /** 1-based position of the table in the copy order, and how many tables there are. */
  index: number;
  total: number;
  rows: number;
  /** `copied` now, or `alreadyCopied` by an earlier, interrupted run (verified then, verified again at the end). */
  state: 'copied' | 'alreadyCopied';
}

export interface CopyOptions {
  dataDir: string;
  databaseUrl: string;
  keySource: KeySource;
  /** Where to write the team server's key file (the PC's key, mode 600); never over another key. */
  writeKeyFile?: string;
  onProgress?: (progress: CopyProgress) => void;
  logger: Logger;
  /** Rows per batch read and written (500 by default). */
  batchSize?: number;
  /** After each written batch: for tests only, to interrupt a copy at a known point. */
  afterBatch?: () => Promise<void>;
  now?: Date;
}

export interface CopiedTableReport {
  table: string;
  rows: number;
  checksum: string;
}

export interface CopyReport {
  tables: CopiedTableReport[];
  keyFileWritten: boolean;
}

/**
 * "From one PC to the team" (issue 15, point 7): copies a PC's records into an empty PostgreSQL database,
 * every table with its ids, then verifies every table (count and checksum on both sides) before marking the
 * copy done. Resumable: each table is copied and verified in its own transaction and recorded in the target's
 * `copy_progress`, so running it again after an interruption copies only what is missing. The housing fields
 * are moved encrypted as they are: the server must be given the same key (`writeKeyFile`).
 */
export async function copyLocalToServer(options: CopyOptions): Promise<CopyReport> {
  const batchSize = options.batchSize ?? 500;
  const local = await openLocalRecords(options.dataDir, options.now ?? new Date());
  try {
    const key = await readLocalFieldKey(options.dataDir, options.keySource, local.installation);
    try {
      const keyFileToWrite = options.writeKeyFile ? checkKeyFile(options.writeKeyFile, key) : false;
      const tables = await localTables(local.db);
      const target = await openTarget(options.databaseUrl);
      try {
        await migrateTarget(target);
        await assertSameTables(target, tables);
        const booleans = await booleanColumns(target);
        const done = await beginOrResume(target, tables, local.installation);
        options.logger.info('copy.start', { tables: tables.length, resumed: done.size });
        for (const [position, table] of tables.entries()) {
          const previous = done.get(table.name);
          let rows: number;
          if (previous) {
            rows = previous.rows;
          } else {
            rows = (await copyTable(local.db, target, table, { batchSize, booleans, installation: local.installation, afterBatch: options.afterBatch })).rows;
            options.logger.info('copy.table', { table: table.name, rows });
          }
          options.onProgress?.({ table: table.name, index: position + 1, total: tables.length, rows, state: previous ? 'alreadyCopied' : 'copied' });
        }
        // Every table again, both sides: a table copied by an earlier run may have changed on the PC since (the
        // app started between the two runs), and nothing may have touched the copy.
        const report: CopiedTableReport[] = [];
        for (const table of tables) {
          const expected = await summarise(local.db, table, batchSize);
          const copied = await summarise(target, table, batchSize);
          if (expected.rows !== copied.rows || expected.checksum !== copied.checksum) throw differs(table, expected, copied);
          report.push({ table: table.name, rows: copied.rows, checksum: copied.checksum });
        }
        if (keyFileToWrite && options.writeKeyFile) writeServerKeyFile(options.writeKeyFile, key);
        await finishCopy(target, tables);
        options.logger.info('copy.verified', { tables: tables.length });
        return { tables: report, keyFileWritten: keyFileToWrite };
      } finally {
        await target.destroy();
      }
    } finally {
      key.fill(0);
    }
  } finally {
    await local.close();
  }
}
