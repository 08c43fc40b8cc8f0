import { z } from 'zod';
import { defineChannel } from '../define';
import type { RecoveryStatus, RestoreResult } from '../../domain/backups';
import { backupNameField, restoreKitField } from './backups';

/**
 * The start-up recovery screen's channels (issue 13, "a safe start"). Public, because when the database is
 * missing or its key is gone there is no account to sign in with; they can only do what cannot lose data:
 * restore a verified backup (the current file is kept aside first) or put back the key a recovery kit holds
 * (only if it is this database's key). Outside recovery mode they answer `problem: null` or refuse.
 */
export const recoveryChannels = {
  status: defineChannel<RecoveryStatus>()({
    input: z.strictObject({}),
    access: 'public',
    writes: false,
  }),
  restore: defineChannel<RestoreResult>()({
    input: z.strictObject({ name: backupNameField, kit: restoreKitField.optional() }),
    access: 'public',
    writes: false,
  }),
  importKit: defineChannel<null>()({
    input: z.strictObject({ kit: z.string().min(1).max(4000), passphrase: z.string().min(1).max(200) }),
    access: 'public',
    writes: false,
  }),
};
