import { Button, Group, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { AppModal } from '../../../components/AppModal';
import { contract } from '../../../../shared/api/contract';
import type { Role } from '../../../../shared/domain/roles';
import { apiErrorOf } from '../../../api/client';
import { validateAgainst } from '../../../forms/contract-validation';
import { showServerError } from '../../../forms/server-errors';
import { notifySuccess } from '../../../forms/notify';
import { useCreateUser } from '../queries';
import { RolesField } from './RolesField';
import { TemporaryPasswordInput } from './TemporaryPasswordInput';
import { newPasswordMessage } from '../../../auth/password-rules';
import { CancelButton } from '../../../components/CancelButton';

/** A new account with a temporary password, which its owner must replace at first login. */
export function CreateUserModal({ onClose }: { onClose(): void }) {
  const { t } = useTranslation();
  const create = useCreateUser();
  const form = useForm({
    initialValues: { username: '', displayName: '', password: '', roles: [] as Role[] },
    validate: (values) => {
      const errors = validateAgainst(t, contract.users.create.input, values);
      const problem = errors.password ? undefined : newPasswordMessage(t, values.password, values);
      return problem ? { ...errors, password: problem } : errors;
    },
  });

  const submit = form.onSubmit(async (input) => {
    try {
      const user = await create.mutateAsync(input);
      notifySuccess(t('users.created', { name: user.displayName }));
      onClose();
    } catch (error) {
      showServerError(t, apiErrorOf(error), form);
    }
  });

  return (
    <AppModal dirty={form.isDirty()} opened onClose={onClose} title={t('users.createTitle')} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Group grow align="flex-start" wrap="wrap">
            <TextInput
              label={t('fields.username')}
              description={t('hints.username')}
              autoComplete="off"
              autoCapitalize="none"
              spellCheck={false}
              data-autofocus
              {...form.getInputProps('username')}
            />
            <TextInput label={t('fields.displayName')} description={t('hints.displayName')} autoComplete="off" {...form.getInputProps('displayName')} />
          </Group>
          <TemporaryPasswordInput
            label={t('users.temporaryPassword')}
            {...form.getInputProps('password')}
          />
          <RolesField {...form.getInputProps('roles')} />
          <Group justify="flex-end" mt="sm">
            <CancelButton onClick={onClose} disabled={create.isPending}>
              {t('common.cancel')}
            </CancelButton>
            <Button type="submit" loading={create.isPending}>
              {t('users.createSubmit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}
