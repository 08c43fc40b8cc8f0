import { execFileSync } from 'node:child_process';
import { test, expect, setUpAdmin, createUser, logIn, type NewUser } from './fixtures';

/**
 * The register of processing (issue 20, GDPR art. 30): an administrator finds it under Paramètres → Protection des
 * données, reads the summary of every table and downloads the PDF with the keyboard; a coordinator does not see it.
 */
const coordinator: NewUser = { username: 'j.dupont', displayName: 'Julie Dupont', password: 'phrase-coordination-42', roles: ['coordinator'] };

test('an administrator reads the register of processing and downloads it as a PDF', async ({ page, server }) => {
  test.setTimeout(120_000);
  await setUpAdmin(server);
  await createUser(server, coordinator);
  await logIn(page, server, 'admin', 'phrase-de-passe-admin');
  await expect(page.getByRole('heading', { level: 1, name: 'Accueil' })).toBeVisible();
  await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Paramètres' }).click();
  await page.getByRole('tab', { name: 'Protection des données' }).click();
  const section = page.getByRole('region', { name: 'Registre des traitements' });
  await expect(section).toBeVisible();
  await expect(section.getByText(/^\d+ tables, dont \d+ avec des données personnelles\.$/)).toBeVisible();
  const people = section.getByRole('row', { name: /housing_people/ });
  await expect(people).toContainText('Oui');
  await expect(people).toContainText('Logement (CPAS)');
  await expect(people).toContainText('5 ans');
  await expect(people).toContainText('first_name_enc');
  await expect(section.getByRole('row', { name: /knex_migrations_lock/ })).toContainText('Non');
  // The table loaded, one region still bears the section's name: its scroll area is named for itself.
  await expect(page.getByRole('region', { name: 'Registre des traitements' })).toHaveCount(1);
  await expect(section.getByRole('region', { name: 'Tables de la base de données et leur traitement' })).toBeVisible();
  await page.screenshot({ path: '/tmp/pw-processing-register.png', fullPage: true });

  const button = section.getByRole('button', { name: 'Télécharger le registre (PDF)' });
  await button.focus();
  const downloading = page.waitForEvent('download');
  await page.keyboard.press('Enter');
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^registre-des-traitements-\d{4}-\d{2}-\d{2}\.pdf$/);
  const text = execFileSync('pdftotext', [(await download.path())!, '-'], { encoding: 'utf8' });
  expect(text).toContain('Registre des activités de traitement');
  expect(text).toContain('housing_people');
  await expect(page.getByText('Registre des traitements téléchargé.')).toBeVisible();

  // A coordinator opens the same tab (for the contacts' retention) but not the register.
  await page.getByRole('button', { name: /Menu du compte de/ }).click();
  await page.getByRole('menuitem', { name: 'Se déconnecter' }).click();
  await expect(page.getByRole('button', { name: 'Se connecter' })).toBeVisible();
  await logIn(page, server, coordinator.username, coordinator.password);
  await expect(page.getByRole('heading', { level: 1, name: 'Accueil' })).toBeVisible();
  await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Paramètres' }).click();
  await page.getByRole('tab', { name: 'Protection des données' }).click();
  await expect(page.getByRole('tab', { name: 'Protection des données', selected: true })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Registre des traitements' })).toHaveCount(0);
});
