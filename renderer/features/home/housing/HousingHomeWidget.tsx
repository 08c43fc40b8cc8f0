import { Link } from 'react-router';
import { Badge, Button, Card, Group, Loader, SimpleGrid, Skeleton, Stack, Text, ThemeIcon, Title, UnstyledButton } from '@mantine/core';
import { IconAlertTriangle, IconArrowRight, IconBed, IconCalendarDue, IconChecklist, IconHomeHeart, IconUsersGroup, type TablerIcon } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { HousingHome } from '../../../../shared/domain/housing/reports-api';
import { UNIT_STATUSES } from '../../../../shared/domain/housing/units';
import { QueryFailure } from '../../../components/QueryFailure';
import { isLanguage, type Language } from '../../../i18n/language';
import { useSession } from '../../../shell/session-context';
import { formatWeekdayDate } from '../../../dates/date-text';
import { STATUS_COLOURS } from '../../housing';
import { unitLocation } from '../../housing/links';
import { relativeDay } from '../loans/reminders-model';
import { daysUntil, HOME_TASK_LINES, HOME_UNIT_LINES, taskCounts } from './home-model';
import { useHousingHome } from './queries';
import classes from '../loans/LoanRemindersWidget.module.css';

const TASKS_PATH = '/registrations?tab=tasks';

/**
 * "Logement" on the housing staff's home (issue 6, point 6): the registration deadlines late or due this week,
 * the places free tonight, the units by status and the households waiting. Each figure opens where it is
 * dealt with: the tasks in Domiciliations, the places and units in Logement.
 */
export function HousingHomeWidget() {
  const { t } = useTranslation();
  const { settings } = useSession();
  const home = useHousingHome();
  // A housing account on an install without the housing module has nothing to show here.
  if (!settings.modules.includes('housing')) return null;

  return (
    <Card withBorder radius="lg" padding="lg" component="section" aria-labelledby="home-housing-title">
      <Group gap="sm" wrap="nowrap" align="center" mb="md">
        <ThemeIcon size={36} radius="md" variant="light" color="teal" aria-hidden="true">
          <IconHomeHeart size={20} stroke={1.6} />
        </ThemeIcon>
        <div>
          <Group gap="xs">
            <Title order={2} fz="lg" id="home-housing-title">
              {t('home:housing.title')}
            </Title>
            {home.isFetching && <Loader size="xs" type="dots" role="status" aria-label={t('home:housing.loading')} />}
          </Group>
          <Text size="sm" c="dimmed">
            {t('home:housing.subtitle')}
          </Text>
        </div>
      </Group>
      {home.isError && <QueryFailure error={home.error} onRetry={() => void home.refetch()} />}
      {home.isPending && (
        <Stack gap="xs" aria-label={t('home:housing.loading')}>
          <Skeleton height={72} />
          <Skeleton height={44} />
        </Stack>
      )}
      {home.data && <HousingHomeBody home={home.data} />}
    </Card>
  );
}

function HousingHomeBody({ home }: { home: HousingHome }) {
  const { t } = useTranslation();
  const { overdue, dueSoon } = taskCounts(home);
  const { free, capacity, activeUnits } = home.freePlaces;
  return (
    <Stack gap="lg">
      <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="sm">
        <Figure to={TASKS_PATH} icon={IconAlertTriangle} colour="red" value={overdue} label={t('home:housing.overdue', { count: overdue })} />
        <Figure to={TASKS_PATH} icon={IconCalendarDue} colour="orange" value={dueSoon} label={t('home:housing.dueSoon', { count: dueSoon })} />
        <Figure
          to="/housing"
          icon={IconBed}
          colour="teal"
          value={free}
          label={t('home:housing.freePlaces', { count: free })}
          detail={t('home:housing.freePlacesDetail', { capacity, count: activeUnits })}
        />
        <Figure to="/housing?tab=waitlist" icon={IconUsersGroup} colour="grape" value={home.waiting} label={t('home:housing.waiting', { count: home.waiting })} />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <TaskList home={home} />
        <UnitsPanel home={home} />
      </SimpleGrid>
    </Stack>
  );
}

interface FigureProps {
  to: string;
  icon: TablerIcon;
  colour: string;
  value: number;
  label: string;
  detail?: string;
}

/** One figure, the whole tile a link. */
function Figure({ to, icon: Icon, colour, value, label, detail }: FigureProps) {
  return (
    <UnstyledButton component={Link} to={to} className={classes.line} style={{ alignItems: 'flex-start' }}>
      <Icon size={22} stroke={1.6} color={`var(--mantine-color-${colour}-7)`} aria-hidden="true" style={{ marginTop: 4 }} />
      <div className={classes.lineMain}>
        <Text fz={26} fw={700} lh={1.1} c={value > 0 && colour === 'red' ? 'red' : undefined}>
          {value}
        </Text>
        <Text size="sm" fw={600}>
          {label}
        </Text>
        {detail && (
          <Text size="xs" c="dimmed">
            {detail}
          </Text>
        )}
      </div>
    </UnstyledButton>
  );
}

function TaskList({ home }: { home: HousingHome }) {
  const { t, i18n } = useTranslation();
  const language: Language = isLanguage(i18n.language) ? i18n.language : 'fr';
  const shown = home.tasks.slice(0, HOME_TASK_LINES);
  return (
    <section aria-labelledby="home-housing-tasks">
      <Group gap="xs" mb={6}>
        <IconChecklist size={18} stroke={1.7} aria-hidden="true" />
        <Title order={3} fz="sm" id="home-housing-tasks">
          {t('home:housing.tasksTitle')}
        </Title>
      </Group>
      {shown.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('home:housing.noTask')}
        </Text>
      ) : (
        <ul className={classes.list}>
          {shown.map((task) => {
            const late = task.status === 'overdue';
            const relative = relativeDay(daysUntil(home.today, task.dueDate), late);
            return (
              <li key={`${task.registrationId}-${task.kind}-${task.dueDate}`}>
                <UnstyledButton component={Link} to={TASKS_PATH} className={classes.line} data-late={late || undefined}>
                  <div className={classes.lineMain}>
                    <Text size="sm" fw={600} lineClamp={1}>
                      {t(`registrations:taskKinds.${task.kind}`)}
                    </Text>
                    <Text size="xs" c="dimmed" lineClamp={2}>
                      {[
                        t('home:housing.dueOn', { date: formatWeekdayDate(task.dueDate, language, Number(home.today.slice(0, 4))) }),
                        task.personCode ?? t('home:housing.erasedPerson'),
                        t(`registrations:kinds.${task.registrationKind}`),
                      ].join(' · ')}
                    </Text>
                  </div>
                  <Badge color={late ? 'red' : 'orange'} variant={late ? 'filled' : 'light'} className={classes.lineBadge}>
                    {t(`home:when.${relative.key}`, { count: relative.count })}
                  </Badge>
                </UnstyledButton>
              </li>
            );
          })}
        </ul>
      )}
      {home.tasks.length > 0 && (
        <Button component={Link} to={TASKS_PATH} variant="subtle" size="xs" mt={6} rightSection={<IconArrowRight size={14} />}>
          {t('home:housing.allTasks', { count: home.tasks.length })}
        </Button>
      )}
    </section>
  );
}

function UnitsPanel({ home }: { home: HousingHome }) {
  const { t } = useTranslation();
  const rooms = home.unitsWithRoom.slice(0, HOME_UNIT_LINES);
  return (
    <section aria-labelledby="home-housing-units">
      <Title order={3} fz="sm" mb={6} id="home-housing-units">
        {t('home:housing.unitsTitle')}
      </Title>
      <Group gap={6} mb="sm">
        {UNIT_STATUSES.map((status) => (
          <Badge key={status} variant="light" color={STATUS_COLOURS[status]} size="lg" radius="sm">
            {t('home:housing.unitStatus', { status: t(`housing:statuses.${status}`), count: home.unitsByStatus[status] })}
          </Badge>
        ))}
      </Group>
      <Text size="sm" fw={600} mb={4}>
        {t('home:housing.withRoomTitle')}
      </Text>
      {rooms.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('home:housing.noRoom')}
        </Text>
      ) : (
        <ul className={classes.list}>
          {rooms.map((unit) => (
            <li key={unit.unitId}>
              <UnstyledButton component={Link} to={unitLocation(unit.unitId)} className={classes.line}>
                <div className={classes.lineMain}>
                  <Text size="sm" fw={600}>
                    {unit.unitCode}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {t(`housing:kinds.${unit.kind}`)}
                  </Text>
                </div>
                <Badge color="teal" variant="light" className={classes.lineBadge}>
                  {t('home:housing.freeBadge', { count: unit.free })}
                </Badge>
              </UnstyledButton>
            </li>
          ))}
        </ul>
      )}
      <Button component={Link} to="/housing" variant="subtle" size="xs" mt={6} rightSection={<IconArrowRight size={14} />}>
        {t('home:housing.openHousing')}
      </Button>
    </section>
  );
}
