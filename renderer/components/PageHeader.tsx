import { Group, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useDocumentTitle } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';

interface PageHeaderProps {
  title: string;
  description?: string;
  icon?: ReactNode;
  actions?: ReactNode;
  /** Space below the header; 0 when the page's own stack already spaces its parts. */
  mb?: number | 'xl';
}

/** The page's one <h1>, its purpose in a sentence, and the page's main actions on the right. */
export function PageHeader({ title, description, icon, actions, mb = 'xl' }: PageHeaderProps) {
  const { t } = useTranslation();
  useDocumentTitle(`${title} · ${t('app.name')}`);
  return (
    <Group justify="space-between" align="flex-start" wrap="wrap" gap="md" mb={mb}>
      <Group gap="md" align="flex-start" wrap="nowrap">
        {icon && (
          <ThemeIcon size={48} radius="md" variant="light" aria-hidden="true">
            {icon}
          </ThemeIcon>
        )}
        <Stack gap={4}>
          <Title order={1} fz={{ base: 24, sm: 28 }}>
            {title}
          </Title>
          {description && (
            <Text c="dimmed" maw={680}>
              {description}
            </Text>
          )}
        </Stack>
      </Group>
      {actions}
    </Group>
  );
}
