import { useEffect } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { BackupProgress, BackupsOverview } from '../../../../shared/domain/backups';
import { backupKeys, useBackupProgress, useCreateBackup } from './backups-queries';

export interface BackupRun {
  /** A backup is running: one started here, or one the server started (the daily one). */
  running: boolean;
  /** Its latest progress; null while it starts. */
  progress: BackupProgress | null;
  start(): void;
}

/**
 * "Sauvegarder maintenant" and the progress of whichever backup runs. The call to `backups.create` answers
 * only once the backup is published; meanwhile `backups.progress` is polled. A backup the server started on
 * its own shows the same way, and once `progress` says none runs any more the overview is fetched again.
 */
export function useBackupRun(overview: Pick<BackupsOverview, 'running'>): BackupRun {
  const queryClient = useQueryClient();
  const create = useCreateBackup();
  const running = create.isPending || overview.running !== null;
  const polled = useBackupProgress(running);
  const finishedElsewhere = !create.isPending && overview.running !== null && polled.isSuccess && polled.data === null;

  useEffect(() => {
    if (finishedElsewhere) void queryClient.invalidateQueries({ queryKey: backupKeys.overview });
  }, [finishedElsewhere, queryClient]);

  return {
    running: running && !finishedElsewhere,
    progress: polled.data ?? (create.isPending ? null : overview.running),
    start: () => create.mutate(),
  };
}
