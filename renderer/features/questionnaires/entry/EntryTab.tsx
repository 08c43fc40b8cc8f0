import { useMemo } from 'react';
import { Alert, Badge, Button, Divider, Group, Loader, Select, Stack, Table, Text } from '@mantine/core';
import { IconArrowLeft, IconKeyboard } from '@tabler/icons-react';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import dayjs from 'dayjs';
import { QueryFailure } from '../../../components/QueryFailure';
import { schoolYearOf, type SchoolYear } from '../../../../shared/domain/school-year';
import { codeKinds, gridColumns } from '../grid/grid-model';
import { EntryGrid } from '../grid/EntryGrid';
import { ImportAnswersButton } from '../import/ImportAnswersButton';
import { OpenActivities } from './OpenActivities';
import { useAdministration, useAdministrations, useResponses, useTemplate, useYearEvents } from '../queries';
import type { Administration } from '../../../../shared/domain/questionnaires/responses';

function linkedId(value: string | null): number | null {
  const id = Number(value);
  return value !== null && Number.isSafeInteger(id) && id > 0 ? id : null;
}

/**
 * Entry of paper forms: the activities with a questionnaire open for the caller's classes come first, each
 * administration one click from its grid; any activity of the school year can still be picked below. The
 * grid enters the forms of one administration. `?administration=12` opens the grid directly (link from the
 * calendar); `event=` keeps the chosen activity in the address.
 */
export function EntryTab() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const eventId = linkedId(params.get('event'));
  const administrationId = linkedId(params.get('administration'));
  const year = useMemo(() => schoolYearOf(dayjs().format('YYYY-MM-DD')), []);

  const select = (changes: Record<string, number | null>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(changes)) {
      if (value === null) next.delete(key);
      else next.set(key, String(value));
    }
    setParams(next);
  };

  return administrationId !== null ? (
    <AdministrationEntry administrationId={administrationId} eventId={eventId} year={year} onBack={() => select({ administration: null, event: null })} />
  ) : (
    <Stack gap="lg">
      {eventId === null && <OpenActivities year={year} onOpen={(administration) => select({ event: administration.eventId, administration: administration.id })} />}
      {eventId === null && <Divider label={t('questionnaires:open.other')} labelPosition="left" maw={1180} />}
      <EventChooser year={year} eventId={eventId} onEvent={(id) => select({ event: id })} onOpen={(id) => select({ administration: id })} />
    </Stack>
  );
}

function EventChooser({ year, eventId, onEvent, onOpen }: { year: SchoolYear; eventId: number | null; onEvent(id: number | null): void; onOpen(id: number): void }) {
  const { t } = useTranslation();
  const events = useYearEvents(year);
  const administrations = useAdministrations(eventId);
  const options = (events.data ?? [])
    .filter((event) => event.status !== 'cancelled')
    .map((event) => ({
      value: String(event.id),
      label: `${dayjs(event.start).format('DD/MM/YYYY')} — ${event.title} (${event.schoolName})`,
    }));

  return (
    <Stack gap="md">
      {events.isError && <QueryFailure error={events.error} onRetry={() => void events.refetch()} />}
      <Select
        label={t('questionnaires:page.event', { year: year.label })}
        placeholder={t('questionnaires:page.eventPlaceholder')}
        data={options}
        value={eventId === null ? null : String(eventId)}
        onChange={(value) => onEvent(value === null ? null : Number(value))}
        searchable
        nothingFoundMessage={t('questionnaires:page.noEvent')}
        maw={640}
        disabled={events.isLoading}
      />
      {eventId !== null && administrations.isLoading && <Loader size="sm" />}
      {administrations.isError && <QueryFailure error={administrations.error} onRetry={() => void administrations.refetch()} />}
      {eventId !== null && administrations.data && administrations.data.length === 0 && (
        <Alert color="gray" variant="light">
          {t('questionnaires:page.noAdministration')}
        </Alert>
      )}
      {administrations.data && administrations.data.length > 0 && (
        <Table withTableBorder striped maw={1040} aria-label={t('questionnaires:page.administrations')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('questionnaires:page.class')}</Table.Th>
              <Table.Th>{t('questionnaires:page.template')}</Table.Th>
              <Table.Th>{t('questionnaires:page.phase')}</Table.Th>
              <Table.Th>{t('questionnaires:page.date')}</Table.Th>
              <Table.Th>{t('questionnaires:page.forms')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {administrations.data.map((administration) => (
              <Table.Tr key={administration.id}>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{administration.className}</Table.Td>
                <Table.Td>{administration.templateName}</Table.Td>
                <Table.Td>
                  <Badge variant="light" color={administration.phase === 'before' ? 'blue' : 'grape'}>
                    {t(`questionnaires:phases.${administration.phase}`)}
                  </Badge>
                </Table.Td>
                <Table.Td>{dayjs(administration.date).format('DD/MM/YYYY')}</Table.Td>
                <Table.Td>{administration.responseCount}</Table.Td>
                <Table.Td>
                  <Group gap="xs" wrap="nowrap">
                    <Button size="xs" leftSection={<IconKeyboard size={14} />} onClick={() => onOpen(administration.id)}>
                      {t('questionnaires:page.enter')}
                    </Button>
                    <ImportAnswersButton administration={administration} />
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}

function AdministrationEntry({ administrationId, eventId, year, onBack }: { administrationId: number; eventId: number | null; year: SchoolYear; onBack(): void }) {
  const { t } = useTranslation();
  const administration = useAdministration(administrationId, eventId, year);
  const template = useTemplate(administration.data?.templateId ?? null);
  const responses = useResponses(administrationId);
  const phase = administration.data?.phase;
  const columns = useMemo(() => (template.data && phase ? gridColumns(template.data.items, phase) : []), [template.data, phase]);
  const kinds = useMemo(() => codeKinds(template.data?.codeRecipe ?? []), [template.data]);

  const back = (
    <Button variant="subtle" leftSection={<IconArrowLeft size={16} />} onClick={onBack} w="fit-content">
      {t('questionnaires:page.back')}
    </Button>
  );
  const failure = administration.error ?? template.error ?? responses.error;
  if (failure) {
    return (
      <Stack>
        {back}
        <QueryFailure
          error={failure}
          onRetry={() => {
            void administration.refetch();
            void template.refetch();
            void responses.refetch();
          }}
        />
      </Stack>
    );
  }
  if (administration.data === null) {
    return (
      <Stack>
        {back}
        <Alert color="orange">{t('questionnaires:page.notFound')}</Alert>
      </Stack>
    );
  }
  if (!administration.data || !template.data || !responses.data) return <Loader />;

  return (
    <Stack gap="sm">
      {back}
      <Summary administration={administration.data} />
      <EntryGrid
        key={administrationId}
        administrationId={administrationId}
        columns={columns}
        codeKinds={kinds}
        responses={responses.data}
        expectedForms={administration.data.expectedForms}
      />
      {/* The control a Tab out of the grid lands on (issue 21: the grid lets the keyboard go); closing the grid sends what is left. */}
      <Button variant="default" onClick={onBack} w="fit-content" data-testid="grid-finish">
        {t('questionnaires:page.finish')}
      </Button>
    </Stack>
  );
}

function Summary({ administration }: { administration: Administration }) {
  const { t } = useTranslation();
  return (
    <Group gap="sm">
      <Text fw={600}>{administration.templateName}</Text>
      <Text>{administration.className}</Text>
      <Badge variant="light" color={administration.phase === 'before' ? 'blue' : 'grape'}>
        {t(`questionnaires:phases.${administration.phase}`)}
      </Badge>
      <Text c="dimmed">{dayjs(administration.date).format('DD/MM/YYYY')}</Text>
    </Group>
  );
}
