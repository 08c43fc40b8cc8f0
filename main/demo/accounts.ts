import type { Role } from '../../shared/domain/roles';

/** Shared by every demo account and printed by `npm run demo`: demo data is never real data. */
export const DEMO_PASSWORD = 'passerelle-demo';

/** One fictional account per role, so each view of the app can be tried. */
export const DEMO_ACCOUNTS: readonly { username: string; displayName: string; roles: Role[] }[] = [
  { username: 'admin', displayName: 'Administration (démo)', roles: ['admin'] },
  { username: 'coordination', displayName: 'Nadia Verlaine', roles: ['coordinator'] },
  { username: 'enseignant', displayName: 'Julien Delvaux', roles: ['teacher'] },
  { username: 'cpas', displayName: 'Sophie Marchal', roles: ['housing'] },
];

/** The demo teacher is linked to a teacher contact with classes, so the teacher's calendar has events. */
export const DEMO_TEACHER_USERNAME = 'enseignant';
