import type { AppModule } from './modules';
import type { Role } from './roles';

/**
 * The sections of the app shell, in navigation order, with the roles that use each one and the module it
 * belongs to. The renderer builds its navigation from this list; the server enforces access per channel in
 * the contract, so hiding a section is a convenience, never the protection.
 */
export const SECTIONS = [
  // What needs attention today: each role's reminders (loans for coordinators; deadlines and free places for
  // housing staff; the last verified backup for administrators). First, so it is where they land.
  { id: 'home', roles: ['coordinator', 'housing', 'admin'], module: null },
  { id: 'calendar', roles: ['coordinator', 'teacher'], module: 'schools' },
  { id: 'schools', roles: ['coordinator'], module: 'schools' },
  { id: 'exhibitions', roles: ['coordinator'], module: 'schools' },
  { id: 'questionnaires', roles: ['coordinator', 'teacher'], module: 'schools' },
  { id: 'housing', roles: ['housing'], module: 'housing' },
  { id: 'registrations', roles: ['housing'], module: 'housing' },
  { id: 'reports', roles: ['coordinator', 'housing'], module: null },
  { id: 'settings', roles: ['admin', 'coordinator', 'teacher', 'housing'], module: null },
] as const satisfies readonly { id: string; roles: readonly Role[]; module: AppModule | null }[];

export type SectionId = (typeof SECTIONS)[number]['id'];

export function visibleSections(
  roles: readonly Role[],
  enabledModules: readonly AppModule[],
): SectionId[] {
  return SECTIONS.filter(
    (section) =>
      section.roles.some((role) => roles.includes(role)) &&
      (section.module === null || enabledModules.includes(section.module)),
  ).map((section) => section.id);
}
