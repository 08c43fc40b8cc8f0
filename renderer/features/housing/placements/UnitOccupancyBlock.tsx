import { useState } from 'react';
import { Group, Paper, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { periodOfDays } from '../../../../shared/domain/housing/occupancy';
import { QueryFailure } from '../../../components/QueryFailure';
import { currentLanguage } from '../../../i18n';
import { localeOf } from '../../../i18n/language';
import { formatDay } from '../model/unit-form';
import { formatRate, isDay, yearToDate } from './placement-model';
import { useUnitOccupancy } from './queries';
import { asInlineMessage } from '../../../i18n/translate-error';

function Figure({ label, value, detail }: { label: string; value: string; detail?: string }) {
  return (
    <Paper withBorder radius="md" p="xs">
      <Text size="xs" c="dimmed" fw={600} tt="uppercase">
        {label}
      </Text>
      <Text fw={700} fz="lg">
        {value}
      </Text>
      {detail && (
        <Text size="xs" c="dimmed">
          {detail}
        </Text>
      )}
    </Paper>
  );
}

/** Bed-nights, occupancy rate and busiest night of a unit over the nights of a chosen period (this year so far by default). */
export function UnitOccupancyBlock({ unitId, today }: { unitId: number; today: string }) {
  const { t } = useTranslation();
  const locale = localeOf(currentLanguage());
  const [period, setPeriod] = useState(() => yearToDate(today));
  const valid = isDay(period.firstDay) && isDay(period.lastDay) && period.firstDay <= period.lastDay;
  const nights = valid ? periodOfDays(period.firstDay, period.lastDay) : { from: today, to: today };
  const occupancy = useUnitOccupancy({ unitId, ...nights }, valid);
  const data = occupancy.data;
  const number = (value: number) => new Intl.NumberFormat(locale).format(value);
  return (
    <Stack gap="sm" component="section" aria-labelledby={`occupancy-${unitId}`}>
      <Title order={3} fz="md" id={`occupancy-${unitId}`}>
        {t('housing:placements.occupancy.title')}
      </Title>
      <Group gap="sm" align="flex-start">
        <TextInput
          type="date"
          w={170}
          label={t('housing:placements.occupancy.firstDay')}
          value={period.firstDay}
          onChange={(event) => setPeriod({ ...period, firstDay: event.currentTarget.value })}
        />
        <TextInput
          type="date"
          w={170}
          label={t('housing:placements.occupancy.lastDay')}
          value={period.lastDay}
          onChange={(event) => setPeriod({ ...period, lastDay: event.currentTarget.value })}
          error={isDay(period.firstDay) && isDay(period.lastDay) && period.lastDay < period.firstDay ? asInlineMessage(t('fieldIssues.end_before_start')) : undefined}
        />
      </Group>
      {occupancy.isError ? (
        <QueryFailure error={occupancy.error} onRetry={() => void occupancy.refetch()} />
      ) : valid && data ? (
        <SimpleGrid cols={3} spacing="xs" aria-live="polite">
          <Figure label={t('housing:placements.occupancy.bedNights')} value={number(data.bedNights)} detail={t('housing:placements.occupancy.nights', { count: data.nights })} />
          <Figure
            label={t('housing:placements.occupancy.rate')}
            value={formatRate(data.occupancyRate, locale) ?? '—'}
            detail={t('housing:placements.occupancy.rateDetail', { count: data.capacity })}
          />
          <Figure
            label={t('housing:placements.occupancy.peak')}
            value={data.peak ? t('housing:placements.list.places', { count: data.peak.places }) : '—'}
            detail={data.peak ? t('housing:placements.occupancy.peakNight', { date: formatDay(data.peak.night, locale) }) : undefined}
          />
        </SimpleGrid>
      ) : null}
    </Stack>
  );
}
