import { useState, type ReactNode } from 'react';
import { Link } from 'react-router';
import {
  Badge,
  Button,
  Card,
  EmptyState,
  Group,
  Loader,
  SegmentedControl,
  Skeleton,
  Stack,
  Text,
  ThemeIcon,
  Title,
  UnstyledButton,
} from '@mantine/core';
import {
  IconAlertTriangle,
  IconArrowRight,
  IconCalendarCheck,
  IconInbox,
  IconPackageExport,
  IconPackageImport,
  IconTruckDelivery,
  type TablerIcon,
} from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { LoanReminders } from '../../../../shared/domain/loans/loans';
import { QueryFailure } from '../../../components/QueryFailure';
import { isLanguage, type Language } from '../../../i18n/language';
import { formatDateRange, formatWeekdayDate } from '../../../dates/date-text';
import { exhibitionLocation, loanLocation } from '../../loans/links';
import { useLoanReminders } from './queries';
import {
  hasNothingToReport,
  lateCount,
  relativeDay,
  REMINDER_DAYS,
  reminderDaysOf,
  reminderSections,
  storedReminderDays,
  storeReminderDays,
  type ReminderDays,
  type ReminderGroup,
  type ReminderLine,
} from './reminders-model';
import classes from './LoanRemindersWidget.module.css';

const GROUP_ICONS: Record<ReminderGroup, TablerIcon> = {
  overdueReturns: IconAlertTriangle,
  deliveries: IconTruckDelivery,
  awaitingApproval: IconInbox,
  freedWaiting: IconCalendarCheck,
  pickups: IconPackageImport,
};

const GROUP_COLOURS: Record<ReminderGroup, string> = {
  overdueReturns: 'red',
  deliveries: 'blue',
  awaitingApproval: 'grape',
  freedWaiting: 'orange',
  pickups: 'teal',
};

/**
 * "Prêts d'exposition" on the coordinator's home: what to deliver, pick up or decide in the next N days,
 * what is late, and the items found damaged or missing. Every line opens the loan.
 */
export function LoanRemindersWidget() {
  const { t, i18n } = useTranslation();
  const language: Language = isLanguage(i18n.language) ? i18n.language : 'fr';
  const [days, setDays] = useState<ReminderDays>(storedReminderDays);
  const reminders = useLoanReminders(days);

  const chooseDays = (value: string) => {
    const next = reminderDaysOf(value);
    storeReminderDays(next);
    setDays(next);
  };

  return (
    <Card withBorder radius="lg" padding="lg" component="section" aria-labelledby="home-loans-title">
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="sm" mb="md">
        <Group gap="sm" wrap="nowrap" align="center">
          <ThemeIcon size={36} radius="md" variant="light" color="grape" aria-hidden="true">
            <IconPackageExport size={20} stroke={1.6} />
          </ThemeIcon>
          <div>
            <Group gap="xs">
              <Title order={2} fz="lg" id="home-loans-title">
                {t('home:loans.title')}
              </Title>
              {reminders.isFetching && <Loader size="xs" type="dots" role="status" aria-label={t('home:loans.loading')} />}
            </Group>
            <Text size="sm" c="dimmed">
              {t('home:loans.subtitle', { count: days })}
            </Text>
          </div>
        </Group>
        <SegmentedControl
          size="xs"
          aria-label={t('home:loans.daysLabel')}
          value={String(days)}
          onChange={chooseDays}
          data={REMINDER_DAYS.map((value) => ({ value: String(value), label: t('home:loans.days', { count: value }) }))}
        />
      </Group>

      {reminders.isError && <QueryFailure error={reminders.error} onRetry={() => void reminders.refetch()} />}
      {reminders.isPending && (
        <Stack gap="xs" aria-label={t('home:loans.loading')}>
          <Skeleton height={18} width="40%" />
          <Skeleton height={44} />
          <Skeleton height={44} />
        </Stack>
      )}
      {reminders.data && (
        <div style={{ opacity: reminders.isPlaceholderData ? 0.6 : 1 }}>
          <RemindersBody reminders={reminders.data} language={language} />
        </div>
      )}
    </Card>
  );
}

function RemindersBody({ reminders, language }: { reminders: LoanReminders; language: Language }) {
  const { t } = useTranslation();
  if (hasNothingToReport(reminders)) {
    return (
      <EmptyState
        py="lg"
        size="sm"
        variant="light"
        icon={<IconCalendarCheck size={26} stroke={1.5} aria-hidden="true" />}
        title={t('home:loans.emptyTitle', { count: reminders.days })}
        description={t('home:loans.emptyBody')}
      >
        <EmptyState.Actions>
          <Button component={Link} to="/exhibitions" variant="default" size="xs" rightSection={<IconArrowRight size={14} />}>
            {t('home:loans.openExhibitions')}
          </Button>
        </EmptyState.Actions>
      </EmptyState>
    );
  }
  const sections = reminderSections(reminders);
  const late = lateCount(sections);
  return (
    <Stack gap="lg">
      {late > 0 && (
        <Text size="sm" fw={600} c="red" role="status">
          {t('home:loans.lateSummary', { count: late })}
        </Text>
      )}
      {sections.map(({ group, lines }) => (
        <ReminderBlock
          key={group}
          id={`home-loans-${group}`}
          icon={GROUP_ICONS[group]}
          colour={GROUP_COLOURS[group]}
          title={t(`home:loans.groups.${group}`)}
          count={lines.length}
        >
          {lines.map((line) => (
            <LoanLineLink key={line.loan.id} group={group} line={line} language={language} referenceYear={Number(reminders.today.slice(0, 4))} />
          ))}
        </ReminderBlock>
      ))}
      {reminders.flaggedItems.length > 0 && (
        <ReminderBlock
          id="home-loans-flagged"
          icon={IconAlertTriangle}
          colour="orange"
          title={t('home:loans.groups.flaggedItems')}
          count={reminders.flaggedItems.reduce((sum, item) => sum + item.count, 0)}
        >
          {reminders.flaggedItems.map((item) => (
            <li key={item.exhibitionId}>
              <UnstyledButton component={Link} to={exhibitionLocation(item.exhibitionId)} className={classes.line}>
                <Text size="sm" fw={600} className={classes.lineMain}>
                  {item.exhibitionTitle}
                </Text>
                <Badge color="orange" variant="light" className={classes.lineBadge}>
                  {t('home:loans.flagged', { count: item.count })}
                </Badge>
              </UnstyledButton>
            </li>
          ))}
        </ReminderBlock>
      )}
    </Stack>
  );
}

interface ReminderBlockProps {
  id: string;
  icon: TablerIcon;
  colour: string;
  title: string;
  count: number;
  children: ReactNode;
}

function ReminderBlock({ id, icon: Icon, colour, title, count, children }: ReminderBlockProps) {
  return (
    <section aria-labelledby={id}>
      <Group gap="xs" mb={6}>
        <Icon size={18} stroke={1.7} color={`var(--mantine-color-${colour}-7)`} aria-hidden="true" />
        <Title order={3} fz="sm" id={id}>
          {title}
        </Title>
        <Badge size="sm" variant="light" color={colour} circle aria-hidden="true">
          {count}
        </Badge>
      </Group>
      <ul className={classes.list}>{children}</ul>
    </section>
  );
}

interface LoanLineLinkProps {
  group: ReminderGroup;
  line: ReminderLine;
  language: Language;
  /** Dates of this year are written without it. */
  referenceYear: number;
}

function LoanLineLink({ group, line, language, referenceYear }: LoanLineLinkProps) {
  const { t } = useTranslation();
  const { loan } = line;
  const relative = relativeDay(line.days, line.late);
  const when = t(`home:when.${relative.key}`, { count: relative.count });
  const dateText = formatWeekdayDate(line.date, language, referenceYear);
  const detail =
    group === 'awaitingApproval' || group === 'freedWaiting'
      ? t('home:loans.requestedPeriod', { range: formatDateRange(loan.deliveryDate, loan.pickupDate, language) })
      : t(`home:loans.dateLabel.${group}`);
  return (
    <li>
      <UnstyledButton component={Link} to={loanLocation(loan.id)} className={classes.line} data-late={line.late || undefined}>
        <div className={classes.lineDate}>
          <Text size="sm" fw={600} className={classes.capitalised}>
            {dateText}
          </Text>
          <Text size="xs" c="dimmed">
            {detail}
          </Text>
        </div>
        <div className={classes.lineMain}>
          <Text size="sm" fw={600} lineClamp={1}>
            {loan.exhibitionTitle}
          </Text>
          <Text size="sm" c="dimmed" lineClamp={1}>
            {loan.borrowerName}
          </Text>
          {group === 'freedWaiting' && (
            <Text size="xs" c="orange" lineClamp={2}>
              {t('home:loans.freedWaiting', { borrower: loan.borrowerName })}
            </Text>
          )}
          {line.waitsFor && (
            <Text size="xs" c="red" lineClamp={2}>
              {t('home:loans.waitsForReturn', { borrower: line.waitsFor.borrowerName })}
            </Text>
          )}
        </div>
        <Badge color={line.late ? 'red' : relative.key === 'today' ? 'blue' : 'gray'} variant={line.late ? 'filled' : 'light'} className={classes.lineBadge}>
          {when}
        </Badge>
      </UnstyledButton>
    </li>
  );
}
