import { Alert, Button, Group } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../shared/api/result';
import { translateApiError } from '../i18n/translate-error';
import { AuthLayout } from './AuthLayout';

/** The app could not even ask who is signed in (the server stopped, the core failed to open the database). */
export function StartupError({ error, onRetry }: { error: ApiError; onRetry(): void }) {
  const { t } = useTranslation();
  return (
    <AuthLayout title={t('startup.title')} intro={t('startup.intro')}>
      <Alert color="red" variant="light" icon={<IconAlertTriangle size={18} />} role="alert">
        {translateApiError(t, error)}
      </Alert>
      <Group justify="flex-end" mt="lg">
        <Button onClick={onRetry}>{t('common.retry')}</Button>
      </Group>
    </AuthLayout>
  );
}
