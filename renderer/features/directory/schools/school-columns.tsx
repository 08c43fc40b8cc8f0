import { useMemo } from 'react';
import { Badge, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { InputOf } from '../../../../shared/api/contract';
import type { School } from '../../../../shared/domain/directory';
import type { DataColumn } from '../../../components/data-table/DataTable';
import { formattersFor } from '../../../i18n/format';
import { SchoolLink } from '../school-page/SchoolLink';

export type SchoolSortColumn = NonNullable<InputOf<'schools', 'list'>['sortBy']>;

export function useSchoolColumns(): DataColumn<School, SchoolSortColumn>[] {
  const { t, i18n } = useTranslation();
  return useMemo(() => {
    const format = formattersFor(i18n.language);
    const columns: DataColumn<School, SchoolSortColumn>[] = [
      {
        key: 'name',
        header: t('directory.schools.columns.name'),
        sortColumn: 'name',
        render: (school) => (
          <Stack gap={0}>
            <SchoolLink schoolId={school.id} fw={600}>
              {school.name}
            </SchoolLink>
            {school.street && (
              <Text size="xs" c="dimmed">
                {school.street}
              </Text>
            )}
          </Stack>
        ),
      },
      {
        key: 'network',
        header: t('directory.schools.columns.network'),
        sortColumn: 'network',
        render: (school) => <Text size="sm">{t(`networks.${school.network}`)}</Text>,
      },
      {
        key: 'levels',
        header: t('directory.schools.columns.levels'),
        render: (school) => (
          <Group gap={4} wrap="nowrap">
            {school.levels.map((level) => (
              <Badge key={level} size="sm" variant="light" color="meuse">
                {t(`schoolLevels.${level}`)}
              </Badge>
            ))}
          </Group>
        ),
      },
      {
        key: 'locality',
        header: t('directory.schools.columns.locality'),
        sortColumn: 'postalCode',
        render: (school) => (
          <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
            {[school.postalCode, school.city].filter(Boolean).join(' ')}
          </Text>
        ),
      },
      {
        key: 'neighbourhood',
        header: t('directory.schools.columns.neighbourhood'),
        sortColumn: 'neighbourhood',
        render: (school) => <Text size="sm">{school.neighbourhood || '—'}</Text>,
      },
      {
        key: 'classCount',
        header: t('directory.schools.columns.classCount'),
        sortColumn: 'classCount',
        align: 'right',
        width: 110,
        render: (school) => <Text size="sm">{format.number(school.classCount)}</Text>,
      },
    ];
    return columns;
  }, [t, i18n.language]);
}
