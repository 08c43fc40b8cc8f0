import type { FieldCipher } from '../../crypto/field-cipher';
import type { ServiceContext } from '../context';

/**
 * The encrypted columns of address registrations: the commune's file reference and the notes can identify the
 * person, so they are field-cipher envelopes like the people's names. Kept apart from the rest of the
 * registration code so that erasing a person (housing/people.ts) can blank them without an import cycle.
 */

export type RegistrationEncryptedColumn = 'commune_reference_enc' | 'notes_enc';

/**
 * The cipher's context: bound to the column and the registration's id, so a value copied to another row or
 * column does not decrypt. A registration has no generated code like a person, and its id is only known after
 * the insert: creating one inserts empty placeholders, then writes the envelopes bound to the new id, in the
 * same transaction (nothing half-written can be seen or kept).
 */
export function registrationContext(column: RegistrationEncryptedColumn, id: number): string {
  return `housing_registrations.${column}:${id}`;
}

export function registrationCipherColumns(cipher: FieldCipher, id: number, values: { communeReference: string; notes: string }) {
  return {
    commune_reference_enc: cipher.encrypt(values.communeReference, registrationContext('commune_reference_enc', id)),
    notes_enc: cipher.encrypt(values.notes, registrationContext('notes_enc', id)),
  };
}

/**
 * Erasure of a person: their registrations stay, anonymous (person_id becomes NULL by the foreign key), for the
 * report's counts; the reference and notes become the encryption of '' (as "not given" is everywhere), so the
 * old envelopes' bytes are gone (secure_delete zeroes the freed space).
 */
export async function blankRegistrationsOf(ctx: ServiceContext, personId: number): Promise<void> {
  const rows = (await ctx.db('housing_registrations').where({ person_id: personId }).select('id')) as { id: number }[];
  for (const { id } of rows) {
    await ctx.db('housing_registrations')
      .where({ id })
      .update({ ...registrationCipherColumns(ctx.cipher, id, { communeReference: '', notes: '' }), updated_at: ctx.now.toISOString() });
  }
}
