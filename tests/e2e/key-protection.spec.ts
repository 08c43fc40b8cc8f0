import { test, expect, setUpAdmin, logIn } from './fixtures';

const admin = { username: 'admin', password: 'phrase-de-passe-admin' };

/**
 * Issue 18, point 8: Paramètres → Sauvegardes says what really protects the field key. Browser mode has no
 * keyring: the key is a plain file in the data folder, and the screen says so, without offering the keyring.
 */
test('in browser mode, the Backups tab says the key is a plain file that only the file permissions protect', async ({ page, server, consoleErrors }) => {
  await setUpAdmin(server);
  await logIn(page, server, admin.username, admin.password);
  await page.getByRole('navigation').getByRole('link', { name: 'Paramètres' }).click();
  await page.getByRole('tab', { name: 'Sauvegardes' }).click();
  await expect(page).toHaveURL(/#\/settings\/backups/);

  await expect(page.getByRole('heading', { level: 2, name: 'Clé de chiffrement' })).toBeVisible();
  await expect(page.getByText('Fichier en clair', { exact: true })).toBeVisible();
  await expect(page.getByTestId('key-protection-truth')).toHaveText(
    'Clé en clair dans le dossier des données : seules les permissions du fichier la protègent (mode navigateur, sans trousseau). Toute personne qui copie ce dossier peut la lire : gardez-le sur un disque réservé à ce compte, et le kit de récupération et les sauvegardes ailleurs.',
  );
  // Nothing to move the key under: browser mode has no keyring, and never claims one.
  await expect(page.getByRole('button', { name: 'Protéger la clé avec le trousseau du système' })).toHaveCount(0);
  await expect(page.getByText(/protégée par le trousseau/)).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Exporter le kit de récupération' })).toBeVisible();
  expect(consoleErrors).toEqual([]);
});
