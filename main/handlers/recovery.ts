import { conflict } from '../errors';
import type { DomainHandlers } from './context';

/**
 * Outside recovery mode (main/startup/recovery-dispatch.ts answers these while the records are closed), the
 * status says there is nothing to recover, and the recovery actions are refused: restoring goes through
 * `backups/restore`, which an administrator must be signed in for.
 */
export const recoveryHandlers: DomainHandlers<'recovery'> = {
  async status() {
    // Public channel: a signed-out caller learns only that all is well, not the folder or the backups.
    return { problem: null, dataDir: '', backups: [], suggested: null, expectedKey: null };
  },
  async restore() {
    throw conflict('notInRecovery');
  },
  async importKit() {
    throw conflict('notInRecovery');
  },
};
