import { z } from 'zod';
import { defineChannel } from '../define';
import { displayNameField, newPasswordField, passwordField, usernameField } from '../fields';
import type { SessionUser } from '../../domain/users';
import type { AppSettings } from '../../domain/settings';

export interface AuthStatus {
  /** True until the first admin account exists: the app then shows the first-start screen. */
  setupRequired: boolean;
  user: SessionUser | null;
  settings: AppSettings;
}

export const authChannels = {
  status: defineChannel<AuthStatus>()({
    input: z.strictObject({}),
    access: 'public',
    writes: false,
  }),
  setup: defineChannel<SessionUser>()({
    input: z.strictObject({
      username: usernameField,
      displayName: displayNameField,
      password: newPasswordField,
    }),
    access: 'public',
    writes: true,
  }),
  login: defineChannel<SessionUser>()({
    input: z.strictObject({ username: z.string().trim().toLowerCase().min(1).max(40), password: passwordField }),
    access: 'public',
    writes: true,
  }),
  logout: defineChannel<null>()({
    input: z.strictObject({}),
    access: 'signedIn',
    writes: false,
  }),
  changePassword: defineChannel<null>()({
    input: z.strictObject({ currentPassword: passwordField, newPassword: newPasswordField }),
    access: 'signedIn',
    writes: true,
  }),
};
