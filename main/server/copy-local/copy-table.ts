import type { Knex } from 'knex';
import type { Installation } from '../../startup/identity';
import { refuse } from './refusal';
import { forEachBatch, summarise, type Row, type TableSummary } from './rows';
import { recordTableDone } from './target';
import type { CopiedTable } from './tables';

export interface TableCopyOptions {
  batchSize: number;
  /** PostgreSQL's boolean columns as `table.column`. */
  booleans: Set<string>;
  installation: Installation;
  /** After each batch written (the tests slow it down to interrupt a copy at a known point). */
  afterBatch?: () => Promise<void>;
}

/**
 * Copies one table whole, in ONE transaction: its rows in key order, a batch at a time, with their ids; then
 * the rows now in PostgreSQL are counted and checksummed inside the same transaction and compared with the
 * PC's; then the table is recorded as done. Interrupted anywhere (even by kill -9), PostgreSQL rolls the whole
 * table back, so a table is never half-copied and the append-only logs never need a DELETE to start again.
 */
export async function copyTable(source: Knex, target: Knex, table: CopiedTable, options: TableCopyOptions): Promise<TableSummary> {
  const expected = await summarise(source, table, options.batchSize);
  return target.transaction(async (trx) => {
    const present = await trx(table.name).first(trx.raw('1 AS found'));
    if (present) {
      throw refuse(
        'targetHoldsRecords',
        `La table « ${table.name} » de la base PostgreSQL a reçu des lignes d’ailleurs pendant la copie (un serveur déjà démarré sur cette base ?). Arrêtez tout serveur Passerelle sur cette base, supprimez-la, recréez-la vide et relancez la copie.`,
        `Table "${table.name}" in PostgreSQL received rows from elsewhere during the copy (a server already started on it?). Stop any Passerelle server on it, drop and recreate it empty, then run the copy again.`,
        table.name,
      );
    }
    await forEachBatch(source, table, options.batchSize, async (rows) => {
      await trx(table.name).insert(rows.map((row) => forPostgres(table, row, options.booleans)));
      await options.afterBatch?.();
    });
    const copied = await summarise(trx, table, options.batchSize);
    if (copied.rows !== expected.rows || copied.checksum !== expected.checksum) throw differs(table, expected, copied);
    await recordTableDone(trx, table.name, copied.rows, copied.checksum, options.installation);
    return copied;
  });
}

/** SQLite's 0 and 1 become PostgreSQL's booleans; every other value goes as it is (text, numbers, NULL). */
function forPostgres(table: CopiedTable, row: Row, booleans: Set<string>): Row {
  const out: Row = {};
  for (const column of table.columns) {
    const value = row[column];
    out[column] = booleans.has(`${table.name}.${column}`) && (value === 0 || value === 1) ? value === 1 : value;
  }
  return out;
}

export function differs(table: CopiedTable, local: TableSummary, copied: TableSummary): Error {
  const what =
    local.rows !== copied.rows
      ? { fr: `${local.rows} lignes sur ce PC, ${copied.rows} dans PostgreSQL`, en: `${local.rows} rows on this PC, ${copied.rows} in PostgreSQL` }
      : { fr: `même nombre de lignes (${local.rows}) mais contenu différent`, en: `same row count (${local.rows}) but different content` };
  return refuse(
    'verifyFailed',
    `Vérification échouée pour la table « ${table.name} » : ${what.fr}. La copie n’est PAS marquée comme terminée : ne démarrez pas le serveur sur cette base. Relancez la commande ; si l’écart reste, supprimez la base PostgreSQL, recréez-la vide et recommencez, puis signalez-le.`,
    `Verification failed for table "${table.name}": ${what.en}. The copy is NOT marked done: do not start the server on this database. Run the command again; if it persists, drop and recreate the database and start over, then report it.`,
    table.name,
  );
}

