import knexFactory, { type Knex } from 'knex';

/** A knex handle or a transaction: services accept either, so dispatch decides where transactions begin. */
export type Db = Knex | Knex.Transaction;

/**
 * Applied on every new connection. SQLite's defaults are unsafe for this data: foreign keys are off, and
 * deleted rows stay readable in the file unless secure_delete is on.
 */
const CONNECTION_PRAGMAS = [
  'PRAGMA foreign_keys = ON',
  'PRAGMA journal_mode = WAL',
  'PRAGMA busy_timeout = 5000',
  'PRAGMA synchronous = NORMAL',
  'PRAGMA secure_delete = ON',
];

interface RawSqliteConnection {
  exec(sql: string, callback: (error: Error | null) => void): void;
}

/**
 * The only place a knex instance is created. One pooled connection: SQLite serialises writers anyway, and an
 * in-memory database exists only on the connection that made it.
 */
export function openDatabase(filename: string): Knex {
  return knexFactory({
    client: 'sqlite3',
    connection: { filename },
    useNullAsDefault: true,
    pool: {
      min: 1,
      max: 1,
      idleTimeoutMillis: Number.MAX_SAFE_INTEGER,
      afterCreate(connection: RawSqliteConnection, done: (error: Error | null, connection: unknown) => void) {
        connection.exec(`${CONNECTION_PRAGMAS.join('; ')};`, (error) => done(error, connection));
      },
    },
  });
}

/** Reads one PRAGMA's value (used by tests and the system info screen). */
export async function readPragma(db: Knex, name: string): Promise<unknown> {
  const rows: Record<string, unknown>[] = await db.raw(`PRAGMA ${name.replace(/[^a-z_]/g, '')}`);
  const first = rows[0];
  return first ? Object.values(first)[0] : undefined;
}

/**
 * Copies the WAL into the main file and empties the WAL (TRUNCATE), so the pages an erasure zeroed (secure_delete)
 * replace the old ones in the main file and the old copies leave the WAL. Best effort: a reader still open in
 * another process can keep part of the WAL until its next checkpoint (SQLite then reports "busy" in the result
 * row, not as an error).
 */
export async function checkpointWal(db: Db): Promise<void> {
  await db.raw('PRAGMA wal_checkpoint(TRUNCATE)');
}
