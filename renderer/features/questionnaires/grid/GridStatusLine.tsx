// The text lines around the grid: the short help above it (details a click away), the message and the counter below it.
import { Anchor, Box, Collapse, Group, List, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconHelpCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import classes from './EntryGrid.module.css';

const HELP_DETAILS = ['code', 'answers', 'noAnswer', 'text', 'moves', 'save'] as const;

/**
 * One sentence that is enough to start typing; every key is explained under "Comment saisir ?" (issue 17: the
 * old paragraph pushed the grid down and was not read).
 */
export function GridHelp({ exitHintId }: { exitHintId: string }) {
  const { t } = useTranslation();
  const [opened, { toggle }] = useDisclosure(false);
  return (
    <Box mb="xs">
      <Group gap="xs" wrap="nowrap" align="baseline">
        <Text size="sm" c="dimmed" data-testid="grid-help">
          {t('questionnaires:grid.help')}
        </Text>
        <Anchor
          component="button"
          type="button"
          size="sm"
          onClick={toggle}
          aria-expanded={opened}
          aria-controls="grid-help-details"
          style={{ whiteSpace: 'nowrap', display: 'inline-flex', alignItems: 'center', gap: 4 }}
        >
          <IconHelpCircle size={14} aria-hidden="true" />
          {opened ? t('questionnaires:grid.helpLess') : t('questionnaires:grid.helpMore')}
        </Anchor>
      </Group>
      {/* Said before the grid and read with it (aria-describedby): how to leave it by keyboard (issue 21, no trap). */}
      <Text id={exitHintId} size="sm" c="dimmed" data-testid="grid-exit-hint">
        {t('questionnaires:grid.exitHint')}
      </Text>
      {/* Shown and hidden at once: an animated collapse ends on a transitionend that two animation frames run
          together never fire, and left the list drawn at full height in a zero-height box (seen in CI). */}
      <Collapse expanded={opened} transitionDuration={0} keepMountedMode="display-none">
        <List id="grid-help-details" size="sm" spacing={2} mt={6} data-testid="grid-help-details">
          {HELP_DETAILS.map((key) => (
            <List.Item key={key}>{t(`questionnaires:grid.helpDetails.${key}`)}</List.Item>
          ))}
        </List>
      </Collapse>
    </Box>
  );
}

interface GridStatusLineProps {
  message: string;
  /** The message is a refusal (shown in red) while a cell flashes. */
  refused: boolean;
  saved: number;
  /** The forms the class is expected to hand in; null when unknown ("5 saisis" alone). */
  expected: number | null;
}

export function GridStatusLine({ message, refused, saved, expected }: GridStatusLineProps) {
  const { t } = useTranslation();
  return (
    <Group justify="space-between" mt="xs" wrap="nowrap">
      <Text size="sm" role="status" aria-live="polite" data-testid="grid-message" className={refused ? classes.errorNote : undefined} mih={22}>
        {message}
      </Text>
      <Text
        size="sm"
        fw={500}
        c={expected !== null && saved >= expected ? 'teal' : 'dimmed'}
        style={{ whiteSpace: 'nowrap' }}
        data-testid="grid-count"
        title={expected === null ? undefined : t('questionnaires:grid.countedOfTitle', { expected })}
      >
        {expected === null ? t('questionnaires:grid.counted', { count: saved }) : t('questionnaires:grid.countedOf', { count: saved, expected })}
      </Text>
    </Group>
  );
}
