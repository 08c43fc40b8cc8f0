import { Button, Group, Modal, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Above any modal or drawer, so it is asked over the form it protects. */
const PROMPT_Z_INDEX = 1000;

/**
 * "Abandonner les modifications ?" The safe answer comes first and has the focus, so Enter, Esc or a click
 * beside the question keep the typing; focus then goes back where it was in the form (Mantine's own return,
 * which works here: nothing replaces the form meanwhile).
 */
export function DiscardPrompt({ opened, onKeep, onDiscard }: { opened: boolean; onKeep(): void; onDiscard(): void }) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={opened}
      onClose={onKeep}
      title={t('discard.title')}
      size="md"
      zIndex={PROMPT_Z_INDEX}
      // No ×: its name would repeat "Continuer la saisie"; Esc and a click beside the question keep the typing.
      withCloseButton={false}
      data-discard-prompt
    >
      <Text size="sm">{t('discard.message')}</Text>
      <Group justify="flex-end" mt="lg">
        <Button onClick={onKeep} data-autofocus>
          {t('discard.keep')}
        </Button>
        <Button variant="default" color="red" c="red" onClick={onDiscard}>
          {t('discard.discard')}
        </Button>
      </Group>
    </Modal>
  );
}
