import { Button, Checkbox, Group, NumberInput, SimpleGrid, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconDeviceFloppy } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { contract } from '../../../../shared/api/contract';
import { MODULES, type AppModule } from '../../../../shared/domain/modules';
import { IDLE_MINUTES_MAX, IDLE_MINUTES_MIN, type AppSettings } from '../../../../shared/domain/settings';
import { apiErrorOf } from '../../../api/client';
import { validateAgainst } from '../../../forms/contract-validation';
import { showServerError } from '../../../forms/server-errors';
import { notifySuccess } from '../../../forms/notify';
import { useUpdateAppSettings } from '../queries';
import { useFormDirty } from '../../../components/discard';

export function AppSettingsForm({ initial }: { initial: AppSettings }) {
  const { t } = useTranslation();
  const update = useUpdateAppSettings();
  const form = useForm<{ idleMinutes: number | string; modules: AppModule[] }>({
    initialValues: initial,
    validate: (values) => validateAgainst(t, contract.settings.update.input, values),
  });

  useFormDirty(form.isDirty());
  const submit = form.onSubmit(async (values) => {
    try {
      await update.mutateAsync({ idleMinutes: Number(values.idleMinutes), modules: values.modules });
      notifySuccess(t('application.saved'));
      form.resetDirty();
    } catch (error) {
      showServerError(t, apiErrorOf(error), form);
    }
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="lg">
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="xl">
          <NumberInput
            label={t('fields.idleMinutes')}
            description={t('application.idleHint', { min: IDLE_MINUTES_MIN, max: IDLE_MINUTES_MAX })}
            min={IDLE_MINUTES_MIN}
            max={IDLE_MINUTES_MAX}
            allowDecimal={false}
            allowNegative={false}
            clampBehavior="strict"
            suffix={` ${t('application.minutesSuffix')}`}
            maw={280}
            {...form.getInputProps('idleMinutes')}
          />
          <Checkbox.Group
            label={t('fields.modules')}
            description={t('application.modulesHint')}
            {...form.getInputProps('modules')}
            onChange={(modules) => form.setFieldValue('modules', MODULES.filter((module) => modules.includes(module)))}
          >
            <Stack gap="sm" mt="xs">
              {MODULES.map((module) => (
                <Checkbox key={module} value={module} label={t(`modules.${module}`)} description={t(`moduleDescriptions.${module}`)} />
              ))}
            </Stack>
          </Checkbox.Group>
        </SimpleGrid>
        <Group justify="flex-end">
          <Button type="submit" loading={update.isPending} leftSection={<IconDeviceFloppy size={18} stroke={1.7} />} disabled={!form.isDirty()}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
