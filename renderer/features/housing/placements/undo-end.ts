import type { TFunction } from 'i18next';
import type { QueryClient } from '@tanstack/react-query';
import type { HousingPlacement } from '../../../../shared/domain/housing/placements-api';
import { api } from '../../../api/client';
import { notifySuccess } from '../../../forms/notify';
import { notifyUndoable } from '../../../forms/notify-undo';
import { currentLanguage } from '../../../i18n';
import { formatDayMonth } from '../../../dates/date-text';
import { notifyHousingError } from '../common/housing-errors';
import { placementKeys, WAITLIST_ROOT } from './queries';

/**
 * "Fin du séjour … enregistrée — Annuler" (issue 17): the confirmation of an ended stay offers to reopen it, as
 * the user saw it (the server refuses if it changed since, or if the unit or the household has been given a
 * night of it since). It runs after the end dialog has closed, so it speaks to the API and the cache directly.
 */
export function notifyEndedWithUndo(t: TFunction, queryClient: QueryClient, ended: HousingPlacement, message: string): void {
  notifyUndoable({
    message,
    undoLabel: t('housing:placements.undoEnd.button'),
    onUndo: () => void reopen(t, queryClient, ended),
  });
}

async function reopen(t: TFunction, queryClient: QueryClient, ended: HousingPlacement): Promise<void> {
  const result = await api.housing.reopenPlacement({ id: ended.id, actualEnd: ended.actualEnd ?? '', updatedAt: ended.updatedAt });
  if (!result.ok) {
    // The night in the way, written as a day ("3 décembre") rather than as stored.
    const date = typeof result.error.params?.date === 'string' ? formatDayMonth(result.error.params.date, currentLanguage()) : undefined;
    notifyHousingError(t, date === undefined ? result.error : { ...result.error, params: { ...result.error.params, date } });
    return;
  }
  await queryClient.invalidateQueries({ queryKey: placementKeys.all });
  await queryClient.invalidateQueries({ queryKey: WAITLIST_ROOT });
  notifySuccess(t('housing:placements.undoEnd.done', { household: result.data.householdCode, unit: result.data.unitCode }));
}
