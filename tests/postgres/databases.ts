import { randomBytes } from 'node:crypto';
import pg from 'pg';

/**
 * Fresh PostgreSQL databases for the tests, one per test core, made on the server the run uses
 * (tests/postgres/cluster.ts). `CREATE DATABASE … TEMPLATE` copies the migrated template the global setup
 * made, which takes a few milliseconds where running every migration again would take a second.
 */
export const TEMPLATE_DATABASE = 'passerelle_test_template';

/** The same server, another database. */
export function databaseUrl(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

async function onServer<T>(serverUrl: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export interface TestDatabase {
  url: string;
  drop(): Promise<void>;
}

/** A new database: empty, or a copy of the migrated template. Its name is random, so runs never collide. */
export async function createTestDatabase(serverUrl: string, options: { fromTemplate: boolean }): Promise<TestDatabase> {
  const name = `passerelle_test_${randomBytes(6).toString('hex')}`;
  await onServer(serverUrl, (client) =>
    // FILE_COPY: for a database this small, copying the files beats writing every page to the WAL (twice as fast
    // on the test cluster, whose WAL is minimal and never synced).
    client.query(`CREATE DATABASE ${name}${options.fromTemplate ? ` TEMPLATE ${TEMPLATE_DATABASE} STRATEGY FILE_COPY` : ''}`),
  );
  return {
    url: databaseUrl(serverUrl, name),
    // WITH (FORCE): a pool the test forgot to close must not leave the database behind.
    drop: () => onServer(serverUrl, (client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => undefined),
  };
}

/** Recreates the template database (a reused server may hold one from an older schema). */
export async function recreateTemplate(serverUrl: string): Promise<string> {
  await onServer(serverUrl, async (client) => {
    await client.query(`DROP DATABASE IF EXISTS ${TEMPLATE_DATABASE} WITH (FORCE)`);
    await client.query(`CREATE DATABASE ${TEMPLATE_DATABASE}`);
  });
  return databaseUrl(serverUrl, TEMPLATE_DATABASE);
}
