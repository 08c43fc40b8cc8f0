import { randomUUID } from 'node:crypto';
import type { Knex } from 'knex';
import type { FieldCipher } from '../crypto/field-cipher';
import { householdNotesContext, personContext } from '../services/housing/people';

/**
 * The database's identity (issue 13, point 4): its installation id and the fingerprint of the field key its
 * encrypted fields were written with (`installation`, one row). Read before the key is loaded or made, so a
 * database with encrypted records never gets a new key.
 */
export interface Installation {
  installationId: string;
  fieldKeyFingerprint: string;
}

export async function readInstallation(db: Knex): Promise<Installation | null> {
  if (!(await db.schema.hasTable('installation'))) return null;
  const row: { installation_id: string; field_key_fingerprint: string } | undefined = await db('installation')
    .where({ id: 1 })
    .first('installation_id', 'field_key_fingerprint');
  return row ? { installationId: row.installation_id, fieldKeyFingerprint: row.field_key_fingerprint } : null;
}

/** Written once, after the migrations, by the first start that knows the key. */
export async function recordInstallation(db: Knex, fieldKeyFingerprint: string, now: Date): Promise<Installation> {
  const installation = { installationId: randomUUID(), fieldKeyFingerprint };
  await db('installation').insert({
    id: 1,
    installation_id: installation.installationId,
    field_key_fingerprint: fieldKeyFingerprint,
    created_at: now.toISOString(),
  });
  return installation;
}

/**
 * One encrypted value of the database and the context it was sealed with, or null when there is none: a
 * person's first name, else a household's notes (a household may be recorded before its people). Erased
 * values hold no envelope, so only `v1:` values count.
 */
async function oneEnvelope(db: Knex): Promise<{ stored: string; context: string } | null> {
  if (await db.schema.hasTable('housing_people')) {
    const person: { code: string; first_name_enc: string } | undefined = await db('housing_people')
      .where('first_name_enc', 'like', 'v1:%')
      .orderBy('id')
      .first('code', 'first_name_enc');
    if (person) return { stored: person.first_name_enc, context: personContext('first_name_enc', person.code) };
  }
  if (await db.schema.hasTable('housing_households')) {
    const household: { code: string; notes_enc: string } | undefined = await db('housing_households')
      .where('notes_enc', 'like', 'v1:%')
      .orderBy('id')
      .first('code', 'notes_enc');
    if (household) return { stored: household.notes_enc, context: householdNotesContext(household.code) };
  }
  return null;
}

/**
 * Whether the database holds values only the field key opens (a database from before the `installation` row:
 * its key's fingerprint was never written down).
 */
export async function hasEncryptedRecords(db: Knex): Promise<boolean> {
  return (await oneEnvelope(db)) !== null;
}

/**
 * For a database without an `installation` row: does this key open its records? One value is enough (every
 * field of a database is written with the same key unless it was already forked, which is what this check
 * refuses to make worse).
 */
export async function keyOpensRecords(db: Knex, cipher: FieldCipher): Promise<boolean> {
  const envelope = await oneEnvelope(db);
  if (!envelope) return true;
  try {
    cipher.decrypt(envelope.stored, envelope.context);
    return true;
  } catch {
    return false;
  }
}
