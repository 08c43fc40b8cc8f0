import { useState } from 'react';
import { Alert, Button, Code, FileButton, Group, Paper, PasswordInput, Stack, Text, Textarea, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconFileImport, IconFingerprint, IconKey } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { apiErrorOf } from '../../api/client';
import { passwordToggleProps } from '../../auth/password-toggle';
import { showServerError } from '../../forms/server-errors';
import { inlineFieldMessage } from '../../i18n/translate-error';
import { reopenApp } from '../settings';
import { useImportKit } from './queries';
import { cleanKitText, KIT_FILE_MAX_BYTES, kitTextProblem } from './recovery-model';

/**
 * "Importer le kit de récupération": the kit's text (pasted, or read from its .txt file) and its passphrase.
 * The server puts the key back only if it is this database's key, then reopens the records.
 */
export function ImportKitSection({ expectedKey }: { expectedKey: string | null }) {
  const { t } = useTranslation();
  const importKit = useImportKit();
  const [reading, setReading] = useState(false);
  const form = useForm({
    initialValues: { kit: '', passphrase: '' },
    validate: ({ kit, passphrase }) => {
      const errors: Record<string, string> = {};
      const kitProblem = kitTextProblem(kit);
      if (kitProblem) errors.kit = inlineFieldMessage(t, kitProblem);
      if (passphrase === '') errors.passphrase = inlineFieldMessage(t, { path: 'passphrase', issue: 'required' });
      return errors;
    },
  });

  const loadFile = async (file: File | null) => {
    if (!file) return;
    if (file.size > KIT_FILE_MAX_BYTES) {
      form.setFieldError('kit', t('recovery:kit.fileTooBig'));
      return;
    }
    setReading(true);
    try {
      form.setFieldValue('kit', cleanKitText(await file.text()));
    } catch {
      form.setFieldError('kit', t('recovery:kit.fileUnreadable'));
    } finally {
      setReading(false);
    }
  };

  const submit = form.onSubmit(async ({ kit, passphrase }) => {
    try {
      await importKit.mutateAsync({ kit: cleanKitText(kit), passphrase });
      reopenApp({ kind: 'keyImported' });
    } catch (error) {
      showServerError(t, apiErrorOf(error), form);
    }
  });
  const busy = importKit.isPending || importKit.isSuccess;

  return (
    <Paper withBorder radius="lg" p="xl" component="section" aria-labelledby="recovery-kit-title">
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Stack gap={4}>
            <Title order={2} fz="lg" id="recovery-kit-title">
              {t('recovery:kit.title')}
            </Title>
            <Text size="sm" c="dimmed">
              {t('recovery:kit.intro')}
            </Text>
          </Stack>
          {expectedKey && (
            <Alert color="blue" variant="light" icon={<IconFingerprint size={18} />}>
              <Text size="sm">
                {t('recovery:kit.expected')}{' '}
                <Code fz="sm" fw={700}>
                  {expectedKey}
                </Code>
              </Text>
              <Text size="sm" mt={4}>
                {t('recovery:kit.expectedHint')}
              </Text>
            </Alert>
          )}
          <Textarea
            label={t('recovery:kit.text')}
            description={t('recovery:kit.textHint')}
            autosize
            minRows={5}
            maxRows={12}
            spellCheck={false}
            autoCapitalize="none"
            autoComplete="off"
            styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
            {...form.getInputProps('kit')}
          />
          <Group>
            <FileButton onChange={(file) => void loadFile(file)} accept=".txt,text/plain">
              {(props) => (
                <Button {...props} variant="default" leftSection={<IconFileImport size={16} />} loading={reading}>
                  {t('recovery:kit.loadFile')}
                </Button>
              )}
            </FileButton>
          </Group>
          <PasswordInput
            label={t('recovery:kit.passphrase')}
            autoComplete="off"
            visibilityToggleButtonProps={passwordToggleProps(t)}
            {...form.getInputProps('passphrase')}
          />
          {busy && (
            <Text size="sm" fw={600} role="status">
              {importKit.isSuccess ? t('recovery:kit.reopening') : t('recovery:kit.running')}
            </Text>
          )}
          <Group justify="flex-end">
            <Button type="submit" leftSection={<IconKey size={18} />} loading={busy}>
              {t('recovery:kit.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
