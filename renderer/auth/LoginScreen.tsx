import { useRef, useState } from 'react';
import { Alert, Button, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../shared/api/result';
import { apiErrorOf } from '../api/client';
import { inlineFieldMessage, translateApiError } from '../i18n/translate-error';
import { AuthLayout } from './AuthLayout';
import { useLogin } from './queries';
import { passwordToggleProps } from './password-toggle';
import { isReturningUser, rememberUser } from './last-user';
import { hideSessionMessages } from '../forms/notify';
import { PasswordField } from '../components/PasswordField';

/**
 * Username and password. A refused login is shown in the form itself (it stays visible while the user
 * retries), as one message for both fields: it never says which one was wrong.
 */
export function LoginScreen({ initialUsername = '' }: { initialUsername?: string }) {
  const { t } = useTranslation();
  const login = useLogin();
  const navigate = useNavigate();
  const [failure, setFailure] = useState<ApiError | null>(null);
  const passwordInput = useRef<HTMLInputElement>(null);
  const form = useForm({
    initialValues: { username: initialUsername, password: '' },
    validate: {
      username: (value) => (value.trim() === '' ? inlineFieldMessage(t, { path: 'username', issue: 'required' }) : null),
      password: (value) => (value === '' ? inlineFieldMessage(t, { path: 'password', issue: 'required' }) : null),
    },
  });

  const submit = form.onSubmit(async (input) => {
    setFailure(null);
    try {
      const user = await login.mutateAsync(input);
      if (!isReturningUser(user.id)) void navigate('/', { replace: true });
      rememberUser(user.id);
      hideSessionMessages();
    } catch (error) {
      form.setFieldValue('password', '');
      setFailure(apiErrorOf(error));
      passwordInput.current?.focus();
    }
  });

  return (
    <AuthLayout title={t('login.title')} intro={t('login.intro')}>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          {failure && (
            <Alert role="alert" color="red" variant="light" icon={<IconAlertTriangle size={18} />} title={t('login.failed')}>
              {translateApiError(t, failure)}
            </Alert>
          )}
          <TextInput
            label={t('fields.username')}
            autoComplete="username"
            autoCapitalize="none"
            spellCheck={false}
            autoFocus={initialUsername === ''}
            {...form.getInputProps('username')}
          />
          <PasswordField
            ref={passwordInput}
            label={t('fields.password')}
            autoComplete="current-password"
            autoFocus={initialUsername !== ''}
            visibilityToggleButtonProps={passwordToggleProps(t)}
            {...form.getInputProps('password')}
          />
          <Button type="submit" size="md" fullWidth loading={login.isPending} mt="xs">
            {t('login.submit')}
          </Button>
        </Stack>
      </form>
    </AuthLayout>
  );
}
