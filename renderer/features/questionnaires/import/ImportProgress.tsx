// The thin bar beside the administration's name while the server reads the file, checks a mapping or imports the forms.
import { Box, Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/**
 * Its room is kept when idle (beside the title line): a preview runs after every mapping change, and the
 * page must not jump each time. The words are announced to screen readers.
 */
export function ImportProgress({ active, committing }: { active: boolean; committing: boolean }) {
  const { t } = useTranslation();
  const label = t(committing ? 'questionnaireImport:progress.committing' : 'questionnaireImport:progress.checking');
  return (
    <Box w={280} style={{ flexShrink: 0 }} role="status" aria-live="polite">
      {active && (
        <Stack gap={4} data-testid="import-progress">
          <Text size="xs" c="dimmed" ta="right">
            {label}
          </Text>
          <Progress value={100} animated striped size="sm" aria-label={label} />
        </Stack>
      )}
    </Box>
  );
}
