import { Alert, Badge, Button, Group, List, Text } from '@mantine/core';
import { IconCalendarX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ApiError, DateSpan } from '../../../../shared/api/result';
import { currentLanguage } from '../../../i18n';
import { CONFLICT_KINDS, conflictSentence, slotText } from '../model/conflict-messages';

/**
 * A refused slot, inside the form that asked for it: for each conflict, what is shared (class, facilitator,
 * place) and a sentence saying by which event and when; then the nearest free slots the server proposes, as
 * buttons that put the slot in the form.
 */
export function ConflictAlert({ error, onChoose }: { error: ApiError; onChoose(slot: DateSpan): void }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const year = new Date().getFullYear();
  const alternatives = error.alternatives ?? [];
  return (
    <Alert color="red" variant="light" icon={<IconCalendarX size={18} />} title={t('calendar:conflicts.title')} role="alert">
      <List size="sm" spacing={6} listStyleType="none">
        {(error.conflicts ?? []).map((conflict, index) => (
          <List.Item key={`${conflict.kind}-${conflict.otherId}-${index}`}>
            <Group gap={8} wrap="nowrap" align="flex-start">
              {CONFLICT_KINDS.includes(conflict.kind) && (
                <Badge size="sm" variant="outline" color="red" mt={2}>
                  {t(`calendar:conflictKinds.${conflict.kind}`)}
                </Badge>
              )}
              <Text size="sm">{conflictSentence(t, conflict, language, year)}</Text>
            </Group>
          </List.Item>
        ))}
      </List>
      {alternatives.length > 0 ? (
        <>
          <Text size="sm" mt="xs" id="pa-free-slots">
            {t('calendar:conflicts.alternativesTitle')}
          </Text>
          <Group gap="xs" mt={6} role="group" aria-labelledby="pa-free-slots">
            {alternatives.map((slot) => (
              <Button key={slot.start} size="compact-sm" variant="white" color="red" onClick={() => onChoose(slot)}>
                {slotText(t, slot, language, year)}
              </Button>
            ))}
          </Group>
        </>
      ) : (
        <Text size="sm" c="dimmed" mt="xs">
          {t('calendar:conflicts.noAlternative')} {t('calendar:conflicts.hint')}
        </Text>
      )}
    </Alert>
  );
}
