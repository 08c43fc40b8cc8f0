import type { Role } from '../../shared/domain/roles';
import { test, expect, setUpAdmin, createUser, logIn } from './fixtures';

const ALL_SECTIONS = ['Accueil', 'Calendrier', 'Écoles', 'Expositions', 'Questionnaires', 'Logement', 'Domiciliations', 'Rapports', 'Paramètres'];

const CASES: { role: Role; sees: string[] }[] = [
  { role: 'coordinator', sees: ['Accueil', 'Calendrier', 'Écoles', 'Expositions', 'Questionnaires', 'Rapports', 'Paramètres'] },
  { role: 'teacher', sees: ['Calendrier', 'Questionnaires', 'Paramètres'] },
  { role: 'housing', sees: ['Accueil', 'Logement', 'Domiciliations', 'Rapports', 'Paramètres'] },
  { role: 'admin', sees: ['Accueil', 'Paramètres'] },
];

for (const { role, sees } of CASES) {
  test(`role ${role}: sees only its sections, and a forbidden address says so`, async ({ page, server, consoleErrors }) => {
    await setUpAdmin(server);
    const user = { username: `u.${role}`, displayName: `Personne ${role}`, password: 'mot-de-passe-e2e', roles: [role] };
    await createUser(server, user);
    await logIn(page, server, user.username, user.password);
    const nav = page.getByRole('navigation', { name: 'Navigation principale' });
    await expect(nav.getByRole('link', { name: sees[0] })).toBeVisible();
    await expect(nav.getByRole('link')).toHaveText(sees);
    // The first section is where the user lands: a coordinator's home, a teacher's calendar…
    await expect(page.getByRole('heading', { level: 1, name: sees[0] })).toBeVisible();

    const hidden = ALL_SECTIONS.find((title) => !sees.includes(title));
    if (hidden) {
      const ids: Record<string, string> = { Accueil: 'home', Écoles: 'schools', Logement: 'housing', Calendrier: 'calendar' };
      await page.goto(`${server.origin}/#/${ids[hidden] ?? 'housing'}`);
      await expect(page.getByRole('heading', { name: 'Section non disponible' })).toBeVisible();
    }
    expect(consoleErrors).toEqual([]);
  });
}

test('an admin creates an account; bad input names the field; the new user must choose a password', async ({ page, server }) => {
  await setUpAdmin(server);
  await logIn(page, server, 'admin', 'phrase-de-passe-admin');
  // An administrator lands on the home page (the last backup), then opens the settings.
  await expect(page.getByRole('heading', { level: 1, name: 'Accueil' })).toBeVisible();
  await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Paramètres' }).click();
  await page.getByRole('tab', { name: 'Utilisateurs' }).click();
  await page.getByRole('button', { name: 'Nouvel utilisateur' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel("Nom d'utilisateur").fill('a.b');
  await dialog.getByLabel('Nom affiché').fill('Amina Bensaïd');
  await dialog.getByLabel('Mot de passe temporaire').fill('court');
  await dialog.getByLabel('Coordination interculturelle').check();
  await dialog.getByRole('button', { name: 'Créer le compte' }).click();
  await expect(dialog.getByText(/au moins 10 caractères/i).first()).toBeVisible();

  await dialog.getByLabel('Mot de passe temporaire').fill('temporaire-2026');
  await dialog.getByRole('button', { name: 'Créer le compte' }).click();
  await dialog.getByRole('button', { name: 'Terminé' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('cell', { name: 'Amina Bensaïd', exact: true })).toBeVisible();

  // The same username again: refused by the server, the field is named.
  await page.getByRole('button', { name: 'Nouvel utilisateur' }).click();
  await dialog.getByLabel("Nom d'utilisateur").fill('a.b');
  await dialog.getByLabel('Nom affiché').fill('Autre personne');
  await dialog.getByLabel('Mot de passe temporaire').fill('temporaire-2026');
  await dialog.getByLabel('Enseignant·e').check();
  await dialog.getByRole('button', { name: 'Créer le compte' }).click();
  await expect(dialog.getByText(/déjà/i).first()).toBeVisible();
  await dialog.getByRole('button', { name: 'Annuler' }).click();
  // The refused form still holds its typing: closing it asks first (issue 17).
  await page.getByRole('dialog', { name: 'Abandonner les modifications ?' }).getByRole('button', { name: 'Abandonner' }).click();
  await expect(page.getByRole('dialog', { name: 'Abandonner les modifications ?' })).toHaveCount(0);

  await page.getByRole('button', { name: /Menu du compte de/ }).click();
  await page.getByRole('menuitem', { name: 'Se déconnecter' }).click();
  await logIn(page, server, 'a.b', 'temporaire-2026');
  await expect(page.getByRole('heading', { name: 'Choisissez votre mot de passe' })).toBeVisible();
  await page.getByLabel('Mot de passe actuel').fill('temporaire-2026');
  await page.getByLabel('Nouveau mot de passe', { exact: true }).fill('ma-propre-phrase');
  await page.getByLabel('Confirmer le nouveau mot de passe').fill('ma-propre-phrase');
  await page.getByRole('button', { name: 'Enregistrer le nouveau mot de passe' }).click();
  await expect(page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Écoles' })).toBeVisible();
});

test('a wrong password is refused with a translated message', async ({ page, server }) => {
  await setUpAdmin(server);
  await logIn(page, server, 'admin', 'pas-le-bon-mot');
  await expect(page.getByText(/incorrect/i).first()).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Connexion' })).toBeVisible();
});
