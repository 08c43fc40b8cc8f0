import { test as base, expect, type Page } from '@playwright/test';
import { startServer, type RunningServer } from './server';

/** Each test gets its own server and data directory, and fails on any console error of the page. */
export const test = base.extend<{ server: RunningServer; consoleErrors: string[]; serverClockStart: Date | undefined }>({
  /** `test.use({ serverClockStart: NOW })` starts the server's clock at the page's clock. */
  serverClockStart: [undefined, { option: true }],
  server: async ({ serverClockStart }, use) => {
    const server = await startServer({ clockStart: serverClockStart });
    await use(server);
    await server.stop();
  },
  consoleErrors: async ({ page }, use) => {
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));
    await use(errors);
    expect(errors, 'console errors in the page').toEqual([]);
  },
});

export { expect };

/** Creates the first admin through the API, as the first-start screen would. */
export async function setUpAdmin(server: RunningServer, password = 'phrase-de-passe-admin'): Promise<void> {
  const result = await server.call('auth/setup', { username: 'admin', displayName: 'Claire Administratrice', password });
  if (!result.ok) throw new Error(`setup failed: ${JSON.stringify(result.error)}`);
}

/** Creates a user with the given roles through an admin API session; they need not change their password. */
export async function createUser(
  server: RunningServer,
  user: { username: string; displayName: string; password: string; roles: string[] },
): Promise<void> {
  const adminTab = 'admin-tab-for-fixtures-01';
  const login = await server.call('auth/login', { username: 'admin', password: 'phrase-de-passe-admin' }, adminTab);
  if (!login.ok) throw new Error(`admin login failed: ${JSON.stringify(login.error)}`);
  const created = await server.call('users/create', user, adminTab);
  if (!created.ok) throw new Error(`user creation failed: ${JSON.stringify(created.error)}`);
  // Clear the forced change, as its owner would, so tests start in the shell.
  const own = `tab-of-${user.username.replace(/[^A-Za-z0-9_-]/g, "_")}-0123456789`;
  await server.call('auth/login', { username: user.username, password: user.password }, own);
  const changed = await server.call('auth/changePassword', { currentPassword: user.password, newPassword: `${user.password}-2` }, own);
  if (!changed.ok) throw new Error(`password change failed: ${JSON.stringify(changed.error)}`);
  user.password = `${user.password}-2`;
}

export async function logIn(page: Page, server: RunningServer, username: string, password: string): Promise<void> {
  await page.goto(server.url);
  await page.getByLabel("Nom d'utilisateur").fill(username);
  await page.getByLabel('Mot de passe', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Se connecter' }).click();
}
