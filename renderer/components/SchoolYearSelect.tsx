import { Select, type SelectProps } from '@mantine/core';
import type { ReactNode } from 'react';
import { currentSchoolYear, schoolYearChoices } from '../dates/school-years';

interface SchoolYearSelectProps {
  label: string;
  value?: string | null;
  onChange(value: string | null): void;
  clearable?: boolean;
  placeholder?: string;
  error?: ReactNode;
  withAsterisk?: boolean;
  w?: SelectProps['w'];
}

export function SchoolYearSelect({ value, onChange, ...props }: SchoolYearSelectProps) {
  return (
    <Select
      {...props}
      data={schoolYearChoices(currentSchoolYear(), value)}
      value={value ?? null}
      onChange={onChange}
      allowDeselect={props.clearable ?? false}
      comboboxProps={{ withinPortal: true }}
    />
  );
}
