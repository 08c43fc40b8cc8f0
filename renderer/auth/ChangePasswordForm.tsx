import { Button, Group, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { contract } from '../../shared/api/contract';
import { apiErrorOf } from '../api/client';
import { validateAgainst } from '../forms/contract-validation';
import { showServerError } from '../forms/server-errors';
import { notifySuccess } from '../forms/notify';
import { useChangePassword } from './queries';
import { passwordToggleProps } from './password-toggle';
import { newPasswordMessage } from './password-rules';
import { useFormDirty } from '../components/discard';
import { CancelButton } from '../components/CancelButton';
import { PasswordField } from '../components/PasswordField';

interface ChangePasswordFormProps {
  /** For password managers: which account this new password belongs to. */
  username: string;
  /** With the username, what the new password may not be derived from. */
  displayName: string;
  onDone?(): void;
  onCancel?(): void;
}

/** Current password, new password twice. Used by the forced screen and by the user menu's modal. */
export function ChangePasswordForm({ username, displayName, onDone, onCancel }: ChangePasswordFormProps) {
  const { t } = useTranslation();
  const change = useChangePassword();
  const form = useForm({
    initialValues: { currentPassword: '', newPassword: '', confirmPassword: '' },
    validate: ({ confirmPassword, ...input }) => {
      const errors = validateAgainst(t, contract.auth.changePassword.input, input);
      // The current (at first login: temporary) password, or one derived from the names, is refused at once.
      const problem = errors.newPassword ? undefined : newPasswordMessage(t, input.newPassword, { username, displayName }, input.currentPassword);
      if (problem) errors.newPassword = problem;
      if (!errors.newPassword && confirmPassword !== input.newPassword) errors.confirmPassword = t('passwords.mismatch');
      return errors;
    },
  });

  useFormDirty(form.isDirty());
  const submit = form.onSubmit(async ({ confirmPassword: _confirm, ...input }) => {
    try {
      await change.mutateAsync(input);
      notifySuccess(t('changePassword.done'));
      form.reset();
      onDone?.();
    } catch (error) {
      showServerError(t, apiErrorOf(error), form);
    }
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <input type="text" name="username" autoComplete="username" value={username} readOnly hidden />
        <PasswordField
          label={t('fields.currentPassword')}
          autoComplete="current-password"
          autoFocus
          visibilityToggleButtonProps={passwordToggleProps(t)}
          {...form.getInputProps('currentPassword')}
        />
        <PasswordField
          label={t('fields.newPassword')}
          description={t('hints.newPassword')}
          autoComplete="new-password"
          visibilityToggleButtonProps={passwordToggleProps(t)}
          {...form.getInputProps('newPassword')}
        />
        <PasswordField
          label={t('fields.confirmNewPassword')}
          autoComplete="new-password"
          visibilityToggleButtonProps={passwordToggleProps(t)}
          {...form.getInputProps('confirmPassword')}
        />
        <Group justify="flex-end" mt="xs">
          {onCancel && (
            <CancelButton onClick={onCancel} disabled={change.isPending}>
              {t('common.cancel')}
            </CancelButton>
          )}
          <Button type="submit" loading={change.isPending} fullWidth={!onCancel} size={onCancel ? 'sm' : 'md'}>
            {t('changePassword.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
