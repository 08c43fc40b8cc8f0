import { Button, Divider, Group, Progress, Stack, Text, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { HousingUnit } from '../../../../shared/domain/housing/housing-units-api';
import { PLACEMENT_STATUSES } from '../../../../shared/domain/housing/units';
import { localToday } from '../../../dates/local-today';
import { QueryContent } from '../../../components/QueryContent';
import type { PlacementDialog } from './PlacementDialogs';
import { PlacementList } from './PlacementList';
import { UnitOccupancyBlock } from './UnitOccupancyBlock';
import { placesInUseOn } from './placement-model';
import { usePlacements } from './queries';

/**
 * The unit sheet's placements: places in use tonight against the capacity, "Placer un ménage", every stay
 * (current and past) with its actions, and the occupancy over a period.
 */
export function UnitPlacementsSection({ unit, onDialog }: { unit: HousingUnit; onDialog(dialog: PlacementDialog): void }) {
  const { t } = useTranslation();
  const today = localToday();
  const placements = usePlacements({ unitId: unit.id });
  const takesPlacements = PLACEMENT_STATUSES.includes(unit.status);
  return (
    <>
      <Divider />
      <Stack gap="sm" component="section" aria-labelledby={`placements-${unit.id}`}>
        <Group justify="space-between">
          <Title order={3} fz="md" id={`placements-${unit.id}`}>
            {t('housing:placements.unitTitle')}
          </Title>
          <Button size="xs" variant="light" leftSection={<IconPlus size={14} />} onClick={() => onDialog({ kind: 'create' })}>
            {t('housing:placements.place')}
          </Button>
        </Group>
        {!takesPlacements && (
          <Text size="sm" c="dimmed">
            {t('housing:placements.notActive', { status: t(`housing:statuses.${unit.status}`) })}
          </Text>
        )}
        <QueryContent query={placements}>
          {(loaded) => {
            const inUse = placesInUseOn(loaded, today);
            return (
              <Stack gap="sm">
                <Stack gap={4}>
                  <Text size="sm" fw={600} role="status" aria-label={t('housing:placements.inUseLabel')}>
                    {t('housing:placements.inUse', { used: inUse, count: unit.capacity })}
                  </Text>
                  <Progress
                    value={unit.capacity === 0 ? 0 : Math.min(100, (inUse / unit.capacity) * 100)}
                    color={inUse >= unit.capacity ? 'orange' : 'teal'}
                    aria-hidden="true"
                  />
                </Stack>
                <PlacementList placements={loaded} side="unit" today={today} onDialog={onDialog} />
              </Stack>
            );
          }}
        </QueryContent>
      </Stack>
      <Divider />
      <UnitOccupancyBlock unitId={unit.id} today={today} />
    </>
  );
}
