import { Button, Group, MultiSelect, Switch } from '@mantine/core';
import { IconFilterOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { EVENT_STATUSES, EVENT_TYPES, type EventStatus, type EventType } from '../../../../shared/domain/calendar/events';
import { hasFilters, NO_FILTERS, type CalendarFilters as Filters } from '../queries';
import { DirectoryFilter } from './DirectoryFilter';
import { TypeOption } from './TypeOption';
import { FILTER_LABEL_PROPS, filterPlaceholder } from './filter-label';

interface CalendarFiltersProps {
  filters: Filters;
  onChange(filters: Filters): void;
  /** Coordinators also filter by school and partner; teachers cannot list the directory. */
  withDirectory: boolean;
  /** Exhibition loans on or off (coordinators only: teachers have no access to loans). */
  loans?: { shown: boolean; onChange(shown: boolean): void };
}

const FIELD_WIDTH = 172;

/** Filters of the calendar: school, type, partner, status (empty means "all"), and the exhibition loans. */
export function CalendarFilters({ filters, onChange, withDirectory, loans }: CalendarFiltersProps) {
  const { t } = useTranslation();
  const set = <K extends keyof Filters>(key: K, value: Filters[K]) => onChange({ ...filters, [key]: value });

  return (
    <Group gap="sm" align="center" wrap="wrap" role="group" aria-label={t('calendar:filters.label')}>
      {withDirectory && (
        <DirectoryFilter kind="school" value={filters.schoolIds} onChange={(ids) => set('schoolIds', ids)} w={FIELD_WIDTH} />
      )}
      <MultiSelect
        w={FIELD_WIDTH}
        label={t('calendar:filters.type')}
        labelProps={FILTER_LABEL_PROPS}
        placeholder={filters.types.length ? undefined : filterPlaceholder(t, 'type')}
        data={EVENT_TYPES.map((type) => ({ value: type, label: t(`calendar:types.${type}`) }))}
        renderOption={({ option }) => <TypeOption type={option.value as EventType} label={option.label} />}
        value={filters.types}
        onChange={(values) => set('types', values as EventType[])}
        clearable
        clearButtonProps={{ 'aria-label': t('calendar:filters.clear') }}
      />
      {withDirectory && (
        <DirectoryFilter kind="partner" value={filters.partnerIds} onChange={(ids) => set('partnerIds', ids)} w={FIELD_WIDTH} />
      )}
      <MultiSelect
        w={FIELD_WIDTH}
        label={t('calendar:filters.status')}
        labelProps={FILTER_LABEL_PROPS}
        placeholder={filters.statuses.length ? undefined : filterPlaceholder(t, 'status')}
        data={EVENT_STATUSES.map((status) => ({ value: status, label: t(`calendar:statuses.${status}`) }))}
        value={filters.statuses}
        onChange={(values) => set('statuses', values as EventStatus[])}
        clearable
        clearButtonProps={{ 'aria-label': t('calendar:filters.clear') }}
      />
      {loans && (
        <Switch
          color="grape"
          label={t('calendar:loans.filter')}
          checked={loans.shown}
          onChange={(event) => loans.onChange(event.currentTarget.checked)}
        />
      )}
      {hasFilters(filters) && (
        <Button variant="subtle" color="gray" leftSection={<IconFilterOff size={16} />} onClick={() => onChange(NO_FILTERS)}>
          {t('calendar:filters.clear')}
        </Button>
      )}
    </Group>
  );
}
