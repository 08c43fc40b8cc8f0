import { Button, Divider, Group, Stack, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { localToday } from '../../../dates/local-today';
import { QueryContent } from '../../../components/QueryContent';
import type { PlacementDialog } from './PlacementDialogs';
import { PlacementList } from './PlacementList';
import { usePlacements } from './queries';

/**
 * The household sheet's stays: in which unit, when, and their state, with "Placer" and "Fin du séjour". Only
 * placement queries are read and refreshed here, never the household itself (each of its reads is audited).
 */
export function HouseholdPlacementsSection({ householdId, onDialog }: { householdId: number; onDialog(dialog: PlacementDialog): void }) {
  const { t } = useTranslation();
  const placements = usePlacements({ householdId });
  return (
    <>
      <Divider />
      <Stack gap="sm" component="section" aria-labelledby={`household-placements-${householdId}`}>
        <Group justify="space-between">
          <Title order={3} fz="md" id={`household-placements-${householdId}`}>
            {t('housing:placements.householdTitle')}
          </Title>
          <Button size="xs" variant="light" leftSection={<IconPlus size={14} />} onClick={() => onDialog({ kind: 'create' })}>
            {t('housing:placements.placeHousehold')}
          </Button>
        </Group>
        <QueryContent query={placements}>
          {(loaded) => <PlacementList placements={loaded} side="household" today={localToday()} onDialog={onDialog} />}
        </QueryContent>
      </Stack>
    </>
  );
}
