import { Button, Group, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArrowBackUp } from '@tabler/icons-react';
import { i18n } from '../i18n';

/** Long enough to notice a mistake and reach the button; the message also goes when the user leaves the section. */
const UNDO_WINDOW_MS = 15_000;

interface UndoableNotice {
  message: string;
  /** The button's words ("Annuler"), in the screen's own terms. */
  undoLabel: string;
  /** What the button does; the notice is gone once it is pressed, so it runs once. */
  onUndo(): void;
}

/**
 * A success that can be taken back (issue 17): the confirmation carries its own "Annuler". It belongs to its
 * screen like any other message (notify.ts): opening another section hides it.
 */
export function notifyUndoable({ message, undoLabel, onUndo }: UndoableNotice): string {
  const id = notifications.show({
    color: 'teal',
    autoClose: UNDO_WINDOW_MS,
    closeButtonProps: { 'aria-label': i18n.t('common.close') },
    message: (
      <Group gap="sm" wrap="nowrap" justify="space-between" align="center">
        <Text size="sm">{message}</Text>
        <Button
          size="compact-sm"
          variant="light"
          leftSection={<IconArrowBackUp size={16} aria-hidden="true" />}
          onClick={() => {
            notifications.hide(id);
            onUndo();
          }}
        >
          {undoLabel}
        </Button>
      </Group>
    ),
  });
  return id;
}
