import { expect, type Page } from '@playwright/test';

/**
 * The first start as a person goes through it, in the interface only: browser mode's first-start spec and the
 * desktop smoke test (tests/desktop/) take the same steps, so a change to these screens is caught here, where
 * the end-to-end tests run, before it breaks the desktop test that only runs where Electron can.
 */

export const SECTIONS_FR = ['Accueil', 'Calendrier', 'Écoles', 'Expositions', 'Questionnaires', 'Logement', 'Domiciliations', 'Rapports', 'Paramètres'];
export const SECTIONS_EN = ['Home', 'Calendar', 'Schools', 'Exhibitions', 'Questionnaires', 'Housing', 'Registrations', 'Reports', 'Settings'];

export interface FirstAdmin {
  username: string;
  displayName: string;
  password: string;
}

export const FIRST_ADMIN: FirstAdmin = { username: 'c.admin', displayName: 'Claire Administratrice', password: 'une phrase de passe' };

/** On the welcome screen of an empty installation: creates the administrator, which leads to the sign-in screen. */
export async function createFirstAdmin(page: Page, admin: FirstAdmin = FIRST_ADMIN): Promise<void> {
  await expect(page.getByRole('heading', { name: 'Bienvenue dans Passerelle' })).toBeVisible();
  await page.getByLabel("Nom d'utilisateur").fill(admin.username);
  await page.getByLabel('Nom affiché').fill(admin.displayName);
  await page.getByLabel('Mot de passe', { exact: true }).fill(admin.password);
  await page.getByLabel('Confirmer le mot de passe').fill(admin.password);
  await page.getByRole('button', { name: 'Créer le compte administrateur' }).click();
  await expect(page.getByRole('heading', { name: 'Connexion' })).toBeVisible();
}

/** On the sign-in screen. */
export async function signIn(page: Page, admin: FirstAdmin = FIRST_ADMIN): Promise<void> {
  await expect(page.getByRole('heading', { name: 'Connexion' })).toBeVisible();
  await page.getByLabel("Nom d'utilisateur").fill(admin.username);
  await page.getByLabel('Mot de passe', { exact: true }).fill(admin.password);
  await page.getByRole('button', { name: 'Se connecter' }).click();
}

/**
 * Signed in as the first administrator, who holds only the admin role (home and settings): gives them every
 * role through Paramètres → Utilisateurs, as an admin who also works in both modules would, so that every
 * section can be visited.
 */
export async function giveFirstAdminEveryRole(page: Page, admin: FirstAdmin = FIRST_ADMIN): Promise<void> {
  const nav = page.getByRole('navigation', { name: 'Navigation principale' });
  await expect(nav.getByRole('link')).toHaveText(['Accueil', 'Paramètres']);
  await expect(page.getByRole('heading', { level: 1, name: 'Accueil' })).toBeVisible();
  await nav.getByRole('link', { name: 'Paramètres' }).click();
  await page.getByRole('tab', { name: 'Utilisateurs' }).click();
  await page.getByRole('button', { name: `Actions pour ${admin.displayName}` }).click();
  await page.getByRole('menuitem', { name: 'Modifier' }).click();
  for (const role of ['Coordination interculturelle', 'Enseignant·e', 'Logement (CPAS)']) {
    await page.getByRole('dialog').getByLabel(role).check();
  }
  await page.getByRole('dialog').getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.getByRole('dialog')).toBeHidden();
}

/** Opens each section from the main navigation (`navName` is its accessible name) and waits for its title. */
export async function visitSections(page: Page, navName: string, titles: readonly string[]): Promise<void> {
  const nav = page.getByRole('navigation', { name: navName });
  for (const title of titles) {
    await nav.getByRole('link', { name: title }).click();
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  }
}

/** From anywhere in the shell: the account menu's « Se déconnecter », back to the sign-in screen. */
export async function signOut(page: Page, admin: FirstAdmin = FIRST_ADMIN): Promise<void> {
  await page.getByRole('button', { name: new RegExp(`Menu du compte de ${admin.displayName}`) }).click();
  await page.getByRole('menuitem', { name: 'Se déconnecter' }).click();
  await expect(page.getByRole('heading', { name: 'Connexion' })).toBeVisible();
}
