import type { Role } from '../../../../shared/domain/roles';
import type { UserSummary } from '../../../../shared/domain/users';
import { nextSort, type Sort } from '../../../components/data-table/list-state';

export type UserSortColumn = 'name' | 'username' | 'roles' | 'lastLogin';
export type UserSort = Sort<UserSortColumn>;

export const DEFAULT_USER_SORT: UserSort = { column: 'name', direction: 'asc' };

/** Clicking the sorted column flips it; another column starts ascending (last login: most recent first). */
export function nextUserSort(current: UserSort, column: UserSortColumn): UserSort {
  return nextSort(current, column, column === 'lastLogin');
}

interface SortTools {
  /** Compares two labels in the user's language (an Intl.Collator's `compare`). */
  compareText(a: string, b: string): number;
  roleLabel(role: Role): string;
}

/**
 * Sorts a copy of the list. Users who never signed in stay at the end in both directions; ties fall back
 * to the display name so the order never depends on the server's.
 */
export function sortUsers(users: readonly UserSummary[], sort: UserSort, tools: SortTools): UserSummary[] {
  const sign = sort.direction === 'asc' ? 1 : -1;
  const byName = (a: UserSummary, b: UserSummary) => tools.compareText(a.displayName, b.displayName);
  const key = (user: UserSummary): string => {
    switch (sort.column) {
      case 'name':
        return user.displayName;
      case 'username':
        return user.username;
      case 'roles':
        return user.roles.map(tools.roleLabel).sort(tools.compareText).join(', ');
      case 'lastLogin':
        return user.lastLoginAt ?? '';
    }
  };
  return [...users].sort((a, b) => {
    if (sort.column === 'lastLogin') {
      if (!a.lastLoginAt || !b.lastLoginAt) {
        if (a.lastLoginAt === b.lastLoginAt) return byName(a, b);
        return a.lastLoginAt ? -1 : 1;
      }
      const order = a.lastLoginAt < b.lastLoginAt ? -1 : a.lastLoginAt > b.lastLoginAt ? 1 : 0;
      return order * sign || byName(a, b);
    }
    return tools.compareText(key(a), key(b)) * sign || byName(a, b);
  });
}
