import { Button, Group, Switch, TextInput } from '@mantine/core';
import { IconSearch, IconUserPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

interface UsersToolbarProps {
  search: string;
  onSearch(value: string): void;
  includeInactive: boolean;
  onIncludeInactive(value: boolean): void;
  onCreate(): void;
}

export function UsersToolbar({ search, onSearch, includeInactive, onIncludeInactive, onCreate }: UsersToolbarProps) {
  const { t } = useTranslation();
  return (
    <Group justify="space-between" align="flex-end" wrap="wrap" gap="md">
      <Group align="flex-end" gap="lg" wrap="wrap">
        <TextInput
          label={t('fields.search')}
          placeholder={t('users.searchPlaceholder')}
          leftSection={<IconSearch size={16} stroke={1.7} aria-hidden="true" />}
          value={search}
          onChange={(event) => onSearch(event.currentTarget.value)}
          w={{ base: '100%', xs: 300 }}
          maxLength={100}
          type="search"
        />
        <Switch
          label={t('fields.includeInactive')}
          checked={includeInactive}
          onChange={(event) => onIncludeInactive(event.currentTarget.checked)}
          mb={8}
        />
      </Group>
      <Button leftSection={<IconUserPlus size={18} stroke={1.7} />} onClick={onCreate}>
        {t('users.new')}
      </Button>
    </Group>
  );
}
