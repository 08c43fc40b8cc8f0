import { Button, Group, Stack, Switch, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { AppModal } from '../../../components/AppModal';
import { contract } from '../../../../shared/api/contract';
import type { UserSummary } from '../../../../shared/domain/users';
import { apiErrorOf } from '../../../api/client';
import { validateAgainst } from '../../../forms/contract-validation';
import { showServerError } from '../../../forms/server-errors';
import { notifySuccess } from '../../../forms/notify';
import { useSession } from '../../../shell/session-context';
import { useUpdateUser } from '../queries';
import { RolesField } from './RolesField';
import { CancelButton } from '../../../components/CancelButton';

/** Name, roles and whether the account may sign in. The username never changes (the audit refers to it). */
export function EditUserModal({ user, onClose }: { user: UserSummary; onClose(): void }) {
  const { t } = useTranslation();
  const { user: me } = useSession();
  const update = useUpdateUser();
  const form = useForm({
    initialValues: { displayName: user.displayName, roles: user.roles, active: user.active },
    validate: (values) => validateAgainst(t, contract.users.update.input, { id: user.id, ...values }),
  });

  const submit = form.onSubmit(async (values) => {
    try {
      await update.mutateAsync({ id: user.id, ...values });
      notifySuccess(t('users.updated', { name: values.displayName }));
      onClose();
    } catch (error) {
      showServerError(t, apiErrorOf(error), form);
    }
  });

  return (
    <AppModal dirty={form.isDirty()} opened onClose={onClose} title={t('users.editTitle', { name: user.displayName })} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Text size="sm" c="dimmed">
            {t('users.usernameFixed', { username: user.username })}
          </Text>
          <TextInput label={t('fields.displayName')} autoComplete="off" data-autofocus {...form.getInputProps('displayName')} />
          <RolesField {...form.getInputProps('roles')} />
          {me.id !== user.id && (
            <Switch
              label={t('fields.active')}
              description={t('users.activeHint')}
              {...form.getInputProps('active', { type: 'checkbox' })}
            />
          )}
          <Group justify="flex-end" mt="sm">
            <CancelButton onClick={onClose} disabled={update.isPending}>
              {t('common.cancel')}
            </CancelButton>
            <Button type="submit" loading={update.isPending}>
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}
