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
  // PostgreSQL has no WAL file beside the database for the app to fold: its files are the server's, and what
  // an erasure leaves in them is for its administrators (docs/deployment.md, erasure).
  if (isPostgres(db)) return;
  await db.raw('PRAGMA wal_checkpoint(TRUNCATE)');
}

/** How many connections one server process keeps to PostgreSQL at most. */
const POSTGRES_POOL_MAX = 10;
/** A statement that has not finished after this long is cancelled, rather than hold its locks for ever. */
const POSTGRES_STATEMENT_TIMEOUT_MS = 30_000;

let postgresTypesSet = false;
/**
 * PostgreSQL returns 64-bit integers (count(*), sum of integers) and NUMERIC (avg) as strings, so that no
 * precision is lost; the services expect numbers, as SQLite gives. Counts and sums here stay far below 2^53.
 */
async function setPostgresTypes(): Promise<void> {
  if (postgresTypesSet) return;
  const { default: pg } = await import('pg');
  pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number(value));
  pg.types.setTypeParser(pg.types.builtins.NUMERIC, (value) => Number(value));
  postgresTypesSet = true;
}

/**
 * The knex handle of a team server (issue 15): a pool of connections to PostgreSQL, each in UTC and with a
 * statement timeout. `url` is a libpq connection URL; it may hold a password, so it is never logged.
 */
export async function openPostgres(url: string, options: { poolMax?: number } = {}): Promise<Knex> {
  await setPostgresTypes();
  return knexFactory({
    client: 'pg',
    connection: { connectionString: url, statement_timeout: POSTGRES_STATEMENT_TIMEOUT_MS, options: '-c TimeZone=UTC' },
    pool: { min: 0, max: options.poolMax ?? POSTGRES_POOL_MAX },
    acquireConnectionTimeout: 10_000,
  });
}

/** Which engine a handle speaks to: the few places that must differ (a dialect seam) ask this. */
export function isPostgres(db: Db): boolean {
  return db.client.config.client === 'pg';
}
