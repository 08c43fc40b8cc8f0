import { mkdtempSync, rmSync, truncateSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect, setUpAdmin, createUser, seedApi, apiSession, type NewUser } from './fixtures';
import { startServer, type RunningServer } from './server';

const admin = { username: 'admin', password: 'phrase-de-passe-admin' };

test('a records file emptied beside its keys and backups opens the recovery screen, and restoring the suggested backup brings the records back', async ({
  page,
  consoleErrors,
}) => {
  test.setTimeout(180_000);
  const dataDir = mkdtempSync(join(tmpdir(), 'passerelle-e2e-recovery-'));
  let server: RunningServer | null = null;
  try {
    // A working installation with an account besides the admin, and a verified backup of it.
    server = await startServer({ dataDir });
    await setUpAdmin(server);
    const worker: NewUser = { username: 'l.martin', displayName: 'Léa Martin', password: 'mot-de-passe-lea', roles: ['housing'] };
    await createUser(server, worker);
    const backup = await (await apiSession(server, admin)).backups.create({});
    expect(backup.verified).toBe(true);
    await server.stop();
    server = null;

    // The records file is emptied (a failed copy, a disk error); keys/ and backups/ are still there.
    truncateSync(join(dataDir, 'passerelle.sqlite'), 0);
    server = await startServer({ dataDir });
    // Nothing else answers in recovery mode; a signed-out caller may only ask what is wrong.
    expect((await seedApi(server).recovery.status({})).problem).toBe('databaseMissing');

    await page.goto(server.url);
    await expect(page.getByRole('heading', { level: 1, name: 'Passerelle ne peut pas ouvrir ses données' })).toBeVisible();
    await expect(page.getByText('Le fichier des données est absent ou vide')).toBeVisible();
    await expect(page.getByText(/Ce n'est donc pas une nouvelle installation/)).toBeVisible();
    await expect(page.getByText(dataDir, { exact: true })).toBeVisible();
    // Neither the first-start screen (a new administrator would start a second, empty history) nor the kit.
    await expect(page.getByRole('heading', { name: 'Bienvenue dans Passerelle' })).toHaveCount(0);
    await expect(page.getByRole('heading', { name: 'Importer le kit de récupération' })).toHaveCount(0);

    await expect(page.getByText(/^Sauvegarde proposée : celle du /)).toBeVisible();
    await page.getByRole('button', { name: 'Restaurer cette sauvegarde' }).click();
    const dialog = page.getByRole('dialog');
    await expect(dialog.getByText(/mis de côté dans le dossier «\u00a0replaced\u00a0»/)).toBeVisible();
    await dialog.getByRole('button', { name: 'Restaurer', exact: true }).click();

    // The window reloads on the restored records: the sign-in screen, and the account made before the backup.
    await expect(page.getByRole('heading', { name: 'Connexion' })).toBeVisible({ timeout: 30_000 });
    await expect(page.getByText('Données restaurées')).toBeVisible();
    await expect(page.getByText(/mises de côté, sans être effacées : replaced\//)).toBeVisible();
    await page.getByLabel("Nom d'utilisateur").fill(admin.username);
    await page.getByLabel('Mot de passe', { exact: true }).fill(admin.password);
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.getByRole('tab', { name: 'Utilisateurs' }).click();
    await expect(page.getByRole('tabpanel', { name: 'Utilisateurs' }).getByText('Léa Martin')).toBeVisible();
    expect(consoleErrors).toEqual([]);
  } finally {
    await server?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
});
