import { ActionIcon, Button, Group, Menu } from '@mantine/core';
import { IconArrowBackUp, IconDots, IconHome, IconPencil, IconUserMinus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { WaitlistEntry } from '../../../../shared/domain/housing/waitlist';

export type WaitlistAction = 'place' | 'edit' | 'close' | 'reopen';

interface WaitlistActionsProps {
  entry: WaitlistEntry;
  reopening: boolean;
  onAction(action: WaitlistAction, entry: WaitlistEntry): void;
}

/** A waiting household: "Placer" at hand, edit and remove in its menu. One who left: put it back. */
export function WaitlistActions({ entry, reopening, onAction }: WaitlistActionsProps) {
  const { t } = useTranslation();
  const code = entry.householdCode;
  if (entry.status !== 'waiting') {
    return (
      <Group justify="flex-end">
        <Button
          size="compact-sm"
          variant="subtle"
          leftSection={<IconArrowBackUp size={14} aria-hidden="true" />}
          aria-label={t('housing:waitlist.reopenFor', { code })}
          loading={reopening}
          onClick={() => onAction('reopen', entry)}
        >
          {t('housing:waitlist.reopenShort')}
        </Button>
      </Group>
    );
  }
  return (
    <Group gap={4} wrap="nowrap" justify="flex-end">
      <Button
        size="compact-sm"
        variant="light"
        leftSection={<IconHome size={14} aria-hidden="true" />}
        aria-label={t('housing:waitlist.placeFor', { code })}
        onClick={() => onAction('place', entry)}
      >
        {t('housing:waitlist.place')}
      </Button>
      <Menu position="bottom-end" shadow="md">
        <Menu.Target>
          <ActionIcon variant="subtle" color="gray" aria-label={t('housing:waitlist.actionsFor', { code })}>
            <IconDots size={18} />
          </ActionIcon>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Item leftSection={<IconPencil size={16} stroke={1.7} />} onClick={() => onAction('edit', entry)}>
            {t('housing:waitlist.edit')}
          </Menu.Item>
          <Menu.Divider />
          <Menu.Item color="red" leftSection={<IconUserMinus size={16} stroke={1.7} />} onClick={() => onAction('close', entry)}>
            {t('housing:waitlist.remove')}
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
    </Group>
  );
}
