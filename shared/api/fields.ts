import { z } from 'zod';
import { roleSchema, ROLES } from '../domain/roles';

/**
 * Field schemas shared by several channels. Every string and array is capped: the renderer is untrusted and
 * a capped schema is the first line against a runaway payload.
 */
export const idField = z.number().int().positive().max(Number.MAX_SAFE_INTEGER);

export const usernameField = z
  .string()
  .trim()
  .toLowerCase()
  .min(3)
  .max(40)
  .regex(/^[a-z0-9][a-z0-9._-]*$/);

export const displayNameField = z.string().trim().min(1).max(100);

/** Long passphrases are encouraged; the upper cap only bounds scrypt's input. */
export const newPasswordField = z.string().min(10).max(200);

/** A password being checked is never trimmed or lower-cased, and never explained beyond "wrong". */
export const passwordField = z.string().min(1).max(200);

export const rolesField = z
  .array(roleSchema)
  .min(1)
  .max(ROLES.length)
  .refine((roles) => new Set(roles).size === roles.length, { message: 'duplicate roles' });

export const searchField = z.string().trim().max(100);
