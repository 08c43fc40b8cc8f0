import { test, expect } from './fixtures';
import { createFirstAdmin, giveFirstAdminEveryRole, SECTIONS_EN, SECTIONS_FR, signIn, signOut, visitSections } from './first-start-steps';

test('first start: create the admin, log in, visit every section in French and English, log out', async ({ page, server, consoleErrors }) => {
  await page.goto(server.url);
  // The token leaves the address bar as soon as the page has read it.
  await expect(page).not.toHaveURL(/token=/);

  // The same steps as the desktop smoke test (tests/desktop/smoke.spec.ts).
  await createFirstAdmin(page);
  await signIn(page);
  await giveFirstAdminEveryRole(page);
  await visitSections(page, 'Navigation principale', SECTIONS_FR);

  await page.getByText('EN', { exact: true }).first().click();
  await visitSections(page, 'Main navigation', SECTIONS_EN);

  await page.getByText('FR', { exact: true }).first().click();
  await signOut(page);
  expect(consoleErrors).toEqual([]);
});

test('an address without the token explains how to open the app', async ({ page, server }) => {
  await page.goto(server.origin);
  await expect(page.getByRole('heading', { name: 'Ouvrez Passerelle depuis son adresse complète' })).toBeVisible();
  await expect(page.getByText('npm run serve')).toBeVisible();
});
