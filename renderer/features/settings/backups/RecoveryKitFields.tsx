import { useState } from 'react';
import { Button, FileButton, Group, Textarea } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { IconFileImport } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { passwordToggleProps } from '../../../auth/password-toggle';
import { cleanKitText, KIT_FILE_MAX_BYTES } from './kit-text';
import { PasswordField } from '../../../components/PasswordField';

export interface KitValues {
  kit: string;
  passphrase: string;
}

/**
 * A recovery kit's text (pasted, or read from its .txt file) and its passphrase: what the recovery screen's
 * import and the restore of a backup made with another key both ask for.
 */
export function RecoveryKitFields({ form, disabled = false }: { form: UseFormReturnType<KitValues>; disabled?: boolean }) {
  const { t } = useTranslation();
  const [reading, setReading] = useState(false);

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

  return (
    <>
      <Textarea
        label={t('recovery:kit.text')}
        description={t('recovery:kit.textHint')}
        autosize
        minRows={5}
        maxRows={12}
        spellCheck={false}
        autoCapitalize="none"
        autoComplete="off"
        disabled={disabled}
        styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
        {...form.getInputProps('kit')}
      />
      <Group>
        <FileButton onChange={(file) => void loadFile(file)} accept=".txt,text/plain" disabled={disabled}>
          {(props) => (
            <Button {...props} variant="default" leftSection={<IconFileImport size={16} />} loading={reading}>
              {t('recovery:kit.loadFile')}
            </Button>
          )}
        </FileButton>
      </Group>
      <PasswordField
        label={t('recovery:kit.passphrase')}
        autoComplete="off"
        disabled={disabled}
        visibilityToggleButtonProps={passwordToggleProps(t)}
        {...form.getInputProps('passphrase')}
      />
    </>
  );
}
