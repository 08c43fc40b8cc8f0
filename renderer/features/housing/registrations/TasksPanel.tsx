import { useMemo, useState } from 'react';
import { Anchor, Card, Skeleton, Stack, Table, Text } from '@mantine/core';
import { IconChecklist } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { RegistrationTask } from '../../../../shared/domain/housing/registrations-api';
import { ListEmpty } from '../../../components/data-table/ListEmpty';
import { TablePager } from '../../../components/data-table/TablePager';
import { DEFAULT_PAGE_SIZE, pageCount } from '../../../components/data-table/list-state';
import { QueryFailure } from '../../../components/QueryFailure';
import { currentLanguage } from '../../../i18n';
import { localeOf } from '../../../i18n/language';
import { formatDay } from '../model/unit-form';
import { DueBadge } from './common/badges';
import { sortTasks, urgentCount } from './model/registration-list';
import { useRegistrationTasks } from './queries';

/**
 * "À faire": every open deadline, overdue first, then due soon, then upcoming; a task opens its registration.
 * In pages (issue 19): at 20,000 registrations there are thousands of open tasks, and this tab stays mounted
 * behind the list, so drawing them all made the list itself slow to open.
 */
export function TasksPanel({ onOpen }: { onOpen(id: number): void }) {
  const { t } = useTranslation();
  const tasks = useRegistrationTasks();
  const locale = localeOf(currentLanguage());
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState<number>(DEFAULT_PAGE_SIZE);
  const rows = useMemo(() => sortTasks(tasks.data ?? []), [tasks.data]);
  const urgent = useMemo(() => urgentCount(rows), [rows]);
  if (tasks.isError) {
    return (
      <Card withBorder radius="lg" padding={0}>
        <QueryFailure error={tasks.error} onRetry={() => void tasks.refetch()} />
      </Card>
    );
  }
  if (tasks.data === undefined) {
    return (
      <Stack gap="sm" aria-busy="true">
        <Skeleton height={24} />
        <Skeleton height={24} />
        <Skeleton height={24} />
      </Stack>
    );
  }
  if (rows.length === 0) {
    return (
      <Card withBorder radius="lg" padding={0}>
        <ListEmpty icon={<IconChecklist size={28} stroke={1.5} aria-hidden="true" />} title={t('registrations:tasks.emptyTitle')} description={t('registrations:tasks.emptyBody')} />
      </Card>
    );
  }
  const label = (task: RegistrationTask) => t(`registrations:taskKinds.${task.kind}`);
  const code = (task: RegistrationTask) => task.personCode ?? t('registrations:list.erased');
  const shownPage = Math.min(page, pageCount(rows.length, pageSize));
  const pageRows = rows.slice((shownPage - 1) * pageSize, shownPage * pageSize);
  return (
    <Stack gap="md">
      <Text size="sm" c="dimmed" aria-live="polite">
        {t('registrations:tasks.count', { count: rows.length, urgent })}
      </Text>
      <Card withBorder radius="lg" padding={0}>
        <Table.ScrollContainer minWidth={760}>
          <Table verticalSpacing="sm" highlightOnHover aria-label={t('registrations:tasks.caption')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={190}>{t('registrations:tasks.when')}</Table.Th>
                <Table.Th>{t('registrations:tasks.task')}</Table.Th>
                <Table.Th w={140}>{t('registrations:tasks.person')}</Table.Th>
                <Table.Th>{t('registrations:tasks.registration')}</Table.Th>
                <Table.Th w={170}>{t('registrations:tasks.due')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {pageRows.map((task) => (
                <Table.Tr key={`${task.registrationId}-${task.kind}-${task.dueDate}`}>
                  <Table.Td>
                    <DueBadge task={task} />
                  </Table.Td>
                  <Table.Td>
                    <Anchor
                      component="button"
                      type="button"
                      size="sm"
                      fw={600}
                      ta="left"
                      onClick={() => onOpen(task.registrationId)}
                      aria-label={t('registrations:tasks.openFor', { code: code(task), task: label(task) })}
                    >
                      {label(task)}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" fw={700} ff={task.personCode ? 'monospace' : undefined}>
                      {code(task)}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{t(`registrations:kinds.${task.registrationKind}`)}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{formatDay(task.dueDate, locale)}</Text>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        <TablePager
          caption={t('registrations:tasks.caption')}
          page={shownPage}
          pageSize={pageSize}
          total={rows.length}
          loading={tasks.isFetching}
          onPage={setPage}
          onPageSize={(size) => {
            setPageSize(size);
            setPage(1);
          }}
        />
      </Card>
    </Stack>
  );
}
