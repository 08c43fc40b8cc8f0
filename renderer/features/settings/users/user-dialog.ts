import type { UserSummary } from '../../../../shared/domain/users';

/** Which dialog of the users tab is open, and for whom: the table's menus ask, the tab opens it. */
export type UserDialog =
  | { kind: 'create' }
  | { kind: 'edit'; user: UserSummary }
  | { kind: 'reset'; user: UserSummary }
  | { kind: 'toggleActive'; user: UserSummary };
