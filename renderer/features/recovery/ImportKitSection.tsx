import { Alert, Button, Code, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconFingerprint, IconKey } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { apiErrorOf } from '../../api/client';
import { showServerError } from '../../forms/server-errors';
import { inlineFieldMessage } from '../../i18n/translate-error';
import { cleanKitText, kitTextProblem, RecoveryKitFields, reopenApp } from '../settings';
import { useImportKit } from './queries';

/**
 * "Importer le kit de récupération": the kit's text (pasted, or read from its .txt file) and its passphrase.
 * The server puts the key back only if it is this database's key, then reopens the records.
 */
export function ImportKitSection({ expectedKey }: { expectedKey: string | null }) {
  const { t } = useTranslation();
  const importKit = useImportKit();
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
          <RecoveryKitFields form={form} disabled={busy} />
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
