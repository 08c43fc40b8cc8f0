import type { ReactNode } from 'react';
import { Button, Group, TextInput, Title } from '@mantine/core';
import { IconFilterOff, IconSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

interface ListToolbarProps {
  /** A heading for the list when the tab holds more than one. */
  title?: string;
  search: string;
  onSearch(value: string): void;
  searchPlaceholder: string;
  /** The list's filter inputs. */
  filters?: ReactNode;
  /** A search or filter is active: offer to clear them. */
  filtered: boolean;
  onClear(): void;
  /** Import, export, new. */
  actions: ReactNode;
}

/** Above a list: its main buttons, then the search box and filters. */
export function ListToolbar({ title, search, onSearch, searchPlaceholder, filters, filtered, onClear, actions }: ListToolbarProps) {
  const { t } = useTranslation();
  return (
    <>
      <Group justify={title ? 'space-between' : 'flex-end'} gap="sm" wrap="wrap">
        {title && (
          <Title order={2} fz="lg">
            {title}
          </Title>
        )}
        <Group gap="sm" wrap="wrap">
          {actions}
        </Group>
      </Group>
      <Group align="flex-end" gap="md" wrap="wrap">
        <TextInput
          label={t('fields.search')}
          placeholder={searchPlaceholder}
          leftSection={<IconSearch size={16} stroke={1.7} aria-hidden="true" />}
          value={search}
          onChange={(event) => onSearch(event.currentTarget.value)}
          w={{ base: '100%', xs: 260 }}
          maxLength={100}
          type="search"
        />
        {filters}
        {filtered && (
          <Button variant="subtle" color="gray" size="sm" px="xs" leftSection={<IconFilterOff size={16} stroke={1.7} />} onClick={onClear}>
            {t('dataTable.clearFilters')}
          </Button>
        )}
      </Group>
    </>
  );
}
