import type { ReactNode } from 'react';
import { MultiSelect } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../../api/client';
import { directoryKeys } from '../directory-queries';

interface TeachersSelectProps {
  schoolId: number | null;
  value?: number[];
  onChange(value: number[]): void;
  error?: ReactNode;
}

/** The class's teachers, chosen among the school's contacts of kind "teacher". */
export function TeachersSelect({ schoolId, value = [], onChange, error }: TeachersSelectProps) {
  const { t } = useTranslation();
  const teachers = useQuery({
    queryKey: directoryKeys.teachersOf(schoolId ?? 0),
    queryFn: async () =>
      unwrap(await api.contacts.list({ schoolId: schoolId ?? undefined, kinds: ['teacher'], sortBy: 'lastName', limit: 500 })),
    enabled: schoolId !== null,
  });
  const data = (teachers.data?.rows ?? []).map((contact) => ({ value: contact.id, label: `${contact.firstName} ${contact.lastName}` }));
  const none = schoolId !== null && teachers.isSuccess && data.length === 0;
  return (
    <MultiSelect<number>
      label={t('fields.teacherIds')}
      description={schoolId === null ? t('directory.classes.teachersChooseSchool') : none ? t('directory.classes.teachersNone') : undefined}
      placeholder={data.length > 0 ? t('directory.classes.teachersPlaceholder') : undefined}
      disabled={schoolId === null || none}
      data={data}
      value={value}
      onChange={onChange}
      error={error}
      searchable
      clearable
      hidePickedOptions
      nothingFoundMessage={t('directory.noMatch')}
      comboboxProps={{ withinPortal: true }}
    />
  );
}
