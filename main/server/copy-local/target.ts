import type { Knex } from 'knex';
import { openPostgres } from '../../db/connection';
import { DatabaseTooNewError, migrateToLatest } from '../../db/migrate';
import type { Installation } from '../../startup/identity';
import { refuse } from './refusal';
import { PROGRESS_TABLE, quote, type CopiedTable } from './tables';
// The servers' own migration lock: a server starting meanwhile waits for this migration.
import { MIGRATION_LOCK } from '../open-records';

/**
 * The rows the migrations themselves write into a new database (the two exhibitions and questionnaires shipped
 * with Passerelle, Belgian holidays). A new team database holds them before any copy; the PC's own versions
 * (perhaps edited) replace them. Any other row means the database is already in use.
 */
const SEEDED_BY_MIGRATIONS = new Set(['holidays', 'exhibitions', 'exhibition_items', 'questionnaire_templates', 'questionnaire_items']);

/** The progress row that names the copy itself (which PC's records): the other rows name one table each. */
const HEADER = '*';

export interface ProgressRow {
  table_name: string;
  rows: number;
  checksum: string;
  installation_id: string;
}

export async function openTarget(url: string): Promise<Knex> {
  // One plain connection first: a refused one is then reported here, in plain words, rather than by knex's
  // pool on the console (with the driver's message, which may quote the user's name).
  const { default: pg } = await import('pg');
  const probe = new pg.Client({ connectionString: url });
  try {
    await probe.connect();
    await probe.end();
    return await openPostgres(url, { poolMax: 2 });
  } catch (error) {
    await probe.end().catch(() => undefined);
    // The driver's code only (ECONNREFUSED, 28P01 for a password, 3D000 for a database name): its message may
    // quote the URL's user.
    const code = (error as { code?: unknown }).code;
    const reason = typeof code === 'string' && /^[A-Z0-9_]{1,20}$/.test(code) ? ` (${code})` : '';
    throw refuse(
      'targetUnreachable',
      `La base PostgreSQL ne répond pas à cette adresse${reason} : serveur arrêté, nom de base, utilisateur ou mot de passe. Vérifiez --database-url ou PASSERELLE_DATABASE_URL. Rien n’a été copié.`,
      `The PostgreSQL database does not answer at this address${reason}: server down, database name, user or password. Check --database-url or PASSERELLE_DATABASE_URL. Nothing was copied.`,
    );
  }
}

/** Brings the target to this version's schema, under the lock team servers take to migrate. */
export async function migrateTarget(db: Knex): Promise<void> {
  try {
    await db.transaction(async (trx) => {
      await trx.raw('SET LOCAL statement_timeout = 0');
      await trx.raw('SELECT pg_advisory_xact_lock(?)', [MIGRATION_LOCK]);
      await migrateToLatest(db);
    });
  } catch (error) {
    if (!(error instanceof DatabaseTooNewError)) throw error;
    throw refuse(
      'targetTooNew',
      'La base PostgreSQL a été préparée par une version plus récente de Passerelle. Utilisez la même version pour la copie et pour le serveur. Rien n’a été copié.',
      'The PostgreSQL database was prepared by a newer Passerelle. Use the same version for the copy and the server. Nothing was copied.',
    );
  }
}

/** The progress of a copy under way, or null when none is (the table exists only during a copy). */
export async function readProgress(db: Knex): Promise<Map<string, ProgressRow> | null> {
  if (!(await db.schema.hasTable(PROGRESS_TABLE))) return null;
  const rows: ProgressRow[] = await db(PROGRESS_TABLE).select('table_name', 'rows', 'checksum', 'installation_id');
  return new Map(rows.map((row) => [row.table_name, { ...row, rows: Number(row.rows) }]));
}

/**
 * Starts a copy, or finds the one under way. A new copy needs a database nobody uses yet: any row other than
 * the migrations' own refuses it, naming the table. The migrations' rows are removed and the progress table
 * made in one transaction, so an interruption leaves either the new database or a copy that can be resumed.
 * A copy under way is resumed only for the same PC's records (the same installation).
 */
export async function beginOrResume(db: Knex, tables: CopiedTable[], installation: Installation): Promise<Map<string, ProgressRow>> {
  const existing = await readProgress(db);
  if (existing) {
    const header = existing.get(HEADER);
    if (!header || header.installation_id !== installation.installationId) {
      throw refuse(
        'targetOtherCopy',
        'Cette base PostgreSQL reçoit déjà la copie des données d’un AUTRE PC (copie interrompue). Terminez-la avec ce PC-là, ou videz la base (supprimez-la et recréez-la vide) avant de copier celui-ci.',
        'This PostgreSQL database is already receiving another PC’s records (an interrupted copy). Finish it from that PC, or drop and recreate the database before copying this one.',
      );
    }
    existing.delete(HEADER);
    return existing;
  }
  await db.transaction(async (trx) => {
    // Two copies started at once: the second waits here, then finds the progress table and stops below.
    await trx.raw('LOCK TABLE installation IN EXCLUSIVE MODE');
    if (await trx.schema.hasTable(PROGRESS_TABLE)) {
      throw refuse(
        'targetOtherCopy',
        'Une autre copie vient de commencer vers cette base PostgreSQL. Attendez qu’elle se termine.',
        'Another copy has just started into this PostgreSQL database. Wait for it to finish.',
      );
    }
    const copied: { installation_id: string } | undefined = await trx('installation').first('installation_id');
    if (copied?.installation_id === installation.installationId) {
      throw refuse(
        'targetHoldsRecords',
        'Cette base PostgreSQL contient déjà une copie terminée et vérifiée des données de ce PC : il n’y a plus rien à faire. Démarrez le serveur sur cette base avec la même clé.',
        'This PostgreSQL database already holds a finished, verified copy of this PC’s records: nothing left to do. Start the server on it with the same key.',
        'installation',
      );
    }
    for (const table of tables) {
      if (SEEDED_BY_MIGRATIONS.has(table.name)) continue;
      const found = await trx(table.name).first(trx.raw('1 AS found'));
      if (found) {
        throw refuse(
          'targetHoldsRecords',
          `Cette base PostgreSQL contient déjà des données (table « ${table.name} ») : la copie se fait uniquement dans une base neuve, pour ne rien mélanger ni écraser. Créez une base vide (createdb) et indiquez-la. Rien n’a été modifié.`,
          `This PostgreSQL database already holds records (table "${table.name}"): the copy goes only into a new database, so nothing is mixed or overwritten. Create an empty database and give it. Nothing was changed.`,
          table.name,
        );
      }
    }
    for (const table of [...tables].reverse()) {
      if (SEEDED_BY_MIGRATIONS.has(table.name)) await trx.raw(`DELETE FROM ${quote(table.name)}`);
    }
    await trx.schema.createTable(PROGRESS_TABLE, (t) => {
      t.text('table_name').primary();
      t.integer('rows').notNullable();
      t.text('checksum').notNullable();
      t.text('installation_id').notNullable();
    });
    await trx(PROGRESS_TABLE).insert({ table_name: HEADER, rows: 0, checksum: '', installation_id: installation.installationId });
  });
  return new Map();
}

/** Records one table as copied and verified, in the transaction that copied it. */
export async function recordTableDone(trx: Knex.Transaction, table: string, rows: number, checksum: string, installation: Installation): Promise<void> {
  await trx(PROGRESS_TABLE).insert({ table_name: table, rows, checksum, installation_id: installation.installationId });
}

/**
 * Ends a verified copy: each id sequence is moved past the copied ids (the server's next row must not take a
 * copied id), then the progress table goes. One transaction: an interruption here leaves the copy resumable.
 */
export async function finishCopy(db: Knex, tables: CopiedTable[]): Promise<void> {
  await db.transaction(async (trx) => {
    for (const table of tables) {
      if (!table.serialId) continue;
      const sequence = (await trx.raw('SELECT pg_get_serial_sequence(?, ?) AS name', [table.name, 'id'])) as { rows: { name: string | null }[] };
      const name = sequence.rows[0]?.name;
      if (!name) continue;
      await trx.raw(`SELECT setval(?, COALESCE((SELECT max(id) FROM ${quote(table.name)}), 1), (SELECT max(id) IS NOT NULL FROM ${quote(table.name)}))`, [name]);
    }
    await trx.schema.dropTable(PROGRESS_TABLE);
  });
}
