import { List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { BackupListItem } from '../../../shared/domain/backups';
import { restoreBlocker, RestoreModalFrame, useBackupText } from '../settings';
import { useRecoveryRestore } from './queries';

/**
 * The recovery screen's restore: the records in place cannot be opened, so there is nothing to back up first;
 * the current file is set aside (never deleted) and the chosen backup, once checked, takes its place.
 */
export function RestoreConfirmModal({ backup, onClose }: { backup: BackupListItem; onClose(): void }) {
  const { t } = useTranslation();
  const text = useBackupText();
  const restore = useRecoveryRestore();
  const date = text.dateTime(backup.createdAt);

  return (
    <RestoreModalFrame
      backup={backup}
      title={t('recovery:confirm.title', { date })}
      // Only an unverified backup is refused beforehand: which key fits is for the server to say here (the key
      // file may be missing or foreign).
      blocker={restoreBlocker({ verified: backup.verified, sameKey: true })}
      restore={restore}
      submitLabel={t('recovery:confirm.submit')}
      canConfirm={(busy) => !busy}
      onClose={onClose}
      explanation={() => (
        <>
          <List size="sm" spacing={6} type="ordered">
            <List.Item>{t('recovery:confirm.setAside')}</List.Item>
            <List.Item>{t('recovery:confirm.check')}</List.Item>
            <List.Item>{t('recovery:confirm.reopen')}</List.Item>
          </List>
          <Text size="sm">{t('recovery:confirm.sinceThen', { date })}</Text>
        </>
      )}
    />
  );
}
