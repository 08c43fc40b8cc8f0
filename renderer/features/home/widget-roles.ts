import type { Role } from '../../../shared/domain/roles';

/**
 * The home screen's blocks, in order, and the roles that see each one: a user with several roles sees them
 * all. Another module adds its reminders here (housing: placements ending, registrations due…) and its
 * component in widgets.ts, which the compiler then requires.
 */
const HOME_WIDGETS = [
  // The last verified backup and what threatens the copies (only an administrator can act on them): first, as
  // it is one line when all is well and its warnings must not wait below a long list of reminders.
  { id: 'backups', roles: ['admin'] },
  // Records past their retention period (issue 20): only when a run is due.
  { id: 'retention', roles: ['admin'] },
  { id: 'loans', roles: ['coordinator'] },
  { id: 'housing', roles: ['housing'] },
] as const satisfies readonly { id: string; roles: readonly Role[] }[];

export type HomeWidgetId = (typeof HOME_WIDGETS)[number]['id'];

export function widgetsFor<W extends { roles: readonly Role[] }>(roles: readonly Role[], widgets: readonly W[]): W[] {
  return widgets.filter((widget) => widget.roles.some((role) => roles.includes(role)));
}

/** The ids of the blocks a user with these roles sees, in order. */
export function homeWidgetsFor(roles: readonly Role[]): HomeWidgetId[] {
  return widgetsFor(roles, HOME_WIDGETS).map((widget) => widget.id);
}
