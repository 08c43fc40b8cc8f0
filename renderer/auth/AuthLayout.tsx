import { Box, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useDocumentTitle } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Brand } from '../components/Brand';
import { LanguageSwitch } from '../components/LanguageSwitch';
import { ThemeToggle } from '../components/ThemeToggle';
import classes from './AuthLayout.module.css';
import { transport } from '../api/client';

interface AuthLayoutProps {
  title: string;
  intro?: ReactNode;
  children: ReactNode;
}

/** The screens before the shell: a brand panel on wide screens, the form in a card, language and theme on top. */
export function AuthLayout({ title, intro, children }: AuthLayoutProps) {
  const { t } = useTranslation();
  useDocumentTitle(`${title} · ${t('app.name')}`);
  return (
    <div className={classes.root}>
      <aside className={classes.brandPanel} aria-label={t('app.name')}>
        <Brand size={48} inverted />
        <Stack gap="sm" className={classes.pitch}>
          <Text className={classes.pitchTitle}>{t('auth.pitchTitle')}</Text>
          <Text className={classes.pitchBody}>{t('auth.pitchBody')}</Text>
        </Stack>
        {/* Against a team server nothing is kept on this computer: the footnote says where the data is. */}
        <Text className={classes.footnote}>{t(transport === 'server' ? 'auth.footnoteServer' : 'auth.footnote')}</Text>
      </aside>
      <Box component="main" className={classes.formSide}>
        <Group justify="flex-end" gap="sm" className={classes.toolbar}>
          <LanguageSwitch />
          <ThemeToggle />
        </Group>
        <Stack className={classes.formColumn} gap="lg">
          <Box hiddenFrom="md">
            <Brand size={40} />
          </Box>
          <Paper withBorder shadow="sm" p={{ base: 'lg', sm: 32 }} radius="lg">
            <Stack gap={6} mb="lg">
              <Title order={1} fz={26}>
                {title}
              </Title>
              {intro && (
                <Text c="dimmed" size="sm">
                  {intro}
                </Text>
              )}
            </Stack>
            {children}
          </Paper>
        </Stack>
      </Box>
    </div>
  );
}
