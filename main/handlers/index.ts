import { authHandlers } from './auth';
import { settingsHandlers } from './settings';
import { systemHandlers } from './system';
import { usersHandlers } from './users';
import type { Handlers } from './context';

/** One entry per contract domain; the `Handlers` type makes a missing or extra channel a compile error. */
export const handlers: Handlers = {
  auth: authHandlers,
  users: usersHandlers,
  settings: settingsHandlers,
  system: systemHandlers,
};
