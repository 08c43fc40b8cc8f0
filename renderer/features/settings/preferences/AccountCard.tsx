import { Badge, Button, DataList, Group } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconKey } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../../shell/session-context';
import { ChangePasswordModal } from '../../../shell/ChangePasswordModal';
import { SettingsCard } from '../SettingsCard';

/** Who is signed in, and a way to change one's own password. */
export function AccountCard() {
  const { t } = useTranslation();
  const { user } = useSession();
  const [opened, modal] = useDisclosure(false);
  return (
    <SettingsCard
      title={t('preferences.accountTitle')}
      description={t('preferences.accountDescription')}
      actions={
        <Button variant="default" leftSection={<IconKey size={16} stroke={1.7} />} onClick={modal.open}>
          {t('shell.changePassword')}
        </Button>
      }
    >
      <DataList labelWidth={180} withDivider>
        <DataList.Item>
          <DataList.ItemLabel>{t('fields.displayName')}</DataList.ItemLabel>
          <DataList.ItemValue>{user.displayName}</DataList.ItemValue>
        </DataList.Item>
        <DataList.Item>
          <DataList.ItemLabel>{t('fields.username')}</DataList.ItemLabel>
          <DataList.ItemValue>{user.username}</DataList.ItemValue>
        </DataList.Item>
        <DataList.Item>
          <DataList.ItemLabel>{t('fields.roles')}</DataList.ItemLabel>
          <DataList.ItemValue>
            <Group gap={6}>
              {user.roles.map((role) => (
                <Badge key={role} variant="light" color={role === 'admin' ? 'liege' : 'meuse'}>
                  {t(`roles.${role}`)}
                </Badge>
              ))}
            </Group>
          </DataList.ItemValue>
        </DataList.Item>
      </DataList>
      <ChangePasswordModal opened={opened} onClose={modal.close} />
    </SettingsCard>
  );
}
