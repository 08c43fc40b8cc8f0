import { test, expect } from './fixtures';

const SECTIONS_FR = ['Accueil', 'Calendrier', 'Écoles', 'Expositions', 'Questionnaires', 'Logement', 'Domiciliations', 'Rapports', 'Paramètres'];
const SECTIONS_EN = ['Home', 'Calendar', 'Schools', 'Exhibitions', 'Questionnaires', 'Housing', 'Registrations', 'Reports', 'Settings'];

test('first start: create the admin, log in, visit every section in French and English, log out', async ({ page, server, consoleErrors }) => {
  await page.goto(server.url);
  // The token leaves the address bar as soon as the page has read it.
  await expect(page).not.toHaveURL(/token=/);

  await expect(page.getByRole('heading', { name: 'Bienvenue dans Passerelle' })).toBeVisible();
  await page.getByLabel("Nom d'utilisateur").fill('c.admin');
  await page.getByLabel('Nom affiché').fill('Claire Administratrice');
  await page.getByLabel('Mot de passe', { exact: true }).fill('une phrase de passe');
  await page.getByLabel('Confirmer le mot de passe').fill('une phrase de passe');
  await page.getByRole('button', { name: 'Créer le compte administrateur' }).click();

  await expect(page.getByRole('heading', { name: 'Connexion' })).toBeVisible();
  await page.getByLabel("Nom d'utilisateur").fill('c.admin');
  await page.getByLabel('Mot de passe', { exact: true }).fill('une phrase de passe');
  await page.getByRole('button', { name: 'Se connecter' }).click();

  // An admin holds only the admin role: the first-start account lands on its home (the backups block) and
  // has Settings. Give it every role to visit every section, as an admin who also works in both modules would.
  const nav = page.getByRole('navigation', { name: 'Navigation principale' });
  await expect(nav.getByRole('link')).toHaveText(['Accueil', 'Paramètres']);
  await expect(page.getByRole('heading', { level: 1, name: 'Accueil' })).toBeVisible();
  await nav.getByRole('link', { name: 'Paramètres' }).click();
  await page.getByRole('tab', { name: 'Utilisateurs' }).click();
  await page.getByRole('button', { name: 'Actions pour Claire Administratrice' }).click();
  await page.getByRole('menuitem', { name: 'Modifier' }).click();
  for (const role of ['Coordination interculturelle', 'Enseignant·e', 'Logement (CPAS)']) {
    await page.getByRole('dialog').getByLabel(role).check();
  }
  await page.getByRole('dialog').getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.getByRole('dialog')).toBeHidden();

  for (const title of SECTIONS_FR) {
    await nav.getByRole('link', { name: title }).click();
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  }

  await page.getByText('EN', { exact: true }).first().click();
  const navEn = page.getByRole('navigation', { name: 'Main navigation' });
  for (const title of SECTIONS_EN) {
    await navEn.getByRole('link', { name: title }).click();
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  }

  await page.getByText('FR', { exact: true }).first().click();
  await page.getByRole('button', { name: /Menu du compte de Claire Administratrice/ }).click();
  await page.getByRole('menuitem', { name: 'Se déconnecter' }).click();
  await expect(page.getByRole('heading', { name: 'Connexion' })).toBeVisible();
  expect(consoleErrors).toEqual([]);
});

test('an address without the token explains how to open the app', async ({ page, server }) => {
  await page.goto(server.origin);
  await expect(page.getByRole('heading', { name: 'Ouvrez Passerelle depuis son adresse complète' })).toBeVisible();
  await expect(page.getByText('npm run serve')).toBeVisible();
});
