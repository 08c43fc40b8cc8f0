import { useState } from 'react';
import { Button, Group, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { AppModal } from '../../../components/AppModal';
import { contract } from '../../../../shared/api/contract';
import type { Role } from '../../../../shared/domain/roles';
import { apiErrorOf } from '../../../api/client';
import { validateAgainst } from '../../../forms/contract-validation';
import { showServerError } from '../../../forms/server-errors';
import { useCreateUser } from '../queries';
import { RolesField } from './RolesField';
import { TemporaryPasswordInput } from './TemporaryPasswordInput';
import { TemporaryPasswordResult } from './TemporaryPasswordResult';
import { newPasswordMessage } from '../../../auth/password-rules';
import { CancelButton } from '../../../components/CancelButton';

/** A new account with a temporary password, which its owner must replace at first login. */
export function CreateUserModal({ onClose }: { onClose(): void }) {
  const { t } = useTranslation();
  const create = useCreateUser();
  // Once created, the dialog shows the temporary password with a copy button instead of the form.
  const [created, setCreated] = useState<{ name: string; password: string } | null>(null);
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
      setCreated({ name: user.displayName, password: input.password });
    } catch (error) {
      showServerError(t, apiErrorOf(error), form);
    }
  });

  return (
    <AppModal dirty={!created && form.isDirty()} opened onClose={onClose} title={t('users.createTitle')} size="lg">
      {created ? (
        <TemporaryPasswordResult message={t('users.created', { name: created.name })} password={created.password} onClose={onClose} />
      ) : (
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
      )}
    </AppModal>
  );
}
