import { Badge, Button, Code, DataList, Group, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconDeviceFloppy, IconFolderOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { BackupsOverview, SecondFolderStatus } from '../../../../shared/domain/backups';
import { apiErrorOf } from '../../../api/client';
import { notifySuccess } from '../../../forms/notify';
import { showServerError } from '../../../forms/server-errors';
import { inlineFieldMessage } from '../../../i18n/translate-error';
import { SettingsCard } from '../SettingsCard';
import { useBackupText } from './backup-text';
import { useSetSecondFolder } from './backups-queries';
import { useFormDirty } from '../../../components/discard';

const STATUS_COLOURS: Record<SecondFolderStatus, string> = { ok: 'teal', unreachable: 'red', notSet: 'gray' };

type SecondFolder = BackupsOverview['secondFolder'];

/** A copy of every backup off this PC (a network share, a USB disk): where, whether it answers, the last copy. */
export function SecondFolderCard({ folder }: { folder: SecondFolder }) {
  const { t } = useTranslation();
  const text = useBackupText();
  return (
    <SettingsCard title={t('backups:secondFolder.title')} description={t('backups:secondFolder.description')}>
      <Stack gap="lg">
        <DataList orientation="vertical" gap="sm">
          <DataList.Item>
            <DataList.ItemLabel>{t('backups:secondFolder.status')}</DataList.ItemLabel>
            <DataList.ItemValue>
              <Badge variant="light" color={STATUS_COLOURS[folder.status]}>
                {t(`backups:secondFolder.statuses.${folder.status}`)}
              </Badge>
            </DataList.ItemValue>
          </DataList.Item>
          {folder.path && (
            <DataList.Item>
              <DataList.ItemLabel>{t('backups:secondFolder.current')}</DataList.ItemLabel>
              <DataList.ItemValue>
                <Code style={{ wordBreak: 'break-all' }}>{folder.path}</Code>
              </DataList.ItemValue>
            </DataList.Item>
          )}
          {folder.path && (
            <DataList.Item>
              <DataList.ItemLabel>{t('backups:secondFolder.lastCopy')}</DataList.ItemLabel>
              <DataList.ItemValue>{folder.lastCopyAt ? text.dateTime(folder.lastCopyAt) : t('backups:secondFolder.noCopy')}</DataList.ItemValue>
            </DataList.Item>
          )}
        </DataList>
        {folder.status === 'notSet' && (
          <Text size="sm" c="dimmed">
            {t('backups:secondFolder.notSetHint')}
          </Text>
        )}
        {/* Keyed by the saved folder: after a save the field shows what was saved; a refusal keeps what was typed. */}
        <SecondFolderForm key={folder.path ?? ''} saved={folder.path} />
      </Stack>
    </SettingsCard>
  );
}

function SecondFolderForm({ saved }: { saved: string | null }) {
  const { t } = useTranslation();
  const save = useSetSecondFolder();
  const form = useForm({
    initialValues: { path: saved ?? '' },
    validate: ({ path }) => (path.trim() === '' ? { path: inlineFieldMessage(t, { path: 'path', issue: 'required' }) } : {}),
  });

  useFormDirty(form.isDirty());
  const submit = form.onSubmit(async ({ path }) => {
    try {
      await save.mutateAsync({ path: path.trim() });
      notifySuccess(t('backups:secondFolder.saved'));
      form.resetDirty();
    } catch (error) {
      showServerError(t, apiErrorOf(error), form);
    }
  });

  const clear = async () => {
    try {
      await save.mutateAsync({ path: null });
      notifySuccess(t('backups:secondFolder.cleared'));
    } catch (error) {
      showServerError(t, apiErrorOf(error));
    }
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <TextInput
          label={t('backups:secondFolder.pathLabel')}
          description={t('backups:secondFolder.pathHint')}
          placeholder={t('backups:secondFolder.pathPlaceholder')}
          spellCheck={false}
          autoCapitalize="none"
          {...form.getInputProps('path')}
        />
        <Group justify="flex-end" gap="sm">
          {saved && (
            <Button variant="default" leftSection={<IconFolderOff size={16} />} onClick={() => void clear()} disabled={save.isPending}>
              {t('backups:secondFolder.clear')}
            </Button>
          )}
          <Button type="submit" leftSection={<IconDeviceFloppy size={16} />} loading={save.isPending} disabled={form.getValues().path.trim() === (saved ?? '')}>
            {t('backups:secondFolder.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
