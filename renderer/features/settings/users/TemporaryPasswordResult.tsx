import { Alert, Button, Code, CopyButton, Group, Stack, Text } from '@mantine/core';
import { IconCheck, IconCircleCheck, IconCopy } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

interface TemporaryPasswordResultProps {
  /** What was done ("Le compte de … a été créé."), shown above the password. */
  message: string;
  password: string;
  onClose(): void;
}

/**
 * After an account is created or its password reset, the temporary password stays on screen with a copy button,
 * so the administrator hands it over without retyping it (issue 17). It is never kept once the dialog closes.
 */
export function TemporaryPasswordResult({ message, password, onClose }: TemporaryPasswordResultProps) {
  const { t } = useTranslation();
  return (
    <Stack gap="md">
      <Alert variant="light" color="teal" icon={<IconCircleCheck size={18} />} role="status">
        {message}
      </Alert>
      <div>
        <Text size="sm" fw={600} id="temporary-password-label">
          {t('users.temporaryPassword')}
        </Text>
        <Group gap="sm" mt={4} wrap="nowrap">
          <Code fz="md" px="sm" py={6} aria-labelledby="temporary-password-label" data-testid="temporary-password">
            {password}
          </Code>
          <CopyButton value={password} timeout={3000}>
            {({ copied, copy }) => (
              <Button
                variant={copied ? 'light' : 'default'}
                color={copied ? 'teal' : undefined}
                size="xs"
                leftSection={copied ? <IconCheck size={16} /> : <IconCopy size={16} />}
                onClick={copy}
                aria-live="polite"
              >
                {copied ? t('users.passwordCopied') : t('users.copyPassword')}
              </Button>
            )}
          </CopyButton>
        </Group>
        <Text size="xs" c="dimmed" mt={6}>
          {t('users.handOverHint')}
        </Text>
      </div>
      <Group justify="flex-end">
        <Button onClick={onClose} data-autofocus>
          {t('users.handedOver')}
        </Button>
      </Group>
    </Stack>
  );
}
