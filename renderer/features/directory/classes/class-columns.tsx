import { useMemo } from 'react';
import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { InputOf } from '../../../../shared/api/contract';
import type { SchoolClass } from '../../../../shared/domain/directory';
import type { DataColumn } from '../../../components/data-table/DataTable';
import { formattersFor } from '../../../i18n/format';

export type ClassSortColumn = NonNullable<InputOf<'classes', 'list'>['sortBy']>;

export function useClassColumns(): DataColumn<SchoolClass, ClassSortColumn>[] {
  const { t, i18n } = useTranslation();
  return useMemo(() => {
    const format = formattersFor(i18n.language);
    const columns: DataColumn<SchoolClass, ClassSortColumn>[] = [
      {
        key: 'name',
        header: t('directory.classes.columns.name'),
        sortColumn: 'name',
        render: (schoolClass) => (
          <Text size="sm" fw={600}>
            {schoolClass.name}
          </Text>
        ),
      },
      {
        key: 'schoolName',
        header: t('directory.classes.columns.school'),
        sortColumn: 'schoolName',
        render: (schoolClass) => <Text size="sm">{schoolClass.schoolName}</Text>,
      },
      {
        key: 'schoolYear',
        header: t('directory.classes.columns.schoolYear'),
        sortColumn: 'schoolYear',
        width: 150,
        render: (schoolClass) => (
          <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
            {schoolClass.schoolYear}
          </Text>
        ),
      },
      {
        key: 'grade',
        header: t('directory.classes.columns.grade'),
        sortColumn: 'grade',
        width: 110,
        render: (schoolClass) => <Text size="sm">{schoolClass.grade || '—'}</Text>,
      },
      {
        key: 'pupilCount',
        header: t('directory.classes.columns.pupilCount'),
        sortColumn: 'pupilCount',
        align: 'right',
        width: 110,
        render: (schoolClass) => <Text size="sm">{format.number(schoolClass.pupilCount)}</Text>,
      },
      {
        key: 'teachers',
        header: t('directory.classes.columns.teachers'),
        align: 'right',
        width: 130,
        render: (schoolClass) => (
          <Text size="sm" c={schoolClass.teacherIds.length === 0 ? 'dimmed' : undefined}>
            {format.number(schoolClass.teacherIds.length)}
          </Text>
        ),
      },
    ];
    return columns;
  }, [t, i18n.language]);
}
