import { useState } from 'react';
import { Alert, Button, Group, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconInfoCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { AppModal } from '../../../components/AppModal';
import { contract } from '../../../../shared/api/contract';
import type { UserSummary } from '../../../../shared/domain/users';
import { apiErrorOf } from '../../../api/client';
import { validateAgainst } from '../../../forms/contract-validation';
import { showServerError } from '../../../forms/server-errors';
import { useResetPassword } from '../queries';
import { TemporaryPasswordInput } from './TemporaryPasswordInput';
import { TemporaryPasswordResult } from './TemporaryPasswordResult';
import { newPasswordMessage } from '../../../auth/password-rules';
import { CancelButton } from '../../../components/CancelButton';

/** A new temporary password; its owner must choose their own at next login. */
export function ResetPasswordModal({ user, onClose }: { user: UserSummary; onClose(): void }) {
  const { t } = useTranslation();
  const reset = useResetPassword();
  // Once reset, the dialog shows the new temporary password with a copy button instead of the form.
  const [handedOver, setHandedOver] = useState<string | null>(null);
  const form = useForm({
    initialValues: { newPassword: '' },
    validate: (values) => {
      const errors = validateAgainst(t, contract.users.resetPassword.input, { id: user.id, ...values });
      const problem = errors.newPassword ? undefined : newPasswordMessage(t, values.newPassword, user);
      return problem ? { ...errors, newPassword: problem } : errors;
    },
  });

  const submit = form.onSubmit(async (values) => {
    try {
      await reset.mutateAsync({ id: user.id, ...values });
      setHandedOver(values.newPassword);
    } catch (error) {
      showServerError(t, apiErrorOf(error), form);
    }
  });

  return (
    <AppModal dirty={handedOver === null && form.isDirty()} opened onClose={onClose} title={t('users.resetTitle', { name: user.displayName })} size="md">
      {handedOver !== null ? (
        <TemporaryPasswordResult message={t('users.resetDone', { name: user.displayName })} password={handedOver} onClose={onClose} />
      ) : (
        <form onSubmit={submit} noValidate>
          <Stack gap="md">
            <Alert variant="light" color="meuse" icon={<IconInfoCircle size={18} />}>
              {t('users.resetExplanation', { name: user.displayName })}
            </Alert>
            <TemporaryPasswordInput label={t('users.newTemporaryPassword')} {...form.getInputProps('newPassword')} />
            <Group justify="flex-end" mt="sm">
              <CancelButton onClick={onClose} disabled={reset.isPending}>
                {t('common.cancel')}
              </CancelButton>
              <Button type="submit" loading={reset.isPending}>
                {t('users.resetSubmit')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </AppModal>
  );
}
