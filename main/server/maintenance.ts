import { conflict } from '../errors';
import type { BackupService } from '../services/backups/backup-service';
import type { Maintenance } from '../startup/maintenance';

/**
 * A team server's answer to the backup, restore and recovery-kit channels: its records are in PostgreSQL,
 * backed up with PostgreSQL's own tools (`pg_dump`, docs/deployment.md), and its field key is a file or a
 * variable on the server that IT keeps. None of this is done from a client, so each channel says where it is
 * done instead (`backupsOnServer`); the interface hides those pages against a server.
 */
export function createServerMaintenance(): Maintenance {
  const elsewhere = (): never => {
    throw conflict('backupsOnServer');
  };
  const backups: BackupService = {
    create: async () => elsewhere(),
    ensureDaily: async () => undefined,
    progress: () => null,
    overview: async () => elsewhere(),
    list: () => [],
    setSecondFolder: async () => elsewhere(),
  };
  return {
    // No file is ever swapped under a server's calls: nothing to wait for.
    gate: (call) => call(),
    switching: () => false,
    whenIdle: async () => undefined,
    backups,
    keyInfo: () => ({ keyProtection: 'givenByCaller', keyringOffered: false, systemKeyring: 'none' }),
    restore: async () => elsewhere(),
    recoveryStatus: async () => ({ problem: null, readOnly: false, dataDir: '', backups: [], suggested: null, expectedKey: null }),
    importRecoveryKit: async () => elsewhere(),
    exportRecoveryKit: async () => elsewhere(),
    protectKeyWithKeyring: async () => elsewhere(),
  };
}
