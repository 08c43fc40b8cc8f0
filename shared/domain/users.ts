import type { Role } from './roles';

/** The signed-in user as the renderer sees it. */
export interface SessionUser {
  id: number;
  username: string;
  displayName: string;
  roles: Role[];
  mustChangePassword: boolean;
}

/** One row of the admin's user list. */
export interface UserSummary extends SessionUser {
  active: boolean;
  createdAt: string;
  lastLoginAt: string | null;
}
