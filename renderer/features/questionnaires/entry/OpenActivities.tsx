// The "Saisie" page's first list: the activities with a questionnaire open for the caller's classes, each administration one click from its grid.
import { Fragment } from 'react';
import { Alert, Anchor, Badge, Button, Group, Loader, Stack, Table, Text, Title } from '@mantine/core';
import { IconInfoCircle, IconKeyboard } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import dayjs from 'dayjs';
import { QueryFailure } from '../../../components/QueryFailure';
import { useSession } from '../../../shell/session-context';
import { useEntryActivities } from '../queries';
import type { SchoolYear } from '../../../../shared/domain/school-year';
import type { Administration } from '../../../../shared/domain/questionnaires/responses';

/**
 * Issue 17: a teacher opening Saisie sees at once what they can enter (the server lists only the classes they
 * teach), and when nothing is open, who opens a questionnaire and where, rather than an empty page.
 */
export function OpenActivities({ year, onOpen }: { year: SchoolYear; onOpen(administration: Administration): void }) {
  const { t } = useTranslation();
  const { user } = useSession();
  const activities = useEntryActivities(year);
  const coordinator = user.roles.includes('coordinator');

  if (activities.isLoading) return <Loader size="sm" />;
  if (activities.isError) return <QueryFailure error={activities.error} onRetry={() => void activities.refetch()} />;
  const list = activities.data ?? [];

  return (
    <Stack gap="xs">
      <Title order={2} size="h4">
        {t('questionnaires:open.title', { year: year.label })}
      </Title>
      {list.length === 0 ? (
        <Alert color="blue" variant="light" icon={<IconInfoCircle size={18} />} maw={760} data-testid="no-open-questionnaire">
          <Text size="sm">{t(coordinator ? 'questionnaires:open.noneCoordinator' : 'questionnaires:open.noneTeacher')}</Text>
          <Anchor component={Link} to="/calendar" size="sm">
            {t('questionnaires:open.toCalendar')}
          </Anchor>
        </Alert>
      ) : (
        <Table withTableBorder maw={1180} aria-label={t('questionnaires:open.label')} data-testid="open-activities">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('questionnaires:open.activity')}</Table.Th>
              <Table.Th>{t('questionnaires:page.class')}</Table.Th>
              <Table.Th>{t('questionnaires:page.template')}</Table.Th>
              <Table.Th>{t('questionnaires:page.phase')}</Table.Th>
              <Table.Th>{t('questionnaires:page.forms')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {list.map((activity) => (
              <Fragment key={activity.eventId}>
                {activity.administrations.map((administration, index) => (
                  <Table.Tr key={administration.id} data-administration={administration.id}>
                    {index === 0 && (
                      <Table.Td rowSpan={activity.administrations.length} style={{ verticalAlign: 'top' }}>
                        <Text size="sm" fw={600}>
                          {activity.title}
                        </Text>
                        <Text size="xs" c="dimmed">
                          {dayjs(activity.start).format('DD/MM/YYYY')} · {activity.schoolName}
                        </Text>
                      </Table.Td>
                    )}
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>{administration.className}</Table.Td>
                    <Table.Td>{administration.templateName}</Table.Td>
                    <Table.Td>
                      <Badge variant="light" color={administration.phase === 'before' ? 'blue' : 'grape'}>
                        {t(`questionnaires:phases.${administration.phase}`)}
                      </Badge>
                    </Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>
                      {administration.expectedForms === null
                        ? administration.responseCount
                        : t('questionnaires:open.formsOf', { count: administration.responseCount, expected: administration.expectedForms })}
                    </Table.Td>
                    <Table.Td>
                      <Group gap="xs" wrap="nowrap">
                        <Button
                          size="xs"
                          leftSection={<IconKeyboard size={14} />}
                          onClick={() => onOpen(administration)}
                          aria-label={t('questionnaires:open.enterLabel', {
                            activity: activity.title,
                            className: administration.className,
                            phase: t(`questionnaires:phases.${administration.phase}`),
                          })}
                        >
                          {t('questionnaires:page.enter')}
                        </Button>
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Fragment>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
