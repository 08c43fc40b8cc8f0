import { z } from 'zod';
import { defineChannel } from '../define';
import { passwordField } from '../fields';
import type { ExportedFile } from '../exported-file';
import type { BackupListItem, BackupProgress, BackupsOverview, RestoreResult } from '../../domain/backups';

/** A backup's file name as listed by the list channel: never a path (the server looks only in its backups folder). */
export const backupNameField = z
  .string()
  .max(80)
  .regex(/^passerelle-\d{8}-\d{6}(-\d{1,3})?\.sqlite$/);

/**
 * The recovery kit of the key a backup needs, when it is not the key in place (a backup of another installation,
 * or of this one before a new PC made its own key): the backup is restored with that key.
 */
export const restoreKitField = z.strictObject({ kit: z.string().min(1).max(4000), passphrase: z.string().min(1).max(200) });

/**
 * Backups are files beside the database, not rows: none of these channels runs in a transaction (VACUUM INTO
 * refuses one, and a restore closes the database).
 */
export const backupsChannels = {
  list: defineChannel<BackupsOverview>()({
    input: z.strictObject({}),
    access: ['admin'],
    writes: false,
  }),
  /** A verified backup now; answers once it is published (the interface polls `progress` meanwhile). */
  create: defineChannel<BackupListItem>()({
    input: z.strictObject({}),
    access: ['admin'],
    writes: false,
  }),
  progress: defineChannel<BackupProgress | null>()({
    input: z.strictObject({}),
    access: ['admin'],
    writes: false,
  }),
  /**
   * Backs up the current database, checks the chosen backup, swaps it in and reopens: every session ends
   * (the interface goes back to the sign-in screen).
   */
  restore: defineChannel<RestoreResult>()({
    input: z.strictObject({ name: backupNameField, kit: restoreKitField.optional() }),
    access: ['admin'],
    writes: false,
  }),
  /** A folder off the PC (a network share, a USB disk) that receives a copy of each backup; null stops it. */
  setSecondFolder: defineChannel<BackupsOverview['secondFolder']>()({
    input: z.strictObject({ path: z.string().trim().min(1).max(500).nullable() }),
    access: ['admin'],
    writes: true,
  }),
  /** The field key sealed with a passphrase, as a text file and a printable sheet; asks the admin's password again. */
  exportRecoveryKit: defineChannel<{ file: ExportedFile; sheet: ExportedFile }>()({
    input: z.strictObject({ password: passwordField, passphrase: z.string().max(200) }),
    access: ['admin'],
    writes: true,
  }),
  /** Desktop app: moves a plain key file (made by browser mode) under the system keyring's protection. */
  protectKeyWithKeyring: defineChannel<null>()({
    input: z.strictObject({}),
    access: ['admin'],
    writes: false,
  }),
};
