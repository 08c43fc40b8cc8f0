import { Button, Group, NumberInput, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconDeviceFloppy, IconRestore } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { DEFAULT_HOUSING_DEADLINES, HOUSING_DEADLINE_LIMITS, type HousingDeadlineSettings } from '../../../../shared/domain/housing/deadlines';
import { apiErrorOf } from '../../../api/client';
import { showServerError } from '../../../forms/server-errors';
import { notifySuccess } from '../../../forms/notify';
import { DEADLINE_GROUPS, unitOf, type DeadlineKey } from './deadline-fields';
import { useUpdateHousingDeadlines } from './queries';
import { useFormDirty } from '../../../components/discard';

type Values = Record<DeadlineKey, number | string>;

/** An emptied input is sent as missing, so the server names it as required rather than of the wrong type. */
function toInput(values: Values): HousingDeadlineSettings {
  const input: Record<string, number | undefined> = {};
  for (const [key, value] of Object.entries(values)) input[key] = value === '' ? undefined : Number(value);
  return input as unknown as HousingDeadlineSettings;
}

/**
 * Every length with what it means and where it comes from. Limits are checked by the server (the contract's
 * ranges), whose refusal shows under the field: no second copy of the rules here.
 */
export function HousingDeadlinesForm({ initial }: { initial: HousingDeadlineSettings }) {
  const { t } = useTranslation();
  const update = useUpdateHousingDeadlines();
  const form = useForm<Values>({ initialValues: { ...initial } });

  useFormDirty(form.isDirty());
  const submit = form.onSubmit(async (values) => {
    try {
      const saved = await update.mutateAsync(toInput(values));
      form.setInitialValues({ ...saved });
      form.setValues({ ...saved });
      notifySuccess(t('housingDeadlines.saved'));
    } catch (error) {
      showServerError(t, apiErrorOf(error), form);
    }
  });

  const isDefault = Object.entries(DEFAULT_HOUSING_DEADLINES).every(([key, value]) => Number(form.values[key as DeadlineKey]) === value);

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="xl">
        {DEADLINE_GROUPS.map((group) => (
          <Stack key={group.id} gap="sm" component="fieldset" style={{ border: 0, padding: 0, margin: 0 }}>
            <Title order={3} fz="md" component="legend" mb="xs">
              {t(`housingDeadlines.groups.${group.id}`)}
            </Title>
            <SimpleGrid cols={{ base: 1, md: 2 }} spacing="xl" verticalSpacing="lg">
              {group.fields.map((key) => {
                const { min, max } = HOUSING_DEADLINE_LIMITS[key];
                const unit = t(`housingDeadlines.units.${unitOf(key)}`);
                return (
                  <NumberInput
                    key={key}
                    label={t(`housingDeadlines.fields.${key}.label`)}
                    description={
                      <>
                        <Text span size="xs" display="block">
                          {t(`housingDeadlines.fields.${key}.meaning`)}
                        </Text>
                        <Text span size="xs" display="block" fs="italic">
                          {t('housingDeadlines.sourceLine', {
                            value: DEFAULT_HOUSING_DEADLINES[key],
                            unit,
                            source: t(`housingDeadlines.fields.${key}.source`),
                          })}
                        </Text>
                      </>
                    }
                    min={min}
                    max={max}
                    allowDecimal={false}
                    clampBehavior="none"
                    rightSection={
                      <Text size="xs" c="dimmed" pr="xs">
                        {unit}
                      </Text>
                    }
                    rightSectionWidth={64}
                    maw={360}
                    data-testid={`deadline-${key}`}
                    {...form.getInputProps(key)}
                  />
                );
              })}
            </SimpleGrid>
          </Stack>
        ))}
        <Group justify="space-between">
          <Button
            variant="default"
            leftSection={<IconRestore size={18} stroke={1.7} />}
            disabled={isDefault}
            onClick={() => {
              // Fills the form only: nothing changes until the worker saves, so no confirmation is needed.
              form.setValues({ ...DEFAULT_HOUSING_DEADLINES });
              form.clearErrors();
            }}
          >
            {t('housingDeadlines.reset')}
          </Button>
          <Button type="submit" loading={update.isPending} leftSection={<IconDeviceFloppy size={18} stroke={1.7} />} disabled={!form.isDirty()}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
