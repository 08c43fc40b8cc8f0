import { Button, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { IconLockAccess, IconRoute } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';

interface NotAvailablePageProps {
  /** `section`: exists but not for this user or install; `unknown`: no such address. */
  kind: 'section' | 'unknown';
  home: string;
}

export function NotAvailablePage({ kind, home }: NotAvailablePageProps) {
  const { t } = useTranslation();
  const title = kind === 'section' ? t('notAvailable.title') : t('notFound.title');
  useDocumentTitle(`${title} · ${t('app.name')}`);
  const Icon = kind === 'section' ? IconLockAccess : IconRoute;
  return (
    <Paper withBorder radius="lg" p={{ base: 'lg', sm: 48 }} maw={640} mx="auto" mt="xl">
      <Stack align="center" ta="center" gap="md">
        <ThemeIcon size={64} radius="xl" variant="light" color="gray" aria-hidden="true">
          <Icon size={32} stroke={1.5} />
        </ThemeIcon>
        <Title order={1} fz={24}>
          {title}
        </Title>
        <Text c="dimmed">{kind === 'section' ? t('notAvailable.body') : t('notFound.body')}</Text>
        <Button component={Link} to={home} variant="light" mt="sm">
          {t('notAvailable.back')}
        </Button>
      </Stack>
    </Paper>
  );
}
