import { conflict } from '../errors';
import type { DomainHandlers } from './context';

/**
 * Outside recovery mode (main/startup/recovery-dispatch.ts answers these while the records are closed), the
 * status says there is nothing to recover, and the recovery actions are refused: restoring goes through
 * `api.backups.restore`, which an administrator must be signed in for. The exception is a damaged database opened
 * read-only: it offers the restore as recovery mode does.
 */
export const recoveryHandlers: DomainHandlers<'recovery'> = {
  async status(ctx) {
    const status = await ctx.maintenance.recoveryStatus();
    // A damaged database opened read-only makes the same offer as recovery mode (nobody may be able to sign in).
    if (status.readOnly) return status;
    // Public channel: a signed-out caller learns only that all is well, not the folder or the backups.
    return { problem: null, readOnly: false, dataDir: '', backups: [], suggested: null, expectedKey: null };
  },
  async restore(ctx, input) {
    if (!(await ctx.maintenance.recoveryStatus()).readOnly) throw conflict('notInRecovery');
    return ctx.maintenance.restore(input.name, input.kit);
  },
  async importKit() {
    throw conflict('notInRecovery');
  },
};
