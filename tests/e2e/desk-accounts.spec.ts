import { test, expect, setUpAdmin, logIn } from './fixtures';

/**
 * Issue 17, points 1 and 9 in the settings: a temporary password is copied in one click, once the account is
 * created or its password reset; the messages of one session never follow into the next one.
 */
test('the temporary password is copied in one click; messages do not follow into the next session', async ({ page, server }) => {
  test.setTimeout(150_000);
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await setUpAdmin(server);
  await logIn(page, server, 'admin', 'phrase-de-passe-admin');
  const nav = page.getByRole('navigation', { name: 'Navigation principale' });
  await nav.getByRole('link', { name: 'Paramètres' }).click();
  await page.getByRole('tab', { name: 'Utilisateurs' }).click();

  // Point 9: once created, the dialog shows the password with a copy button.
  await page.getByRole('button', { name: 'Nouvel utilisateur' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel("Nom d'utilisateur").fill('a.bensaid');
  await dialog.getByLabel('Nom affiché').fill('Amina Bensaïd');
  await dialog.getByLabel('Mot de passe temporaire').fill('Meuse-Ardente-2026');
  await dialog.getByLabel('Coordination interculturelle').check();
  await dialog.getByRole('button', { name: 'Créer le compte' }).click();
  await expect(dialog.getByRole('status')).toHaveText('Le compte de Amina Bensaïd a été créé. Transmettez-lui son mot de passe temporaire.');
  await expect(dialog.getByTestId('temporary-password')).toHaveText('Meuse-Ardente-2026');
  await dialog.getByRole('button', { name: 'Copier le mot de passe' }).click();
  await expect(dialog.getByRole('button', { name: 'Copié' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('Meuse-Ardente-2026');
  await dialog.getByRole('button', { name: 'Terminé' }).click();
  await expect(dialog).toBeHidden();

  // The same after a reset, with a generated password.
  await page.getByRole('button', { name: 'Actions pour Amina Bensaïd' }).click();
  await page.getByRole('menuitem', { name: 'Réinitialiser le mot de passe' }).click();
  await dialog.getByRole('button', { name: 'Générer' }).click();
  const generated = await dialog.getByLabel('Nouveau mot de passe temporaire').inputValue();
  expect(generated.length).toBeGreaterThanOrEqual(10);
  await dialog.getByRole('button', { name: 'Réinitialiser' }).click();
  await expect(dialog.getByTestId('temporary-password')).toHaveText(generated);
  await dialog.getByRole('button', { name: 'Copier le mot de passe' }).click();
  await expect(dialog.getByRole('button', { name: 'Copié' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(generated);
  await dialog.getByRole('button', { name: 'Terminé' }).click();

  // Point 1: a message of this session (an account deactivated) is on screen when the admin signs out…
  await page.getByRole('button', { name: 'Actions pour Amina Bensaïd' }).click();
  await page.getByRole('menuitem', { name: 'Désactiver' }).click();
  await dialog.getByRole('button', { name: 'Désactiver' }).click();
  const done = page.getByRole('alert').filter({ hasText: 'Le compte de Amina Bensaïd est désactivé.' });
  await expect(done).toBeVisible();
  await page.getByRole('button', { name: /Menu du compte de/ }).click();
  await page.getByRole('menuitem', { name: 'Se déconnecter' }).click();
  // …and gone with the session: neither on the sign-in screen nor in the next session.
  await expect(page.getByRole('button', { name: 'Se connecter' })).toBeVisible();
  await expect(done).toBeHidden();
  await logIn(page, server, 'admin', 'phrase-de-passe-admin');
  await expect(nav.getByRole('link', { name: 'Paramètres' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
});
