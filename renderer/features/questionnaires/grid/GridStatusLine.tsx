// The text lines around the grid: the help above it, the message and saved count below it.
import { Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export function GridHelp() {
  const { t } = useTranslation();
  return (
    <Text size="sm" c="dimmed" mb="xs" data-testid="grid-help">
      {t('questionnaires:grid.help')}
    </Text>
  );
}

interface GridStatusLineProps {
  message: string;
  /** The message is a refusal (shown in red) while a cell flashes. */
  refused: boolean;
  saved: number;
}

export function GridStatusLine({ message, refused, saved }: GridStatusLineProps) {
  const { t } = useTranslation();
  return (
    <Group justify="space-between" mt="xs">
      <Text size="sm" role="status" aria-live="polite" data-testid="grid-message" c={refused ? 'red' : undefined} mih={22}>
        {message}
      </Text>
      <Text size="sm" c="dimmed">
        {t('questionnaires:grid.count', { count: saved })}
      </Text>
    </Group>
  );
}
