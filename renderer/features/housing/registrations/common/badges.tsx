import { Badge, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TaskStatus } from '../../../../../shared/domain/housing/deadlines';
import type { RegistrationStatus } from '../../../../../shared/domain/housing/registrations';
import { currentLanguage } from '../../../../i18n';
import { localeOf } from '../../../../i18n/language';
import { formatDay } from '../../model/unit-form';
import { localToday } from '../../../../dates/local-today';
import { TASK_COLOURS, dueDistance, shortDay } from '../model/registration-list';

const STATUS_COLOURS: Record<RegistrationStatus, string> = { requested: 'blue', active: 'teal', refused: 'gray', ended: 'dark' };

export function RegistrationStatusBadge({ status }: { status: RegistrationStatus }) {
  const { t } = useTranslation();
  return (
    <Badge variant="light" color={STATUS_COLOURS[status]}>
      {t(`registrations:statuses.${status}`)}
    </Badge>
  );
}

/** "en retard de 12 jours" in red, "dans 3 jours" in orange, "fait le 2 mars 2027" in green. */
export function DueBadge({ task }: { task: { status: TaskStatus; dueDate: string; doneDate?: string } }) {
  const { t } = useTranslation();
  const distance = dueDistance(task, localToday());
  const label =
    distance.key === 'done'
      ? t('registrations:due.done', { date: formatDay(task.doneDate ?? task.dueDate, localeOf(currentLanguage())) })
      : distance.key === 'today'
        ? t('registrations:due.today')
        : t(`registrations:due.${distance.key}`, { count: distance.count });
  return (
    <Badge variant={task.status === 'overdue' ? 'filled' : 'light'} color={TASK_COLOURS[task.status]} style={{ textTransform: 'none' }}>
      {label}
    </Badge>
  );
}

/** A day in the user's language, coloured like its task (the list's "next contact due"); a dash when none. */
export function DueDay({ day, status, short }: { day: string | null; status: TaskStatus | null; short?: boolean }) {
  const { t } = useTranslation();
  if (day === null) return <Text size="sm">—</Text>;
  const urgent = status === 'overdue' || status === 'dueSoon';
  // The theme's text shades, readable in both themes.
  const colour = status === 'overdue' ? 'red' : status === 'dueSoon' ? 'orange' : undefined;
  return (
    <Text size="sm" c={colour} fw={urgent ? 700 : undefined} style={{ whiteSpace: 'nowrap' }}>
      {(short ? shortDay : formatDay)(day, localeOf(currentLanguage()))}
      {urgent && <VisuallyHidden component="span"> ({t(`registrations:taskStatuses.${status}`)})</VisuallyHidden>}
    </Text>
  );
}
