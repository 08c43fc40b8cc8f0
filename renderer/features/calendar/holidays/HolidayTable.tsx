import { ActionIcon, Badge, Group, Skeleton, Table, Text, VisuallyHidden } from '@mantine/core';
import { IconPencil, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Holiday } from '../../../../shared/domain/calendar/events';
import { currentLanguage } from '../../../i18n';
import { formatShortDate } from '../model/format-day';

interface HolidayTableProps {
  caption: string;
  holidays: readonly Holiday[];
  pending: boolean;
  onEdit(holiday: Holiday): void;
  onDelete(holiday: Holiday): void;
}

export function HolidayTable({ caption, holidays, pending, onEdit, onDelete }: HolidayTableProps) {
  const { t } = useTranslation();
  const language = currentLanguage();
  if (!pending && holidays.length === 0) {
    return (
      <Text size="sm" c="dimmed" ta="center" py="lg">
        {t('calendar:holidays.empty')}
      </Text>
    );
  }
  return (
    <Table.ScrollContainer minWidth={560} mah={420}>
      <Table verticalSpacing={6} highlightOnHover stickyHeader aria-busy={pending}>
        <caption>
          <VisuallyHidden>{caption}</VisuallyHidden>
        </caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('calendar:holidays.label')}</Table.Th>
            <Table.Th>{t('calendar:holidays.kind')}</Table.Th>
            <Table.Th>{t('calendar:holidays.from')}</Table.Th>
            <Table.Th>{t('calendar:holidays.to')}</Table.Th>
            <Table.Th w={88}>
              <VisuallyHidden>{t('common.actions')}</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {pending &&
            [0, 1, 2].map((row) => (
              <Table.Tr key={row}>
                <Table.Td colSpan={5}>
                  <Skeleton height={14} />
                </Table.Td>
              </Table.Tr>
            ))}
          {holidays.map((holiday) => (
            <Table.Tr key={holiday.id}>
              <Table.Td fw={500}>{holiday.label}</Table.Td>
              <Table.Td>
                <Badge variant="light" color={holiday.kind === 'school_break' ? 'meuse' : 'yellow'}>
                  {t(`calendar:holidayKinds.${holiday.kind}`)}
                </Badge>
              </Table.Td>
              <Table.Td>{formatShortDate(holiday.startDate, language)}</Table.Td>
              <Table.Td>{formatShortDate(holiday.endDate, language)}</Table.Td>
              <Table.Td>
                <Group gap={4} wrap="nowrap" justify="flex-end">
                  <ActionIcon variant="subtle" color="gray" aria-label={t('calendar:holidays.editFor', { label: holiday.label })} onClick={() => onEdit(holiday)}>
                    <IconPencil size={16} />
                  </ActionIcon>
                  <ActionIcon variant="subtle" color="red" aria-label={t('calendar:holidays.deleteFor', { label: holiday.label })} onClick={() => onDelete(holiday)}>
                    <IconTrash size={16} />
                  </ActionIcon>
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
