import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect, setUpAdmin, apiSession, createUser, logIn, type NewUser } from './fixtures';
import { startServer } from './server';
import { personInput } from '../helpers/housing';

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

test('on a new PC, an admin restores a backup of the first installation with that installation\'s recovery kit', async ({ page, server, consoleErrors }) => {
  test.setTimeout(180_000);
  // The first installation: a household, its kit and a backup, in a data folder of its own.
  const worker: NewUser = { username: 'cpas', displayName: 'Sophie Marchal', password: 'mot-de-passe-cpas', roles: ['housing'] };
  const firstDir = mkdtempSync(join(tmpdir(), 'passerelle-e2e-first-pc-'));
  const first = await startServer({ dataDir: firstDir });
  let kit: string;
  let backupName: string;
  try {
    await setUpAdmin(first);
    const api = await apiSession(first, admin);
    await createUser(first, worker);
    const housing = await apiSession(first, worker, 'housing-first-pc-0123456789');
    await housing.housing.createHousehold({ size: 1, notes: '', people: [personInput({ firstName: 'Amina', lastName: 'Diallo' })] });
    kit = (await api.backups.exportRecoveryKit({ password: admin.password, passphrase: 'la phrase du premier PC' })).file.content;
    backupName = (await api.backups.create({})).name;
  } finally {
    await first.stop();
  }
  try {
    // The new PC (this test's server): its own first start made its own key. The backup is copied in.
    await setUpAdmin(server);
    mkdirSync(join(server.dataDir, 'backups'), { recursive: true });
    for (const name of [backupName, backupName.replace(/\.sqlite$/, '.manifest.json')]) {
      copyFileSync(join(firstDir, 'backups', name), join(server.dataDir, 'backups', name));
    }
    await logIn(page, server, admin.username, admin.password);
    await page.getByRole('navigation').getByRole('link', { name: 'Paramètres' }).click();
    await page.getByRole('tab', { name: 'Sauvegardes' }).click();
    const row = page.getByRole('row').filter({ hasText: 'Autre clé' });
    await expect(row).toHaveCount(1);
    await row.getByRole('button', { name: /^Restaurer la sauvegarde du/ }).click();
    const dialog = page.getByRole('dialog');
    await expect(dialog.getByText('Cette sauvegarde demande une autre clé')).toBeVisible();
    const confirm = dialog.getByRole('button', { name: 'Restaurer', exact: true });
    await dialog.getByRole('checkbox', { name: /J'ai compris/ }).check();
    await expect(confirm).toBeDisabled();
    await dialog.getByLabel('Texte du kit').fill(kit);
    await dialog.getByLabel('Phrase de passe du kit').fill('pas la bonne phrase');
    await confirm.click();
    await expect(dialog.getByRole('alert').filter({ hasText: 'la phrase de passe est incorrecte' })).toBeVisible();
    await dialog.getByLabel('Phrase de passe du kit').fill('la phrase du premier PC');
    await confirm.click();

    await expect(page.getByRole('heading', { name: 'Connexion' })).toBeVisible({ timeout: 30_000 });
    // The first installation's records, with the key to read them.
    const housing = await apiSession(server, worker, 'housing-new-pc-0123456789ab');
    const [summary] = await housing.housing.households({});
    const household = await housing.housing.household({ id: summary!.id });
    expect(household.people.map((person) => `${person.firstName} ${person.lastName}`)).toEqual(['Amina Diallo']);
    expect(consoleErrors).toEqual([]);
  } finally {
    rmSync(firstDir, { recursive: true, force: true });
  }
});
