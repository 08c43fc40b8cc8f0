import { NumberInput, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { api } from '../../../api/client';
import { AppModal } from '../../../components/AppModal';
import { contract, type InputOf } from '../../../../shared/api/contract';
import type { SchoolClass } from '../../../../shared/domain/directory';
import { validateAgainst } from '../../../forms/contract-validation';
import { FormButtons } from '../../../components/FormButtons';
import { numberOrMissing, requiredChoice } from '../common/form-values';
import { SchoolSelect } from '../common/SchoolSelect';
import { SchoolYearSelect } from '../../../components/SchoolYearSelect';
import { currentSchoolYear } from '../../../dates/school-years';
import { useDirectoryMutation } from '../directory-queries';
import { TeachersSelect } from './TeachersSelect';
import { saveFromForm } from '../common/save-from-form';

interface ClassValues {
  schoolId: number | null;
  schoolYear: string;
  name: string;
  grade: string;
  pupilCount: number | string;
  teacherIds: number[];
}

/** The form's values as the channel's input; blanks become "missing" so the check says "required". */
function toInput(values: ClassValues) {
  return { ...values, schoolId: requiredChoice(values.schoolId), pupilCount: numberOrMissing(values.pupilCount) };
}

interface ClassFormModalProps {
  schoolClass?: SchoolClass;
  /** A new class of this school (from the school's filter). */
  defaults?: { schoolId?: number; schoolName?: string; schoolYear?: string };
  onClose(): void;
}

/** Creates a class for a school year, or edits one. */
export function ClassFormModal({ schoolClass, defaults, onClose }: ClassFormModalProps) {
  const { t } = useTranslation();
  const create = useDirectoryMutation(api.classes.create);
  const update = useDirectoryMutation(api.classes.update);
  const form = useForm<ClassValues>({
    initialValues: {
      schoolId: schoolClass?.schoolId ?? defaults?.schoolId ?? null,
      schoolYear: schoolClass?.schoolYear ?? defaults?.schoolYear ?? currentSchoolYear(),
      name: schoolClass?.name ?? '',
      grade: schoolClass?.grade ?? '',
      pupilCount: schoolClass?.pupilCount ?? '',
      teacherIds: schoolClass?.teacherIds ?? [],
    },
    validate: (values) =>
      schoolClass
        ? validateAgainst(t, contract.classes.update.input, { id: schoolClass.id, ...toInput(values) })
        : validateAgainst(t, contract.classes.create.input, toInput(values)),
  });
  const initialSchool = schoolClass
    ? { value: schoolClass.schoolId, label: schoolClass.schoolName }
    : defaults?.schoolId && defaults.schoolName
      ? { value: defaults.schoolId, label: defaults.schoolName }
      : null;

  const submit = form.onSubmit((values) => {
    // Checked against the contract by `validate` just before.
    const input = toInput(values) as InputOf<'classes', 'create'>;
    return saveFromForm({
      t,
      form,
      save: () => (schoolClass ? update.mutateAsync({ id: schoolClass.id, ...input }) : create.mutateAsync(input)),
      success: (saved) => t(schoolClass ? 'directory.classes.updated' : 'directory.classes.created', { name: saved.name, school: saved.schoolName }),
      onClose,
    });
  });

  return (
    <AppModal dirty={form.isDirty()}
      opened
      onClose={onClose}
      title={schoolClass ? t('directory.classes.editTitle', { name: schoolClass.name }) : t('directory.classes.createTitle')}
      size="lg"
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <SchoolSelect
            label={t('fields.schoolId')}
            placeholder={t('directory.schoolSearchPlaceholder')}
            withAsterisk
            initial={initialSchool}
            {...form.getInputProps('schoolId')}
            onChange={(schoolId) => {
              // Teachers belong to a school: another school, other teachers.
              if (schoolId !== form.getValues().schoolId) form.setFieldValue('teacherIds', []);
              form.setFieldValue('schoolId', schoolId);
            }}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <SchoolYearSelect label={t('fields.schoolYear')} withAsterisk {...form.getInputProps('schoolYear')} />
            <TextInput
              label={t('fields.name')}
              placeholder={t('directory.classes.namePlaceholder')}
              withAsterisk
              autoComplete="off"
              data-autofocus
              {...form.getInputProps('name')}
            />
            <TextInput
              label={t('fields.grade')}
              placeholder={t('directory.classes.gradePlaceholder')}
              maxLength={20}
              autoComplete="off"
              {...form.getInputProps('grade')}
            />
            <NumberInput
              label={t('fields.pupilCount')}
              withAsterisk
              min={0}
              max={5000}
              allowDecimal={false}
              allowNegative={false}
              {...form.getInputProps('pupilCount')}
            />
          </SimpleGrid>
          <TeachersSelect schoolId={form.getValues().schoolId} {...form.getInputProps('teacherIds')} />
          <FormButtons
            submitLabel={schoolClass ? t('common.save') : t('directory.classes.createSubmit')}
            pending={create.isPending || update.isPending}
            onCancel={onClose}
          />
        </Stack>
      </form>
    </AppModal>
  );
}
