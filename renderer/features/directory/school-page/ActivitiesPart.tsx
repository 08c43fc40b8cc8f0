import { Anchor, Badge, Stack, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { OverviewActivity } from '../../../../shared/domain/school-overview';
import { formatDayMonth } from '../../../dates/date-text';
import { localToday } from '../../../dates/local-today';
import { isLanguage } from '../../../i18n/language';
import { eventLocation } from '../../calendar/links';
import { OverviewSection } from './OverviewSection';

const STATUS_COLOURS = { planned: 'blue', confirmed: 'teal', held: 'gray', cancelled: 'red' } as const;

/** The year's activities, those to come first (soonest first), then those past (latest first); each opens in the calendar. */
export function ActivitiesPart({ activities, schoolYear, coordinator }: { activities: OverviewActivity[]; schoolYear: string; coordinator: boolean }) {
  const { t, i18n } = useTranslation();
  const language = isLanguage(i18n.language) ? i18n.language : 'fr';
  const today = localToday();
  const planned = activities.filter((activity) => activity.start.slice(0, 10) >= today);
  const past = activities.filter((activity) => activity.start.slice(0, 10) < today).reverse();

  const table = (rows: OverviewActivity[], caption: string) => (
    <Stack gap={4}>
      <Text size="sm" fw={600} c="dimmed">
        {caption}
      </Text>
      <Table.ScrollContainer minWidth={560}>
        <Table verticalSpacing="xs" aria-label={caption}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('directory.schoolPage.activities.date')}</Table.Th>
              <Table.Th>{t('directory.schoolPage.activities.activity')}</Table.Th>
              <Table.Th>{t('directory.schoolPage.activities.type')}</Table.Th>
              <Table.Th>{t('directory.schoolPage.activities.classes')}</Table.Th>
              <Table.Th>{t('directory.schoolPage.activities.status')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((activity) => (
              <Table.Tr key={activity.id}>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  {formatDayMonth(activity.start, language)} · {activity.start.slice(11, 16)}
                </Table.Td>
                <Table.Td>
                  <Anchor component={Link} to={eventLocation(activity.id)} size="sm" fw={600}>
                    {activity.title}
                  </Anchor>
                </Table.Td>
                <Table.Td>{t(`calendar:types.${activity.type}`)}</Table.Td>
                <Table.Td>{activity.classes.map((item) => item.name).join(', ') || '—'}</Table.Td>
                <Table.Td>
                  <Badge variant="light" color={STATUS_COLOURS[activity.status]}>
                    {t(`calendar:statuses.${activity.status}`)}
                  </Badge>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );

  return (
    <OverviewSection
      title={t('directory.schoolPage.activities.title')}
      count={activities.length}
      empty={t(coordinator ? 'directory.schoolPage.activities.empty' : 'directory.schoolPage.activities.emptyTeacher', { year: schoolYear })}
    >
      <Stack gap="md">
        {planned.length > 0 && table(planned, t('directory.schoolPage.activities.planned', { count: planned.length }))}
        {past.length > 0 && table(past, t('directory.schoolPage.activities.past', { count: past.length }))}
      </Stack>
    </OverviewSection>
  );
}
