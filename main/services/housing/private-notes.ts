import type { FieldCipher } from '../../crypto/field-cipher';

/**
 * The free text a worker types about a housed household outside its own record (issue 13, point 7): placement
 * notes and the bail glissant's accompaniment (objectives, outcome, review notes). Each is a field-cipher
 * envelope in its `*_enc` column, like household notes, bound to the column and the row's id
 * (`housing_placements.notes_enc:<id>`), so a value copied to another row or column does not decrypt. The id is
 * known only after the insert: writers insert the row, then write the envelope, in the same transaction.
 *
 * Each column replaced a clear one (migration 20261206130000_private_notes). A NULL envelope means a row an
 * older version wrote and the core has not sealed yet (seal-clear-notes.ts): its clear column is read instead,
 * so nothing typed before the upgrade disappears. The services never write clear text to those columns; only
 * the sealing and an erasure empty them.
 */
export const PRIVATE_NOTES = {
  placementNotes: { table: 'housing_placements', clear: 'notes', sealed: 'notes_enc' },
  leaseOutcome: { table: 'rolling_leases', clear: 'outcome', sealed: 'outcome_enc' },
  leaseObjectives: { table: 'rolling_leases', clear: 'objectives', sealed: 'objectives_enc' },
  leaseReviewNotes: { table: 'rolling_lease_reviews', clear: 'notes', sealed: 'notes_enc' },
} as const;

export type PrivateNote = keyof typeof PRIVATE_NOTES;

export function privateNoteContext(note: PrivateNote, id: number): string {
  const { table, sealed } = PRIVATE_NOTES[note];
  return `${table}.${sealed}:${id}`;
}

export function sealNote(cipher: FieldCipher, note: PrivateNote, id: number, plain: string): string {
  return cipher.encrypt(plain, privateNoteContext(note, id));
}

/** The note of row `id`: its envelope decrypted, or, for a row not sealed yet, its clear column. */
export function openNote(cipher: FieldCipher, note: PrivateNote, id: number, sealed: string | null, clear: string): string {
  return sealed === null ? clear : cipher.decrypt(sealed, privateNoteContext(note, id));
}
