import { test, expect, apiSession, logIn, setUpAdmin } from './fixtures';

/**
 * Issue 14, item 12 in the interface: the first-login change refuses the temporary password and one derived
 * from the user's names at once (the shared rule), and a common password with the server's field error under
 * the same input; an admin's temporary password follows the same rules.
 */
const TEMPORARY = 'k7Pw-Rt3x-9mQz-Hd4V';

test('the first-login change refuses the temporary password, a name-derived one and a common one, each under the field', async ({ page, server }) => {
  await setUpAdmin(server);
  const admin = await apiSession(server, { username: 'admin', password: 'phrase-de-passe-admin' });
  await admin.users.create({ username: 'n.verlaine', displayName: 'Nadia Verlaine', password: TEMPORARY, roles: ['coordinator'] });

  await logIn(page, server, 'n.verlaine', TEMPORARY);
  await expect(page.getByRole('heading', { name: 'Choisissez votre mot de passe' })).toBeVisible();
  const newPassword = page.getByLabel('Nouveau mot de passe', { exact: true });
  const confirm = page.getByLabel('Confirmer le nouveau mot de passe');
  const submit = page.getByRole('button', { name: 'Enregistrer le nouveau mot de passe' });
  const choose = async (password: string) => {
    await newPassword.fill(password);
    await confirm.fill(password);
    await submit.click();
  };
  await page.getByLabel('Mot de passe actuel').fill(TEMPORARY);

  await choose(TEMPORARY);
  await expect(page.getByText(/^Identique au mot de passe actuel \(ou provisoire\) : choisissez-en un nouveau/)).toBeVisible();

  await choose('Verlaine!!2026');
  await expect(page.getByText(/^Trop proche du nom d'utilisateur ou du nom affiché\. Possible : au moins 10 caractères/)).toBeVisible();

  // Only the server knows the common passwords: its field error comes back under the same input.
  await choose('Password1234');
  await expect(page.getByText(/^Trop facile à deviner .*une phrase de plusieurs mots convient\.$/)).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Choisissez votre mot de passe' })).toBeVisible();

  await choose('trois-hérons-sur-la-meuse');
  await expect(page.getByRole('navigation', { name: 'Navigation principale' })).toBeVisible();
  const nadia = await apiSession(server, { username: 'n.verlaine', password: 'trois-hérons-sur-la-meuse' });
  expect((await nadia.auth.status({})).user).toMatchObject({ mustChangePassword: false });
});

test("an admin's temporary password follows the same rules", async ({ page, server }) => {
  await setUpAdmin(server);
  await logIn(page, server, 'admin', 'phrase-de-passe-admin');
  await expect(page.getByRole('heading', { level: 1, name: 'Accueil' })).toBeVisible();
  await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Paramètres' }).click();
  await page.getByRole('tab', { name: 'Utilisateurs' }).click();
  await page.getByRole('button', { name: 'Nouvel utilisateur' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel("Nom d'utilisateur").fill('a.bensaid');
  await dialog.getByLabel('Nom affiché').fill('Amina Bensaïd');
  await dialog.getByLabel('Coordination interculturelle').check();
  const password = dialog.getByLabel('Mot de passe temporaire');

  await password.fill('Bensaid-2026');
  await dialog.getByRole('button', { name: 'Créer le compte' }).click();
  await expect(dialog.getByText(/^Trop proche du nom d'utilisateur/)).toBeVisible();

  await password.fill('azertyuiop');
  await dialog.getByRole('button', { name: 'Créer le compte' }).click();
  await expect(dialog.getByText(/^Trop facile à deviner/)).toBeVisible();
  await expect(dialog).toBeVisible();

  // The generated temporary password passes.
  await dialog.getByRole('button', { name: 'Générer' }).click();
  await dialog.getByRole('button', { name: 'Créer le compte' }).click();
  await dialog.getByRole('button', { name: 'Terminé' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('cell', { name: 'Amina Bensaïd', exact: true })).toBeVisible();
});
