import { Code, List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AuthLayout } from './AuthLayout';

/**
 * Browser mode opened without the token (a bookmark, a typed address) or with the token of an earlier launch:
 * nothing can be called, so explain where the right address is.
 */
export function TokenMissingPage({ rejected = false }: { rejected?: boolean }) {
  const { t } = useTranslation();
  return (
    <AuthLayout title={rejected ? t('token.rejectedTitle') : t('token.missingTitle')} intro={rejected ? t('token.rejectedIntro') : t('token.missingIntro')}>
      <List type="ordered" spacing="sm" size="sm">
        <List.Item>
          {t('token.stepRun')} <Code>npm run serve</Code>
        </List.Item>
        <List.Item>{t('token.stepCopy')}</List.Item>
        <List.Item>{t('token.stepOpen')}</List.Item>
      </List>
      <Text size="sm" c="dimmed" mt="lg">
        {t('token.why')}
      </Text>
    </AuthLayout>
  );
}
