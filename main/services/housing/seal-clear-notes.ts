import type { Knex } from 'knex';
import type { FieldCipher } from '../../crypto/field-cipher';
import { checkpointWal } from '../../db/connection';
import { PRIVATE_NOTES, sealNote, type PrivateNote } from './private-notes';

interface NoteRow {
  id: number;
  clear: string | null;
  sealed: string | null;
}

/**
 * Seals the clear-text notes an earlier version wrote (migration 20261206130000_private_notes added the `*_enc`
 * columns; a migration never sees the key). The core calls it right after the migrations, once the key is known.
 *
 * For every row of PRIVATE_NOTES' columns whose envelope is NULL (written before the upgrade), the clear value
 * is encrypted into the envelope, '' included (emptiness must not show), and the clear column emptied ('': the
 * clear columns are NOT NULL). A clear value beside an envelope (a row an upgraded service rewrote before any
 * sealing) is older than the envelope: it is only emptied. One transaction, so a failure leaves every row as it
 * was; idempotent: a second run finds nothing to do and returns 0.
 *
 * Returns how many non-empty clear values it took out of the clear columns. When there were any, the WAL is
 * checkpointed after the commit, so the old pages with the clear text leave the WAL at once (secure_delete has
 * zeroed them in the database pages). Backups made before the sealing still hold the clear values.
 */
export async function sealClearTextNotes(db: Knex, cipher: FieldCipher): Promise<number> {
  const sealed = await db.transaction(async (trx) => {
    let count = 0;
    for (const note of Object.keys(PRIVATE_NOTES) as PrivateNote[]) count += await sealColumn(trx, cipher, note);
    return count;
  });
  if (sealed > 0) await checkpointWal(db);
  return sealed;
}

async function sealColumn(trx: Knex.Transaction, cipher: FieldCipher, note: PrivateNote): Promise<number> {
  const { table, clear, sealed } = PRIVATE_NOTES[note];
  const rows: NoteRow[] = await trx(table)
    .whereNull(sealed)
    .orWhere(clear, '<>', '')
    .select('id', `${clear} as clear`, `${sealed} as sealed`);
  let count = 0;
  for (const row of rows) {
    const text = row.clear ?? '';
    const changes: Record<string, string> = { [clear]: '' };
    if (row.sealed === null) changes[sealed] = sealNote(cipher, note, row.id, text);
    await trx(table).where({ id: row.id }).update(changes);
    if (text !== '') count += 1;
  }
  return count;
}
