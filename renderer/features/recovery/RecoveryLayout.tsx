import type { ReactNode } from 'react';
import { Box, Container, Group, Stack } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Brand } from '../../components/Brand';
import { LanguageSwitch } from '../../components/LanguageSwitch';
import { ThemeToggle } from '../../components/ThemeToggle';

/** A full page of its own, wider than the sign-in card: the recovery screen lists backups. */
export function RecoveryLayout({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  useDocumentTitle(`${t('recovery:title')} · ${t('app.name')}`);
  return (
    <Box mih="100dvh" bg="var(--mantine-color-default-hover)">
      <Group justify="space-between" px="lg" py="sm" bg="var(--mantine-color-body)" style={{ borderBottom: '1px solid var(--mantine-color-default-border)' }}>
        <Brand size={32} />
        <Group gap="sm">
          <LanguageSwitch />
          <ThemeToggle />
        </Group>
      </Group>
      <Container size={920} py="xl" component="main">
        <Stack gap="lg">{children}</Stack>
      </Container>
    </Box>
  );
}
