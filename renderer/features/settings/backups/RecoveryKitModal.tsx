import { useState, type ReactNode } from 'react';
import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconAlertTriangle, IconCheck, IconFileTypePdf, IconFileTypeTxt, IconInfoCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ExportedFile } from '../../../../shared/api/exported-file';
import { RECOVERY_PASSPHRASE_MIN } from '../../../../shared/domain/recovery-kit';
import { apiErrorOf } from '../../../api/client';
import { AppModal } from '../../../components/AppModal';
import { downloadExportedFile } from '../../../components/download';
import { FormButtons } from '../../../components/FormButtons';
import { useFormDirty } from '../../../components/discard';
import { showServerError } from '../../../forms/server-errors';
import { inlineFieldMessage } from '../../../i18n/translate-error';
import { passwordToggleProps } from '../../../auth/password-toggle';
import { useExportRecoveryKit } from './backups-queries';
import { EMPTY_KIT_FORM, kitFormProblems, type KitFormValues } from './kit-form';
import { PasswordField } from '../../../components/PasswordField';

interface KitFiles {
  file: ExportedFile;
  sheet: ExportedFile;
}

/**
 * "Exporter le kit de récupération": the administrator's password again and a passphrase twice, then the two
 * files to save (the kit as text, the printable sheet). The kit stays in this modal's memory only.
 */
export function RecoveryKitModal({ onClose }: { onClose(): void }) {
  const { t } = useTranslation();
  const [files, setFiles] = useState<KitFiles | null>(null);
  return (
    <AppModal opened onClose={onClose} title={t('backups:kit.title')} size="lg">
      {files ? <KitFilesStep files={files} onClose={onClose} /> : <KitForm onDone={setFiles} onCancel={onClose} />}
    </AppModal>
  );
}

function KitForm({ onDone, onCancel }: { onDone(files: KitFiles): void; onCancel(): void }) {
  const { t } = useTranslation();
  const exportKit = useExportRecoveryKit();
  const form = useForm<KitFormValues>({
    initialValues: EMPTY_KIT_FORM,
    validate: (values) => {
      const errors: Record<string, string> = {};
      for (const [name, problem] of Object.entries(kitFormProblems(values))) {
        errors[name] = 'mismatch' in problem ? t('backups:kit.mismatch') : inlineFieldMessage(t, problem.field);
      }
      return errors;
    },
  });

  useFormDirty(form.isDirty());

  const submit = form.onSubmit(async ({ password, passphrase }) => {
    try {
      onDone(await exportKit.mutateAsync({ password, passphrase }));
    } catch (error) {
      showServerError(t, apiErrorOf(error), form);
    }
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <Text size="sm">{t('backups:kit.explain')}</Text>
        <Alert color="orange" variant="light" icon={<IconAlertTriangle size={18} />} title={t('backups:kit.keepApartTitle')}>
          {t('backups:kit.keepApart')}
        </Alert>
        <PasswordField
          label={t('backups:kit.password')}
          description={t('backups:kit.passwordHint')}
          autoComplete="current-password"
          visibilityToggleButtonProps={passwordToggleProps(t)}
          data-autofocus
          {...form.getInputProps('password')}
        />
        <PasswordField
          label={t('backups:kit.passphrase')}
          description={t('backups:kit.passphraseHint', { min: RECOVERY_PASSPHRASE_MIN })}
          autoComplete="new-password"
          visibilityToggleButtonProps={passwordToggleProps(t)}
          {...form.getInputProps('passphrase')}
        />
        <PasswordField
          label={t('backups:kit.confirmPassphrase')}
          autoComplete="new-password"
          visibilityToggleButtonProps={passwordToggleProps(t)}
          {...form.getInputProps('confirmPassphrase')}
        />
        <FormButtons submitLabel={t('backups:kit.submit')} pending={exportKit.isPending} onCancel={onCancel} />
      </Stack>
    </form>
  );
}

function KitFilesStep({ files, onClose }: { files: KitFiles; onClose(): void }) {
  const { t } = useTranslation();
  const [saved, setSaved] = useState({ file: false, sheet: false });
  const save = (which: keyof KitFiles) => {
    downloadExportedFile(files[which]);
    setSaved((current) => ({ ...current, [which]: true }));
  };
  return (
    <Stack gap="md">
      <Alert color="teal" variant="light" icon={<IconCheck size={18} />} title={t('backups:kit.readyTitle')} role="status">
        {t('backups:kit.ready')}
      </Alert>
      <Stack gap="xs">
        <SaveButton
          icon={<IconFileTypeTxt size={18} />}
          title={t('backups:kit.fileTitle')}
          label={t('backups:kit.saveFile')}
          fileName={files.file.fileName}
          saved={saved.file}
          onClick={() => save('file')}
        />
        <SaveButton
          icon={<IconFileTypePdf size={18} />}
          title={t('backups:kit.sheetTitle')}
          label={t('backups:kit.saveSheet')}
          fileName={files.sheet.fileName}
          saved={saved.sheet}
          onClick={() => save('sheet')}
        />
      </Stack>
      <Alert color="orange" variant="light" icon={<IconInfoCircle size={18} />}>
        {t('backups:kit.afterSaving')}
      </Alert>
      <Group justify="flex-end">
        {!(saved.file && saved.sheet) && (
          <Text size="sm" c="dimmed">
            {t('backups:kit.notAllSaved')}
          </Text>
        )}
        <Button onClick={onClose} variant={saved.file && saved.sheet ? 'filled' : 'default'}>
          {t('backups:kit.finish')}
        </Button>
      </Group>
    </Stack>
  );
}

interface SaveButtonProps {
  icon: ReactNode;
  /** What the file is, and the button's accessible name ("Enregistrer le kit (.txt)"). */
  label: string;
  title: string;
  fileName: string;
  saved: boolean;
  onClick(): void;
}

function SaveButton({ icon, title, label, fileName, saved, onClick }: SaveButtonProps) {
  const { t } = useTranslation();
  return (
    <Group justify="space-between" gap="sm" wrap="nowrap" p="sm" style={{ border: '1px solid var(--mantine-color-default-border)', borderRadius: 'var(--mantine-radius-md)' }}>
      <Stack gap={0} style={{ minWidth: 0 }}>
        <Text size="sm" fw={600}>
          {title}
        </Text>
        <Text size="xs" c="dimmed" style={{ wordBreak: 'break-all' }}>
          {fileName}
        </Text>
      </Stack>
      <Button variant={saved ? 'light' : 'filled'} color={saved ? 'teal' : undefined} leftSection={saved ? <IconCheck size={16} /> : icon} onClick={onClick} style={{ flexShrink: 0 }} aria-label={label}>
        {saved ? t('backups:kit.savedAgain') : t('backups:kit.save')}
      </Button>
    </Group>
  );
}
