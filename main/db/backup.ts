import { pathToFileURL } from 'node:url';
import knexFactory, { type Knex } from 'knex';

/*
 * The SQLite side of backups: every statement specific to SQLite (VACUUM INTO, PRAGMAs, URI file names) lives
 * here, in the database module; main/backups/ builds verified, atomically published backups on top of it.
 *
 * `connection` parameters are a raw pooled connection taken with `db.client.acquireConnection()`: the copy and
 * the counts of a backup must run on the same connection, with nothing of this process in between.
 */

/** A raw connection of knex's pool (node-sqlite3 Database); opaque outside knex. */
export type PooledConnection = unknown;

const MIGRATIONS_TABLE = 'knex_migrations';

/** Runs a query on the given pooled connection, or on the pool when there is none. */
function on<T extends { connection(connection: unknown): T }>(query: T, connection: PooledConnection | undefined): T {
  return connection === undefined ? query : query.connection(connection);
}

/**
 * Writes a consistent copy of the database into `file`, which must not exist or be empty. `VACUUM INTO` (a plain
 * file copy of a WAL database can silently lose committed rows) refuses to run inside a transaction, so it needs
 * the knex handle itself. The copy is in rollback-journal mode (header bytes 18–19 = 1), so opening it read-only
 * later never creates -wal/-shm files beside it.
 */
export async function copyDatabaseInto(db: Knex, connection: PooledConnection | undefined, file: string): Promise<void> {
  await on(db.raw('VACUUM INTO ?', [file]), connection);
}

/** The source's size as SQLite counts it (page_count × page_size): the copy is at most this big. */
export async function databaseBytes(db: Knex, connection?: PooledConnection): Promise<number> {
  const [pages] = (await on(db.raw('PRAGMA page_count'), connection)) as { page_count: number }[];
  const [size] = (await on(db.raw('PRAGMA page_size'), connection)) as { page_size: number }[];
  return (pages?.page_count ?? 0) * (size?.page_size ?? 0);
}

/** The names of the applied migrations, in the order they ran; none when knex never ran on this database. */
export async function readAppliedMigrations(db: Knex, connection?: PooledConnection): Promise<string[]> {
  const tables = (await on(
    db.raw("SELECT name FROM sqlite_master WHERE type = 'table' AND name = ?", [MIGRATIONS_TABLE]),
    connection,
  )) as { name: string }[];
  if (tables.length === 0) return [];
  const rows = (await on(db.raw('SELECT name FROM ?? ORDER BY id', [MIGRATIONS_TABLE]), connection)) as { name: string }[];
  return rows.map((row) => row.name);
}

/**
 * The row count of every table (knex's own included; SQLite's internal `sqlite_*` tables left out), keyed by
 * name in name order.
 */
export async function countTables(db: Knex, connection?: PooledConnection): Promise<Record<string, number>> {
  const tables = (await on(
    db.raw("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name"),
    connection,
  )) as { name: string }[];
  const counts: Record<string, number> = {};
  for (const { name } of tables) {
    const [row] = (await on(db.raw('SELECT COUNT(*) AS n FROM ??', [name]), connection)) as { n: number }[];
    counts[name] = row?.n ?? 0;
  }
  return counts;
}

/** `PRAGMA integrity_check`: true only when SQLite answers exactly "ok". */
export async function integrityCheck(db: Knex): Promise<boolean> {
  const rows = (await db.raw('PRAGMA integrity_check')) as { integrity_check: string }[];
  return rows.length === 1 && rows[0]?.integrity_check === 'ok';
}

// The read-only handles report their failures to the caller; knex's own console warnings would only be noise.
const silent = { warn() {}, error() {}, debug() {}, deprecate() {} };

/**
 * Opens a database file that must never change (a backup, or a backup's work copy) on a separate, short-lived
 * handle. knex ORs `flags` into READWRITE|CREATE, which makes `OPEN_READONLY` an invalid combination
 * (SQLITE_MISUSE); a URI with `mode=ro` is read-only instead, and `immutable=1` takes no locks and never creates
 * -wal/-shm files, even for a copy whose header says WAL. Destroy the handle when done.
 */
export function openReadOnly(file: string): Knex {
  return knexFactory({
    client: 'sqlite3',
    connection: { filename: `${sqliteFileUri(file)}?mode=ro&immutable=1`, flags: ['OPEN_URI'] },
    useNullAsDefault: true,
    pool: { min: 1, max: 1 },
    log: silent,
  });
}

/**
 * A path as an SQLite URI (percent-encoded, so `?`, `#` and `%` in folder names are not read as URI syntax).
 * SQLite refuses an authority other than localhost, and a Windows UNC path (\\server\share\…) becomes
 * `file://server/share/…`; an empty authority followed by `//server/share/…` names the same file. (Checked on
 * Linux only: to try on a Windows share before relying on it.)
 */
export function sqliteFileUri(file: string): string {
  const url = pathToFileURL(file);
  return `file://${url.host ? `//${url.host}` : ''}${url.pathname}`;
}

/**
 * Folds a closed database's WAL into its main file and removes it (a connection closing last in WAL mode
 * deletes the -wal); a hot rollback journal is rolled back the same way. Before a restore deletes the -wal, so that a restore killed halfway leaves the old
 * database whole. Opened without the app's PRAGMAs and with a short busy timeout: this only checkpoints.
 */
export async function foldWal(databaseFile: string): Promise<void> {
  const db = knexFactory({
    client: 'sqlite3',
    connection: { filename: databaseFile, flags: [] },
    useNullAsDefault: true,
    pool: { min: 1, max: 1 },
    log: silent,
  });
  try {
    await db.raw('PRAGMA busy_timeout = 1000');
    // A first read recovers the WAL, or rolls back a hot journal, before anything else.
    await db.raw('SELECT COUNT(*) FROM sqlite_master');
    const [result] = (await db.raw('PRAGMA wal_checkpoint(TRUNCATE)')) as { busy: number }[];
    // "busy" means another connection still reads or writes the database: it is not closed.
    if (result && result.busy !== 0) throw Object.assign(new Error('database busy'), { code: 'SQLITE_BUSY' });
  } finally {
    await db.destroy();
  }
}

/** What an SQLite error means for a backup, from its code (the message may quote SQL and values). */
export function sqliteFailure(error: unknown): 'full' | 'busy' | 'notADatabase' | 'corrupt' | null {
  const code = (error as { code?: unknown } | null)?.code;
  switch (code) {
    case 'SQLITE_FULL':
      return 'full';
    case 'SQLITE_BUSY':
    case 'SQLITE_LOCKED':
      return 'busy';
    case 'SQLITE_NOTADB':
      return 'notADatabase';
    case 'SQLITE_CORRUPT':
      return 'corrupt';
    default:
      return null;
  }
}
