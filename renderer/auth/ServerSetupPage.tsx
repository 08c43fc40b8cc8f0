import { Code, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AuthLayout } from './AuthLayout';

/**
 * A team server with no account yet: its first administrator is created on the server by IT
 * (main/server/cli.ts, `--create-admin`), never from a page anyone on the network could open first.
 */
export function ServerSetupPage() {
  const { t } = useTranslation();
  return (
    <AuthLayout title={t('serverSetup.title')} intro={t('serverSetup.intro')}>
      <Code block>npm run server -- --create-admin admin</Code>
      <Text size="sm" c="dimmed" mt="lg">
        {t('serverSetup.then')}
      </Text>
    </AuthLayout>
  );
}
