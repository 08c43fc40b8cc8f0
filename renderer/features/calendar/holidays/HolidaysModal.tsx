import { useState } from 'react';
import { Button, Group, SegmentedControl, Stack, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Holiday } from '../../../../shared/domain/calendar/events';
import { schoolYearOf } from '../../../../shared/domain/school-year';
import { AppModal } from '../../../components/AppModal';
import { QueryFailure } from '../../../components/QueryFailure';
import { toLocalDate } from '../model/local-datetime';
import { useHolidays } from '../queries';
import { HolidayDeleteConfirm } from './HolidayDeleteConfirm';
import { HolidayForm } from './HolidayForm';
import { HolidayTable } from './HolidayTable';
import { holidayRangeOf, schoolYearChoices } from './holiday-years';

type Mode = { kind: 'list' } | { kind: 'form'; holiday: Holiday | null } | { kind: 'delete'; holiday: Holiday };

/**
 * The editable list of school breaks and public holidays of a school year. Adding, editing and confirming a
 * deletion happen inside this one dialog, so no dialog opens over another.
 */
export function HolidaysModal({ onClose }: { onClose(): void }) {
  const { t } = useTranslation();
  const today = toLocalDate(new Date());
  const [startYear, setStartYear] = useState(() => schoolYearOf(today).startYear);
  const [mode, setMode] = useState<Mode>({ kind: 'list' });
  const holidays = useHolidays(holidayRangeOf(startYear));
  const yearLabel = schoolYearChoices(today).find((choice) => choice.startYear === startYear)?.label ?? '';
  const backToList = () => setMode({ kind: 'list' });

  return (
    <AppModal opened onClose={onClose} title={t('calendar:holidays.title')} size="xl">
      {mode.kind === 'form' && <HolidayForm holiday={mode.holiday} defaultDate={holidayRangeOf(startYear).from} onDone={backToList} onCancel={backToList} />}
      {mode.kind === 'delete' && <HolidayDeleteConfirm holiday={mode.holiday} onDone={backToList} onCancel={backToList} />}
      {mode.kind === 'list' && (
        <Stack gap="md">
          <Text size="sm" c="dimmed">
            {t('calendar:holidays.intro')}
          </Text>
          <Group justify="space-between" gap="sm">
            <SegmentedControl
              aria-label={t('calendar:holidays.schoolYear')}
              value={String(startYear)}
              onChange={(value) => setStartYear(Number(value))}
              data={schoolYearChoices(today).map((choice) => ({ value: String(choice.startYear), label: choice.label }))}
            />
            <Button leftSection={<IconPlus size={16} />} onClick={() => setMode({ kind: 'form', holiday: null })}>
              {t('calendar:holidays.add')}
            </Button>
          </Group>
          {holidays.isError ? (
            <QueryFailure error={holidays.error} onRetry={() => void holidays.refetch()} />
          ) : (
            <HolidayTable
              caption={t('calendar:holidays.caption', { year: yearLabel })}
              holidays={holidays.data ?? []}
              pending={holidays.isPending}
              onEdit={(holiday) => setMode({ kind: 'form', holiday })}
              onDelete={(holiday) => setMode({ kind: 'delete', holiday })}
            />
          )}
        </Stack>
      )}
    </AppModal>
  );
}
