import { describe, expect, it } from 'vitest';
import type { UserSummary } from '../../shared/domain/users';
import { nextUserSort, sortUsers, type UserSort } from '../../renderer/features/settings/users/sort-users';
import { temporaryPassword } from '../../renderer/features/settings/users/temporary-password';

function user(id: number, displayName: string, username: string, lastLoginAt: string | null, roles: UserSummary['roles']): UserSummary {
  return { id, displayName, username, roles, lastLoginAt, active: true, mustChangePassword: false, createdAt: '2026-01-01T00:00:00.000Z' };
}

const users = [
  user(1, 'Élodie Martin', 'elodie', '2026-11-20T10:00:00.000Z', ['housing']),
  user(2, 'anne Dupont', 'anne', null, ['coordinator', 'teacher']),
  user(3, 'Bruno Lambert', 'bruno', '2026-11-27T09:00:00.000Z', ['admin']),
  user(4, 'Chloé Renard', 'chloe', null, ['teacher']),
];
const labels = { admin: 'Administration', coordinator: 'Coordination', teacher: 'Enseignant·e', housing: 'Logement' };
const collator = new Intl.Collator('fr-BE', { sensitivity: 'base', numeric: true });
const tools = { compareText: collator.compare, roleLabel: (role: keyof typeof labels) => labels[role] };
const ids = (sort: UserSort) => sortUsers(users, sort, tools).map((u) => u.id);

describe('sorting the users table', () => {
  it('sorts names as French speakers expect (accents and case ignored)', () => {
    expect(ids({ column: 'name', direction: 'asc' })).toEqual([2, 3, 4, 1]);
    expect(ids({ column: 'name', direction: 'desc' })).toEqual([1, 4, 3, 2]);
  });

  it('sorts by username and by translated role labels', () => {
    expect(ids({ column: 'username', direction: 'asc' })).toEqual([2, 3, 4, 1]);
    expect(ids({ column: 'roles', direction: 'asc' })).toEqual([3, 2, 4, 1]);
  });

  it('keeps users who never signed in last, in both directions', () => {
    expect(ids({ column: 'lastLogin', direction: 'desc' })).toEqual([3, 1, 2, 4]);
    expect(ids({ column: 'lastLogin', direction: 'asc' })).toEqual([1, 3, 2, 4]);
  });

  it('flips the sorted column and starts others ascending (last login: most recent first)', () => {
    expect(nextUserSort({ column: 'name', direction: 'asc' }, 'name')).toEqual({ column: 'name', direction: 'desc' });
    expect(nextUserSort({ column: 'name', direction: 'desc' }, 'username')).toEqual({ column: 'username', direction: 'asc' });
    expect(nextUserSort({ column: 'name', direction: 'asc' }, 'lastLogin')).toEqual({ column: 'lastLogin', direction: 'desc' });
  });

  it('does not reorder the list it was given', () => {
    const before = users.map((u) => u.id);
    sortUsers(users, { column: 'name', direction: 'desc' }, tools);
    expect(users.map((u) => u.id)).toEqual(before);
  });
});

describe('temporary passwords', () => {
  it('are four groups of four unambiguous characters, long enough for the contract', () => {
    const password = temporaryPassword();
    expect(password).toMatch(/^[a-km-np-zA-HJ-NP-Z2-9]{4}(-[a-km-np-zA-HJ-NP-Z2-9]{4}){3}$/);
    expect(password.length).toBeGreaterThanOrEqual(10);
  });

  it('differ from one call to the next', () => {
    expect(new Set(Array.from({ length: 20 }, () => temporaryPassword())).size).toBe(20);
  });
});
