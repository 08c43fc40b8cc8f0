import { Alert, Badge, Group, List, Text } from '@mantine/core';
import { IconCalendarX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../../shared/api/result';
import { currentLanguage } from '../../../i18n';
import { CONFLICT_KINDS, conflictSentence } from '../model/conflict-messages';

/**
 * A refused slot, inside the form that asked for it: for each conflict, what is shared (class, facilitator,
 * place) and a sentence saying by which event and when.
 */
export function ConflictAlert({ error }: { error: ApiError }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const year = new Date().getFullYear();
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
      <Text size="sm" c="dimmed" mt="xs">
        {t('calendar:conflicts.hint')}
      </Text>
    </Alert>
  );
}
