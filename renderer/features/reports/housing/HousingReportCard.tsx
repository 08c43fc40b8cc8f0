import { useState, type FormEvent } from 'react';
import { Box, Button, Card, Group, Loader, Paper, SimpleGrid, Stack, Text, TextInput, ThemeIcon, Title } from '@mantine/core';
import { IconFileTypePdf, IconHeartHandshake } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { HousingReport } from '../../../../shared/domain/housing/reports-api';
import { api, apiErrorOf, unwrap } from '../../../api/client';
import { QueryFailure } from '../../../components/QueryFailure';
import { downloadExportedFile } from '../../../components/download';
import { notifySuccess } from '../../../forms/notify';
import { showServerError } from '../../../forms/server-errors';
import { inlineFieldMessage } from '../../../i18n/translate-error';
import { documentLanguage, isLanguage, localeOf, type Language } from '../../../i18n/language';
import { formatDateRange } from '../../../dates/date-text';
import { localToday } from '../../../dates/local-today';
import { changeText, countText, rateChangeText, isComplete, lastYear, thisYearToDate, type ReportPeriod } from './period';
import { useHousingReport } from './queries';

/**
 * "Rapport logement" on the Reports page (issue 6, point 7): a period (the current year to today by default),
 * the report's main figures on screen beside the same dates a year earlier and the change — the same published
 * counts as the PDF, "< 5" and withheld included — and the PDF for the advisory council, in the interface's
 * language (issue 16, point 4). A period ending before it starts is refused by the server, under "Au".
 */
export function HousingReportCard() {
  const { t, i18n } = useTranslation();
  const [today] = useState(() => localToday());
  const [period, setPeriod] = useState<ReportPeriod>(() => thisYearToDate(today));
  const [busy, setBusy] = useState(false);
  const complete = isComplete(period);
  const report = useHousingReport(period, complete);
  const error = report.isError ? apiErrorOf(report.error) : null;
  const fieldError = (path: 'from' | 'to') => {
    const field = error?.fields?.find((candidate) => candidate.path === path);
    return field ? inlineFieldMessage(t, field) : undefined;
  };
  const numbers = new Intl.NumberFormat(i18n.language === 'en' ? 'en-GB' : 'fr-BE');

  const download = async (event?: FormEvent) => {
    event?.preventDefault();
    if (!complete) return;
    setBusy(true);
    try {
      downloadExportedFile(unwrap(await api.housingReports.reportPdf({ ...period, language: documentLanguage(i18n.language) })));
      notifySuccess(t('home:housing.report.downloaded'));
    } catch (failure) {
      showServerError(t, apiErrorOf(failure));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card withBorder radius="lg" padding="lg" component="section" aria-labelledby="housing-report-title">
      <Group gap="sm" wrap="nowrap" align="flex-start" mb="md">
        <ThemeIcon size={40} radius="md" variant="light" color="meuse" aria-hidden="true">
          <IconHeartHandshake size={22} stroke={1.6} />
        </ThemeIcon>
        <div>
          <Title order={2} fz="lg" id="housing-report-title">
            {t('home:housing.report.title')}
          </Title>
          <Text size="sm" c="dimmed" maw={720}>
            {t('home:housing.report.intro')}
          </Text>
        </div>
      </Group>
      <form onSubmit={(event) => void download(event)}>
        <Group align="flex-end" gap="sm" wrap="wrap" mb="md">
          <TextInput
            type="date"
            w={180}
            label={t('home:housing.report.from')}
            value={period.from}
            onChange={(event) => setPeriod({ ...period, from: event.currentTarget.value })}
            error={fieldError('from')}
          />
          <TextInput
            type="date"
            w={180}
            label={t('home:housing.report.to')}
            value={period.to}
            onChange={(event) => setPeriod({ ...period, to: event.currentTarget.value })}
            error={fieldError('to')}
          />
          <Button variant="default" onClick={() => setPeriod(thisYearToDate(today))}>
            {t('home:housing.report.thisYear')}
          </Button>
          <Button variant="default" onClick={() => setPeriod(lastYear(today))}>
            {t('home:housing.report.lastYear')}
          </Button>
          <Button type="submit" leftSection={<IconFileTypePdf size={16} />} loading={busy} disabled={!complete}>
            {t('home:housing.report.download')}
          </Button>
        </Group>
      </form>
      {!complete && (
        <Text size="sm" c="dimmed">
          {t('home:housing.report.incomplete')}
        </Text>
      )}
      {complete && report.isPending && (
        <Group gap="xs">
          <Loader size="sm" />
          <Text size="sm">{t('home:housing.report.loading')}</Text>
        </Group>
      )}
      {error && !error.fields && <QueryFailure error={report.error} onRetry={() => void report.refetch()} />}
      {complete && report.data && !error && (
        <div style={{ opacity: report.isPlaceholderData ? 0.6 : 1 }} aria-busy={report.isFetching}>
          <Summary report={report.data} format={(value) => numbers.format(value)} />
        </div>
      )}
    </Card>
  );
}

function Summary({ report, format }: { report: HousingReport; format(value: number): string }) {
  const { t, i18n } = useTranslation();
  const language: Language = isLanguage(i18n.language) ? i18n.language : 'fr';
  const withheld = t('home:housing.report.withheld');
  const count = (value: Parameters<typeof countText>[0]) => countText(value, withheld, format);
  const percent = new Intl.NumberFormat(i18n.language === 'en' ? 'en-GB' : 'fr-BE', { style: 'percent', maximumFractionDigits: 1 });
  const { units, occupancy, placements, registrations, deadlines, previous } = report;
  const rate = (value: number | null) => (value === null ? '—' : percent.format(value));
  const rateChange = (now: number | null, before: number | null) => rateChangeText(now, before, localeOf(language));
  const plain = (now: number, before: number) => [format(now), format(before), changeText(now, before, format)];
  const counted = (now: Parameters<typeof countText>[0], before: Parameters<typeof countText>[0]) => [count(now), count(before), changeText(now, before, format)];
  /** Each figure: its key, its value in the period, a year earlier, and the change. */
  const figures: [string, string, string, string][] = [
    ['unitsIdentified', ...plain(units.total.identified, previous.units.total.identified)],
    ['unitsSupported', ...plain(units.total.supported, previous.units.total.supported)],
    ['places', ...plain(units.total.places, previous.units.total.places)],
    ['bedNights', ...plain(occupancy.total.bedNights, previous.occupancy.total.bedNights)],
    ['rate', rate(occupancy.total.rate), rate(previous.occupancy.total.rate), rateChange(occupancy.total.rate, previous.occupancy.total.rate)],
    ['placementsStarted', ...counted(placements.total.started, previous.placements.total.started)],
    ['placementsEnded', ...counted(placements.total.ended, previous.placements.total.ended)],
    ['registrationsStarted', ...counted(registrations.total.started, previous.registrations.total.started)],
    ['deadlinesDue', ...counted(deadlines.total.due, previous.deadlines.total.due)],
    ['deadlinesMet', ...counted(deadlines.total.met, previous.deadlines.total.met)],
    ['deadlinesMissed', ...counted(deadlines.total.missed, previous.deadlines.total.missed)],
    ['deadlinesOpen', ...counted(deadlines.total.open, previous.deadlines.total.open)],
  ] as [string, string, string, string][];
  return (
    <Stack gap="sm">
      <Text size="sm" fw={600}>
        {t('home:housing.report.period', { count: report.nights, range: formatDateRange(report.from, report.to, language) })}
      </Text>
      <Text size="sm" c="dimmed" mt={-8}>
        {t('home:housing.report.previousPeriod', { range: formatDateRange(previous.from, previous.to, language) })}
      </Text>
      <SimpleGrid cols={{ base: 2, sm: 3, lg: 4 }} spacing="sm" component="dl" m={0}>
        {figures.map(([key, value, before, change]) => (
          <Paper key={key} withBorder radius="md" p="sm">
            <Text component="dt" size="xs" c="dimmed">
              {t(`home:housing.report.${key}`)}
            </Text>
            {/* The previous period belongs to the figure: inside its dd (a dl holds only dt and dd). */}
            <Box component="dd" m={0}>
              <Text fz="xl" fw={700} data-figure={key}>
                {value}
              </Text>
              <Text size="xs" c="dimmed" data-previous={key}>
                {t('home:housing.report.previous', { value: before, change })}
              </Text>
            </Box>
          </Paper>
        ))}
      </SimpleGrid>
      <Text size="xs" c="dimmed">
        {t('home:housing.report.privacyNote')}
      </Text>
    </Stack>
  );
}
