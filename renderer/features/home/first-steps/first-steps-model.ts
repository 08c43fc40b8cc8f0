import type { FirstSteps } from '../../../../shared/domain/system';
import type { AppModule } from '../../../../shared/domain/modules';

/** One thing a new team does first, with where it is done. */
export interface FirstStep {
  id: 'users' | 'secondFolder' | 'schools' | 'activities' | 'units' | 'households';
  to: string;
}

/**
 * The first steps still to take, in the order a team takes them (issue 17): only what is still empty, only for
 * the caller's roles (the server answers only those parts) and the install's modules. `secondFolder` is known
 * only on the desktop (null: not asked, as on a team server where backups are IT's).
 */
export function pendingFirstSteps(steps: FirstSteps, modules: readonly AppModule[], secondFolder: string | null | undefined): FirstStep[] {
  const pending: FirstStep[] = [];
  if (steps.admin && steps.admin.otherUsers === 0) pending.push({ id: 'users', to: '/settings/users' });
  if (steps.admin && secondFolder === null) pending.push({ id: 'secondFolder', to: '/settings/backups' });
  if (steps.coordinator && modules.includes('schools')) {
    if (steps.coordinator.schools === 0) pending.push({ id: 'schools', to: '/schools' });
    if (steps.coordinator.activities === 0) pending.push({ id: 'activities', to: '/calendar' });
  }
  if (steps.housing && modules.includes('housing')) {
    if (steps.housing.units === 0) pending.push({ id: 'units', to: '/housing' });
    if (steps.housing.households === 0) pending.push({ id: 'households', to: '/housing?tab=households' });
  }
  return pending;
}
