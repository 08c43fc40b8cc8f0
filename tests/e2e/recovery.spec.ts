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
    // An administrator lands on the home page; the accounts are under Paramètres.
    await expect(page.getByRole('heading', { level: 1, name: 'Accueil' })).toBeVisible();
    await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Paramètres' }).click();
    await page.getByRole('tab', { name: 'Utilisateurs' }).click();
    await expect(page.getByRole('tabpanel', { name: 'Utilisateurs' }).getByText('Léa Martin')).toBeVisible();
    expect(consoleErrors).toEqual([]);
  } finally {
    await server?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
});

test('a missing key file opens the recovery screen with the expected fingerprint, and the recovery kit puts the key back', async ({ page, consoleErrors }) => {
  test.setTimeout(180_000);
  const dataDir = mkdtempSync(join(tmpdir(), 'passerelle-e2e-recovery-'));
  let server: RunningServer | null = null;
  try {
    // A working installation with an encrypted record (a household's people), and its recovery kit.
    server = await startServer({ dataDir });
    await setUpAdmin(server);
    const worker: NewUser = { username: 'l.martin', displayName: 'Léa Martin', password: 'mot-de-passe-lea', roles: ['housing'] };
    await createUser(server, worker);
    const housing = await apiSession(server, worker);
    await housing.housing.createHousehold({
      size: 1,
      notes: '',
      people: [{ firstName: 'Amina', lastName: 'Diallo', birthYear: 1990, residenceStatus: null, contact: '', languages: [] }],
    });
    const passphrase = 'quatre mots sans aucun lien';
    const kit = await (await apiSession(server, admin)).backups.exportRecoveryKit({ password: admin.password, passphrase });
    await server.stop();
    server = null;

    // The key file is gone (deleted, or a copy of the data folder made without it).
    rmSync(join(dataDir, 'keys', 'field-key'));
    server = await startServer({ dataDir });
    await page.goto(server.url);
    await expect(page.getByRole('heading', { level: 1, name: 'Passerelle ne peut pas ouvrir ses données' })).toBeVisible();
    await expect(page.getByText('La clé de chiffrement est introuvable')).toBeVisible();
    const fingerprint = /Empreinte de la clé \/ Key fingerprint : ([0-9A-F ]+)/.exec(kit.file.content)?.[1]?.trim();
    expect(fingerprint).toBeTruthy();
    await expect(page.getByText(fingerprint!, { exact: true })).toBeVisible();

    // A wrong passphrase is named under its field, and what was typed stays.
    const kitSection = page.getByRole('region', { name: 'Importer le kit de récupération' });
    await kitSection.getByLabel('Texte du kit').fill(kit.file.content);
    await kitSection.getByLabel('Phrase de passe du kit').fill('pas la bonne phrase');
    await kitSection.getByRole('button', { name: 'Importer la clé' }).click();
    await expect(kitSection.getByText('La phrase de passe est incorrecte.')).toBeVisible();
    await expect(kitSection.getByLabel('Texte du kit')).toHaveValue(kit.file.content);

    await kitSection.getByLabel('Phrase de passe du kit').fill(passphrase);
    await kitSection.getByRole('button', { name: 'Importer la clé' }).click();
    await expect(page.getByRole('heading', { name: 'Connexion' })).toBeVisible({ timeout: 30_000 });
    await expect(page.getByText('Clé importée')).toBeVisible();

    // The household's people open again with the key put back.
    const again = await apiSession(server, worker, 'tab-of-the-worker-after-import');
    const [household] = await again.housing.households({});
    expect(household).toBeDefined();
    const opened = await again.housing.household({ id: household!.id });
    expect(opened.people.map((person) => person.firstName)).toEqual(['Amina']);
    expect(consoleErrors).toEqual([]);
  } finally {
    await server?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
});
