import { Group, SegmentedControl, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../../shared/api/result';
import { SchoolYearSelect } from '../../../components/SchoolYearSelect';
import { inlineFieldMessage } from '../../../i18n/translate-error';
import type { PeriodChoice } from '../period-model';

interface PeriodPickerProps {
  choice: PeriodChoice;
  onChange(choice: PeriodChoice): void;
  /** The server's refusal of a range (reversed, too long): shown under the field it names. */
  error: ApiError | null;
}

/** A school year (the default) or chosen dates, from and to, both included. */
export function PeriodPicker({ choice, onChange, error }: PeriodPickerProps) {
  const { t } = useTranslation();
  const fieldError = (name: 'from' | 'to') => {
    const field = error?.fields?.find((candidate) => candidate.path.endsWith(name));
    return field ? inlineFieldMessage(t, field) : undefined;
  };
  return (
    <Group align="flex-end" gap="sm" wrap="wrap">
        <SegmentedControl
          aria-label={t('indicators:period.kind')}
          value={choice.kind}
          onChange={(kind) => onChange({ ...choice, kind: kind === 'range' ? 'range' : 'schoolYear' })}
          data={[
            { value: 'schoolYear', label: t('indicators:period.schoolYear') },
            { value: 'range', label: t('indicators:period.range') },
          ]}
        />
        {choice.kind === 'schoolYear' ? (
          <SchoolYearSelect
            label={t('indicators:period.year')}
            value={choice.schoolYear}
            onChange={(schoolYear) => schoolYear && onChange({ ...choice, schoolYear })}
            w={160}
          />
        ) : (
          <>
            <TextInput type="date" w={170} label={t('indicators:period.from')} value={choice.from} onChange={(event) => onChange({ ...choice, from: event.currentTarget.value })} error={fieldError('from')} />
            <TextInput type="date" w={170} label={t('indicators:period.to')} value={choice.to} onChange={(event) => onChange({ ...choice, to: event.currentTarget.value })} error={fieldError('to')} />
          </>
        )}
    </Group>
  );
}
