// The thin bar under the steps while the server reads the file, checks a mapping or imports the forms.
import { Box, Group, Progress, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/**
 * Its room is kept when idle: a preview runs after every mapping change, and the page must not jump each
 * time. The words are announced to screen readers.
 */
export function ImportProgress({ active, committing }: { active: boolean; committing: boolean }) {
  const { t } = useTranslation();
  const label = t(committing ? 'questionnaireImport:progress.committing' : 'questionnaireImport:progress.checking');
  return (
    <Box mih={18} my={-6} role="status" aria-live="polite">
      {active && (
        <Group gap="sm" wrap="nowrap" data-testid="import-progress">
          <Progress value={100} animated striped size="sm" flex={1} aria-label={label} />
          <Text size="xs" c="dimmed">
            {label}
          </Text>
        </Group>
      )}
    </Box>
  );
}
