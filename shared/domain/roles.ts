import { z } from 'zod';

/** The four roles of Passerelle (README: who sees what). A user may hold several. */
export const ROLES = ['admin', 'coordinator', 'teacher', 'housing'] as const;
export type Role = (typeof ROLES)[number];
export const roleSchema = z.enum(ROLES);

export function hasAnyRole(userRoles: readonly Role[], allowed: readonly Role[]): boolean {
  return allowed.some((role) => userRoles.includes(role));
}
