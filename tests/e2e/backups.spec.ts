import type { Page } from '@playwright/test';
import { test, expect, setUpAdmin, apiSession, logIn } from './fixtures';

const admin = { username: 'admin', password: 'phrase-de-passe-admin' };

/** Signs in on the sign-in screen already shown (after the reload; `logIn` opens the launch address first). */
async function signInHere(page: Page): Promise<void> {
  await page.getByLabel("Nom d'utilisateur").fill(admin.username);
  await page.getByLabel('Mot de passe', { exact: true }).fill(admin.password);
  await page.getByRole('button', { name: 'Se connecter' }).click();
}

test('an admin backs up from the Backups tab, restores that backup after a change, signs in again on the restored records, and the home shows the last backup', async ({
  page,
  server,
  consoleErrors,
}) => {
  test.setTimeout(180_000);
  await setUpAdmin(server);
  const api = await apiSession(server, admin);
  // An administrator-only account has no home page: this one also coordinates, so the home and its backups
  // block show (the roles are in the backup, so they survive the restore).
  const me = (await api.users.list({})).find((user) => user.username === admin.username)!;
  await api.users.update({ id: me.id, displayName: me.displayName, roles: ['admin', 'coordinator'], active: true });

  await logIn(page, server, admin.username, admin.password);
  await expect(page.getByRole('heading', { level: 1, name: 'Accueil' })).toBeVisible();
  await page.getByRole('navigation').getByRole('link', { name: 'Paramètres' }).click();
  await page.getByRole('tab', { name: 'Sauvegardes' }).click();
  await expect(page).toHaveURL(/#\/settings\/backups/);
  await expect(page.getByRole('heading', { level: 2, name: 'Sauvegardes' })).toBeVisible();
  await expect(page.getByText(/Passerelle garde automatiquement une sauvegarde par jour pour les 7 derniers jours/)).toBeVisible();

  // "Sauvegarder maintenant": the backup is verified and listed as a manual one.
  await page.getByRole('button', { name: 'Sauvegarder maintenant' }).click();
  await expect(page.getByText('Sauvegarde faite')).toBeVisible();
  const manual = page.getByRole('row').filter({ hasText: 'Manuelle' });
  await expect(manual).toHaveCount(1);
  await expect(manual.getByText('Vérifiée')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Sauvegarder maintenant' })).toBeEnabled();

  // A change made after the backup.
  await api.users.create({ username: 'n.verlaine', displayName: 'Nadia Verlaine', password: 'mot-de-passe-nadia', roles: ['coordinator'] });
  expect((await api.users.list({})).map((user) => user.username)).toContain('n.verlaine');

  // Restore: the modal says what will happen and waits for an explicit "I understand".
  await manual.getByRole('button', { name: /^Restaurer la sauvegarde du/ }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByText('Voici ce qui va se passer :')).toBeVisible();
  await expect(dialog.getByText(/restent dans la sauvegarde faite juste avant la restauration/)).toBeVisible();
  const confirm = dialog.getByRole('button', { name: 'Restaurer', exact: true });
  await expect(confirm).toBeDisabled();
  await dialog.getByRole('checkbox', { name: /J'ai compris/ }).check();
  await confirm.click();

  // Every session ended: the window reloads onto the sign-in screen and says what was restored.
  await expect(page.getByRole('heading', { name: 'Connexion' })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText('Données restaurées')).toBeVisible();
  await expect(page.getByText(/Les données remplacées sont gardées dans la sauvegarde «\u00a0avant restauration\u00a0»/)).toBeVisible();
  await signInHere(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Accueil' })).toBeVisible();

  // The user created after the backup is gone.
  const again = await apiSession(server, admin, 'admin-tab-after-restore-0123');
  expect((await again.users.list({})).map((user) => user.username)).not.toContain('n.verlaine');

  // The home shows the last verified backup (the one made just before the restore), without a warning.
  const block = page.getByRole('region', { name: 'Sauvegardes' });
  await expect(block.getByText(/^Dernière sauvegarde vérifiée : aujourd'hui à \d\d:\d\d$/)).toBeVisible();
  await expect(block.getByRole('alert')).toHaveCount(0);
  await block.getByRole('link', { name: 'Ouvrir les sauvegardes' }).click();
  await expect(page.getByRole('row').filter({ hasText: 'Avant restauration' })).toHaveCount(1);
  await page.getByRole('tab', { name: 'Utilisateurs' }).click();
  const users = page.getByRole('tabpanel', { name: 'Utilisateurs' });
  await expect(users.getByText('Claire Administratrice')).toBeVisible();
  await expect(users.getByText('Nadia Verlaine')).toHaveCount(0);
  expect(consoleErrors).toEqual([]);
});
