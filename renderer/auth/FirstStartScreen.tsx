import { Button, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { contract } from '../../shared/api/contract';
import { apiErrorOf } from '../api/client';
import { validateAgainst } from '../forms/contract-validation';
import { showServerError } from '../forms/server-errors';
import { notifySuccess } from '../forms/notify';
import { AuthLayout } from './AuthLayout';
import { useSetup } from './queries';
import { passwordToggleProps } from './password-toggle';
import { newPasswordMessage } from './password-rules';
import { PasswordField } from '../components/PasswordField';

interface FirstStartScreenProps {
  /** Called with the new admin's username, so the login screen can offer it. */
  onDone(username: string): void;
}

/** Shown once, on a fresh install: creates the first administrator account. */
export function FirstStartScreen({ onDone }: FirstStartScreenProps) {
  const { t } = useTranslation();
  const setup = useSetup();
  const form = useForm({
    initialValues: { username: '', displayName: '', password: '', confirmPassword: '' },
    validate: ({ confirmPassword, ...input }) => {
      const errors = validateAgainst(t, contract.auth.setup.input, input);
      const problem = errors.password ? undefined : newPasswordMessage(t, input.password, input);
      if (problem) errors.password = problem;
      if (!errors.password && confirmPassword !== input.password) errors.confirmPassword = t('passwords.mismatch');
      return errors;
    },
  });

  const submit = form.onSubmit(async ({ confirmPassword: _confirm, ...input }) => {
    try {
      const user = await setup.mutateAsync(input);
      notifySuccess(t('firstStart.done'), t('firstStart.doneTitle'));
      onDone(user.username);
    } catch (error) {
      showServerError(t, apiErrorOf(error), form);
    }
  });

  return (
    <AuthLayout title={t('firstStart.title')} intro={t('firstStart.intro')}>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <TextInput
            label={t('fields.username')}
            description={t('hints.username')}
            autoComplete="username"
            autoCapitalize="none"
            spellCheck={false}
            autoFocus
            {...form.getInputProps('username')}
          />
          <TextInput
            label={t('fields.displayName')}
            description={t('hints.displayName')}
            autoComplete="name"
            {...form.getInputProps('displayName')}
          />
          <PasswordField
            label={t('fields.password')}
            description={t('hints.newPassword')}
            autoComplete="new-password"
            visibilityToggleButtonProps={passwordToggleProps(t)}
            {...form.getInputProps('password')}
          />
          <PasswordField
            label={t('fields.confirmPassword')}
            autoComplete="new-password"
            visibilityToggleButtonProps={passwordToggleProps(t)}
            {...form.getInputProps('confirmPassword')}
          />
          <Button type="submit" size="md" fullWidth loading={setup.isPending} mt="xs">
            {t('firstStart.submit')}
          </Button>
        </Stack>
      </form>
    </AuthLayout>
  );
}
