import { z } from 'zod';
import { defineChannel } from '../define';
import {
  displayNameField,
  idField,
  newPasswordField,
  rolesField,
  searchField,
  usernameField,
} from '../fields';
import type { UserSummary } from '../../domain/users';

export const usersChannels = {
  list: defineChannel<UserSummary[]>()({
    input: z.strictObject({ search: searchField.optional(), includeInactive: z.boolean().optional() }),
    access: ['admin'],
    writes: false,
  }),
  create: defineChannel<UserSummary>()({
    input: z.strictObject({
      username: usernameField,
      displayName: displayNameField,
      password: newPasswordField,
      roles: rolesField,
    }),
    access: ['admin'],
    writes: true,
  }),
  update: defineChannel<UserSummary>()({
    input: z.strictObject({
      id: idField,
      displayName: displayNameField,
      roles: rolesField,
      active: z.boolean(),
    }),
    access: ['admin'],
    writes: true,
  }),
  resetPassword: defineChannel<null>()({
    input: z.strictObject({ id: idField, newPassword: newPasswordField }),
    access: ['admin'],
    writes: true,
  }),
};
