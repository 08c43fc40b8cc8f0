/**
 * A team server's database out of reach (issue 15): the server stopped or restarting, the network down, a
 * connection cut under a call. Dispatch answers CONFLICT `databaseUnavailable` rather than INTERNAL: it is not
 * a bug, and trying again once the database is back is the answer. The pool recovers by itself: knex marks a
 * connection that failed as disposed, and its pool validation drops it rather than hand it out again.
 */

/** Node's socket errors, as pg passes them on. */
const SOCKET_CODES = new Set([
  'ECONNREFUSED', // nothing listens on the port: the server is stopped or restarting
  'ECONNRESET', // the server (or a firewall) dropped an open connection
  'ETIMEDOUT', // the host does not answer at all (down, or the network between is)
  'EPIPE', // writing on a connection the server already closed
  'EHOSTUNREACH', // no route to the database's host
  'ENETUNREACH', // no network at all on the server's side
  'ENOTFOUND', // the host name no longer resolves (DNS down or changed)
  'EAI_AGAIN', // the host name could not be resolved for now
]);

/** PostgreSQL's SQLSTATEs that say the server is going, gone or not yet there (class 08 is tested apart). */
const SERVER_CODES = new Set([
  '57P01', // admin_shutdown: `pg_ctl stop -m fast`, or pg_terminate_backend of this connection
  '57P02', // crash_shutdown: another backend crashed and the server is resetting every connection
  '57P03', // cannot_connect_now: the server is starting up (recovery) or shutting down
  '53300', // too_many_connections: the server refuses any new connection, the same as out of reach for this call
]);

/**
 * pg's own errors have no code, only a message: a connection that ended under a query ("Connection terminated
 * unexpectedly"), or a client already broken when the transaction's next query came ("… is not queryable").
 * knex prefixes the SQL to a query's message, so the phrase is looked for inside it. Each has a fixed label for
 * the log, which never holds the message itself.
 */
const PG_MESSAGES: [phrase: string, label: string][] = [
  ['Connection terminated', 'connectionTerminated'],
  ['is not queryable', 'connectionBroken'],
];

/**
 * What the log records of a database out of reach (the error's code, or a fixed label), or null when the error
 * is something else.
 */
export function databaseUnavailableCause(error: unknown): string | null {
  if (typeof error !== 'object' || error === null) return null;
  // The pool could not hand out a connection within acquireConnectionTimeout (main/db/connection.ts): usually
  // a host that does not answer. It is also what ten calls all stuck at once would give; either way no query
  // of this call ran, and trying again later is the answer. (Known by its name: knex does not offer the class
  // as a named import.)
  if ((error as { name?: unknown }).name === 'KnexTimeoutError') return 'KnexTimeoutError';
  const code = String((error as { code?: unknown }).code);
  // Class 08, connection exception: the connection failed, was refused by the server, or broke.
  if (/^08[0-9A-Z]{3}$/.test(code)) return code;
  if (SOCKET_CODES.has(code) || SERVER_CODES.has(code)) return code;
  const message = (error as { message?: unknown }).message;
  if (typeof message !== 'string') return null;
  return PG_MESSAGES.find(([phrase]) => message.includes(phrase))?.[1] ?? null;
}

export function isDatabaseUnavailable(error: unknown): boolean {
  return databaseUnavailableCause(error) !== null;
}
