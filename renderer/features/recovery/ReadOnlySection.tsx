import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconEye } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/**
 * A damaged database the server could open read-only (through a copy): people may go on reading it while a
 * backup is chosen; every change is refused until then.
 */
export function ReadOnlySection({ onContinue }: { onContinue(): void }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder radius="lg" p="xl" component="section" aria-labelledby="recovery-read-only-title">
      <Group justify="space-between" gap="md" wrap="wrap">
        <Stack gap={4} maw={560}>
          <Title order={2} fz="lg" id="recovery-read-only-title">
            {t('recovery:readOnly.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('recovery:readOnly.body')}
          </Text>
        </Stack>
        <Button variant="default" leftSection={<IconEye size={18} />} onClick={onContinue}>
          {t('recovery:readOnly.continue')}
        </Button>
      </Group>
    </Paper>
  );
}
