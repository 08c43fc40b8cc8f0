import { Badge, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AuditEvent } from '../../../../shared/domain/system';
import { useFormatters } from '../../../i18n/format';

/** `login.failed` → the translation under `journal.actions.login_failed`, or the raw name if unknown. */
function translationKey(name: string): string {
  return name.replace(/\./g, '_');
}

export function AuditRow({ event }: { event: AuditEvent }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const failed = event.action.endsWith('.failed');
  return (
    <Table.Tr>
      <Table.Td>
        <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
          {format.dateTime(event.at)}
        </Text>
      </Table.Td>
      <Table.Td>
        {event.username ? (
          <Text size="sm" ff="monospace">
            {event.username}
          </Text>
        ) : (
          <Text size="sm" c="dimmed">
            {t('journal.noUser')}
          </Text>
        )}
      </Table.Td>
      <Table.Td>
        <Badge variant="light" color={failed ? 'orange' : 'gray'} size="sm" tt="none">
          {t(`journal.actions.${translationKey(event.action)}`, { defaultValue: event.action })}
        </Badge>
      </Table.Td>
      <Table.Td>
        <Text size="sm">
          {t(`journal.entities.${translationKey(event.entity)}`, { defaultValue: event.entity })}
          {event.entityId && (
            <Text span size="sm" c="dimmed">
              {' '}
              #{event.entityId}
            </Text>
          )}
        </Text>
      </Table.Td>
    </Table.Tr>
  );
}
