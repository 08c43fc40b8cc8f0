import { useState } from 'react';
import { Badge, Button, DataList, Divider, Stack, Text, Title } from '@mantine/core';
import { IconFileExport, IconLock, IconShieldLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { BackupsOverview, KeyInfo } from '../../../../shared/domain/backups';
import { apiErrorOf } from '../../../api/client';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { notifyError, notifySuccess } from '../../../forms/notify';
import { SettingsCard } from '../SettingsCard';
import { RecoveryKitModal } from './RecoveryKitModal';
import { useProtectKeyWithKeyring } from './backups-queries';
import { keyProtectionSentence } from './key-protection';

const PROTECTION_COLOURS: Record<BackupsOverview['keyProtection'], string> = { keyring: 'teal', obfuscated: 'red', plainFile: 'orange', givenByCaller: 'gray' };

/**
 * The field key: how this PC protects it, moving it under the system keyring (desktop app, key made by browser
 * mode), and the recovery kit that brings it back on a new PC or a new Windows account.
 */
export function KeyCard({ overview }: { overview: KeyInfo }) {
  const { t } = useTranslation();
  const truth = keyProtectionSentence(overview);
  const store = truth?.storeKey ? t(truth.storeKey) : '';
  const protect = useProtectKeyWithKeyring();
  const [confirming, setConfirming] = useState(false);
  const [exporting, setExporting] = useState(false);

  const moveToKeyring = async () => {
    try {
      await protect.mutateAsync();
      notifySuccess(t('backups:key.protected'));
    } catch (error) {
      notifyError(t, apiErrorOf(error));
    } finally {
      setConfirming(false);
    }
  };

  return (
    <SettingsCard title={t('backups:key.title')} description={t('backups:key.description')}>
      <Stack gap="md">
        <DataList orientation="vertical" gap="sm">
          <DataList.Item>
            <DataList.ItemLabel>{t('backups:key.protection')}</DataList.ItemLabel>
            <DataList.ItemValue>
              <Stack gap={4} align="flex-start">
                <Badge variant="light" color={PROTECTION_COLOURS[overview.keyProtection]} leftSection={<IconLock size={12} aria-hidden="true" />}>
                  {t(`backups:key.protections.${overview.keyProtection}`)}
                </Badge>
                {truth && (
                  <Text size="sm" c={overview.keyProtection === 'keyring' ? 'dimmed' : undefined} data-testid="key-protection-truth">
                    {t(truth.key, { store })}
                  </Text>
                )}
              </Stack>
            </DataList.ItemValue>
          </DataList.Item>
        </DataList>
        {overview.keyringOffered && (
          <Button variant="light" leftSection={<IconShieldLock size={16} />} onClick={() => setConfirming(true)} style={{ alignSelf: 'flex-start' }}>
            {t('backups:key.protect')}
          </Button>
        )}
        <Divider />
        <Stack gap={6} align="flex-start">
          <Title order={3} fz="sm">
            {t('backups:key.kitTitle')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('backups:key.kitHint')}
          </Text>
          <Button leftSection={<IconFileExport size={16} />} onClick={() => setExporting(true)} mt={4}>
            {t('backups:key.exportKit')}
          </Button>
        </Stack>
      </Stack>
      <ConfirmDialog
        opened={confirming}
        title={t('backups:key.protectTitle')}
        message={t('backups:key.protectExplanation', { store })}
        confirmLabel={t('backups:key.protectConfirm')}
        loading={protect.isPending}
        onConfirm={() => void moveToKeyring()}
        onClose={() => setConfirming(false)}
      />
      {exporting && <RecoveryKitModal onClose={() => setExporting(false)} />}
    </SettingsCard>
  );
}
