import type { ReactNode } from 'react';
import { ActionIcon, Menu } from '@mantine/core';
import { IconDots, IconPencil, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

interface RowActionsProps {
  /** The record's name, for the menu button's accessible name ("Actions pour École du Laveu"). */
  name: string;
  onEdit(): void;
  onDelete(): void;
  /** Further items between "Modifier" and "Supprimer". */
  children?: ReactNode;
}

/** The "…" menu of a row: Modifier, then anything specific, then Supprimer (in red, apart). */
export function RowActions({ name, onEdit, onDelete, children }: RowActionsProps) {
  const { t } = useTranslation();
  return (
    <Menu position="bottom-end" shadow="md" width={220}>
      <Menu.Target>
        <ActionIcon variant="subtle" color="gray" aria-label={t('directory.actionsFor', { name })}>
          <IconDots size={18} />
        </ActionIcon>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item leftSection={<IconPencil size={16} stroke={1.7} />} onClick={onEdit}>
          {t('directory.edit')}
        </Menu.Item>
        {children}
        <Menu.Divider />
        <Menu.Item color="red" leftSection={<IconTrash size={16} stroke={1.7} />} onClick={onDelete}>
          {t('directory.delete')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
