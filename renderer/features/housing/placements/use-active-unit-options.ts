import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useUnits } from '../queries';
import { freePlacesByUnit } from './placement-model';
import { usePlacements } from './queries';

/**
 * The active units as choices for a stay beginning on `day`, each with its kind and its free places that night
 * ("· complet" when none), for the placement and move forms. `isError`: the free places could not be read (the server still
 * checks them when saving).
 */
export function useActiveUnitOptions(day: string): { options: { value: string; label: string }[]; isError: boolean } {
  const { t } = useTranslation();
  const units = useUnits({ status: 'active' });
  const activeThatDay = usePlacements({ activeOn: day });
  const free = useMemo(() => freePlacesByUnit(units.data ?? [], activeThatDay.data ?? []), [units.data, activeThatDay.data]);
  const options = (units.data ?? []).map((unit) => ({
    value: String(unit.id),
    // The kind beside the code (issue 14, item 8): the household's needs are matched on it.
    label: t('housing:placements.form.unitOption', { code: unit.code, kind: t(`housing:kinds.${unit.kind}`), address: unit.address, count: free.get(unit.id) ?? unit.capacity }),
  }));
  return { options, isError: activeThatDay.isError };
}
