import { test, expect, setUpAdmin, createUser, logIn, apiSession, schoolInput, type NewUser } from './fixtures';

/**
 * Issue 17, point 10: on a fresh data directory the home says what to do first, for each of the user's roles,
 * with buttons that go there; a step done leaves the list.
 */
const coordinator: NewUser = { username: 'n.verlaine', displayName: 'Nadia Verlaine', password: 'mot-de-passe-premiers-pas', roles: ['coordinator'] };
const worker: NewUser = { username: 'n.renard', displayName: 'Nora Renard', password: 'mot-de-passe-premiers-pas-2', roles: ['housing'] };

test('a new admin, coordinator and housing worker each see their first steps, which open where they are done', async ({ page, server }) => {
  test.setTimeout(180_000);
  await setUpAdmin(server);
  await logIn(page, server, 'admin', 'phrase-de-passe-admin');
  const steps = page.getByRole('region', { name: 'Pour commencer' });
  // The home reads its blocks and the backups at once: give a loaded machine time.
  await expect(steps.getByRole('listitem')).toHaveText([/^1Créer les comptes de l'équipe/, /^2Choisir un second dossier de sauvegarde/], { timeout: 30_000 });
  await steps.getByRole('link', { name: 'Créer les comptes' }).click();
  await expect(page.getByRole('tab', { name: 'Utilisateurs', selected: true })).toBeVisible();
  await page.getByRole('button', { name: /Menu du compte de/ }).click();
  await page.getByRole('menuitem', { name: 'Se déconnecter' }).click();

  // Accounts exist now: the coordinator's steps are the schools and the first activity.
  await createUser(server, coordinator);
  await logIn(page, server, coordinator.username, coordinator.password);
  await expect(page.getByRole('heading', { level: 1, name: 'Accueil' })).toBeVisible();
  await expect(steps.getByRole('listitem')).toHaveText([/Ajouter les écoles/, /Planifier une première activité/]);
  await expect(steps).not.toContainText('logement');
  await steps.getByRole('link', { name: 'Ajouter les écoles' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Écoles' })).toBeVisible();
  // A school added: that step is done.
  const api = await apiSession(server, coordinator);
  await api.schools.create(schoolInput('École communale de Droixhe'));
  await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Accueil' }).click();
  await expect(steps.getByRole('listitem')).toHaveText([/^1Planifier une première activité/]);
  await page.getByRole('button', { name: /Menu du compte de/ }).click();
  await page.getByRole('menuitem', { name: 'Se déconnecter' }).click();

  // The housing worker: units, then households.
  await createUser(server, worker);
  await logIn(page, server, worker.username, worker.password);
  await expect(steps.getByRole('listitem')).toHaveText([/Ajouter les logements/, /Enregistrer un premier ménage/]);
  await steps.getByRole('link', { name: 'Ouvrir les ménages' }).click();
  await expect(page.getByRole('tab', { name: 'Ménages', selected: true })).toBeVisible();
});
