import { useState } from 'react';
import { Alert, Checkbox, List, Stack, Text } from '@mantine/core';
import { IconInfoCircle, IconKey } from '@tabler/icons-react';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { BackupListItem } from '../../../../shared/domain/backups';
import { canConfirmRestore, restoreBlocker } from './backup-model';
import { useBackupText } from './backup-text';
import { useRestoreBackup } from './backups-queries';
import { RestoreModalFrame } from './RestoreModalFrame';
import { RecoveryKitFields, type KitValues } from './RecoveryKitFields';
import { cleanKitText, kitTextProblem } from './kit-text';

const STEPS = ['saveCurrent', 'check', 'replace', 'reopen'] as const;

/**
 * "Restaurer" on a row: what will happen in plain words, an explicit "I understand", then the swap. The
 * server's refusals (another key, a newer version, a failed check) stay in the modal, which says nothing changed.
 * On success every session has ended: the window reloads onto the sign-in screen.
 */
export function RestoreBackupModal({ backup, onClose }: { backup: BackupListItem; onClose(): void }) {
  const { t } = useTranslation();
  const text = useBackupText();
  const restore = useRestoreBackup();
  const [understood, setUnderstood] = useState(false);
  const date = text.dateTime(backup.createdAt);
  // A backup made with another key (another installation, this one before a new PC) comes with its kit.
  const needsKit = backup.verified && !backup.sameKey;
  const kitForm = useForm<KitValues>({ initialValues: { kit: '', passphrase: '' } });
  const kitReady = !needsKit || (kitTextProblem(kitForm.values.kit) === null && kitForm.values.passphrase !== '');

  return (
    <RestoreModalFrame
      backup={backup}
      title={t('backups:restore.title', { date })}
      blocker={needsKit ? null : restoreBlocker(backup)}
      restore={restore}
      kit={() => (needsKit ? { kit: cleanKitText(kitForm.values.kit), passphrase: kitForm.values.passphrase } : undefined)}
      submitLabel={t('backups:restore.confirm')}
      canConfirm={(busy) => kitReady && canConfirmRestore({ backup: { ...backup, sameKey: true }, understood, pending: busy })}
      onClose={onClose}
      explanation={(busy) => (
        <>
          <Text size="sm">{t('backups:restore.intro')}</Text>
          <List type="ordered" size="sm" spacing={6}>
            {STEPS.map((step) => (
              <List.Item key={step}>{t(`backups:restore.steps.${step}`)}</List.Item>
            ))}
          </List>
          <Alert color="yellow" variant="light" icon={<IconInfoCircle size={18} />}>
            <Stack gap={6}>
              <Text size="sm">{t('backups:restore.sinceThen', { date })}</Text>
              <Text size="sm">{t('backups:restore.signedOut')}</Text>
            </Stack>
          </Alert>
          {needsKit && (
            <Stack gap="sm">
              <Alert color="blue" variant="light" icon={<IconKey size={18} />} title={t('backups:restore.otherKey.title')}>
                <Text size="sm">{t('backups:restore.otherKey.body')}</Text>
              </Alert>
              <RecoveryKitFields form={kitForm} disabled={busy} />
            </Stack>
          )}
          <Checkbox
            checked={understood}
            onChange={(event) => setUnderstood(event.currentTarget.checked)}
            label={t('backups:restore.understand', { date })}
            disabled={busy}
          />
        </>
      )}
    />
  );
}
