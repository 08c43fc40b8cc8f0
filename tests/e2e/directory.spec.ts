import { readFileSync, writeFileSync } from 'node:fs';
import { test, expect, setUpAdmin, createUser, logIn, apiSession, type NewUser } from './fixtures';
import type { RunningServer } from './server';

const COORDINATOR: NewUser = { username: 'c.directory', displayName: 'Coralie Annuaire', password: 'mot-de-passe-e2e', roles: ['coordinator'] };

/** A school created through the API, as another coordinator would have done earlier. */
async function seedSchool(server: RunningServer, name: string): Promise<void> {
  const api = await apiSession(server, COORDINATOR, 'seed-tab-for-directory-0001');
  await api.schools.create({
    name,
    network: 'fwb',
    levels: ['secondaire'],
    street: 'Rue de Visé 1',
    postalCode: '4020',
    city: 'Liège',
    neighbourhood: 'Jupille',
    phone: '',
    email: '',
    notes: '',
  });
}

test('a coordinator sets up the directory: schools, a class, search, sort, CSV export and import, deletion', async ({
  page,
  server,
  consoleErrors,
}, testInfo) => {
  // A long walk through the whole directory: more than the default minute on a busy machine.
  test.setTimeout(120_000);
  await setUpAdmin(server);
  await createUser(server, COORDINATOR);
  await logIn(page, server, COORDINATOR.username, COORDINATOR.password);
  await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Écoles' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Écoles' })).toBeVisible();
  await expect(page.getByText('Aucune école enregistrée')).toBeVisible();

  // A school through the form: a two-digit postal code is refused and named, then corrected.
  await page.getByRole('button', { name: 'Nouvelle école' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('textbox', { name: 'Nom', exact: true }).fill('École communale du Laveu');
  await dialog.getByLabel('Maternel').check();
  await dialog.getByLabel('Rue et numéro').fill('Rue du Laveu 12');
  await dialog.getByLabel('Code postal').fill('40');
  await dialog.getByLabel('Quartier').fill('Laveu');
  await dialog.getByRole('button', { name: "Ajouter l'école" }).click();
  await expect(dialog.getByText("Le format n'est pas valide.")).toBeVisible();
  await dialog.getByLabel('Code postal').fill('4000');
  await dialog.getByRole('button', { name: "Ajouter l'école" }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText("L'école École communale du Laveu a été ajoutée.")).toBeVisible();
  await expect(page.getByRole('cell', { name: /^École communale du Laveu/ })).toBeVisible();

  // A class of that school, in the current school year (the tab is in the address).
  await page.getByRole('tab', { name: 'Classes' }).click();
  await expect(page).toHaveURL(/#\/schools\?tab=classes$/);
  await page.getByRole('button', { name: 'Nouvelle classe' }).click();
  await dialog.getByRole('combobox', { name: 'École', exact: true }).fill('Laveu');
  await page.getByRole('option', { name: 'École communale du Laveu' }).click();
  await dialog.getByRole('textbox', { name: 'Nom', exact: true }).fill('5e primaire B');
  await dialog.getByLabel('Niveau', { exact: true }).fill('5P');
  await dialog.getByRole('textbox', { name: "Nombre d'élèves" }).fill('22');
  await dialog.getByRole('button', { name: 'Ajouter la classe' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('cell', { name: '5e primaire B', exact: true })).toBeVisible();
  await page.goBack();
  await expect(page.getByRole('tab', { name: 'Écoles', selected: true })).toBeVisible();

  // Search and sort (server side).
  await seedSchool(server, 'Athénée de Jupille');
  await page.reload();
  const schoolsPanel = page.getByRole('tabpanel', { name: 'Écoles' });
  const rows = schoolsPanel.locator('tbody tr');
  await expect(rows).toHaveCount(2);
  await expect(rows.first()).toContainText('Athénée de Jupille');
  await expect(rows.nth(1)).toContainText('1'); // the Laveu school's class
  await schoolsPanel.getByRole('button', { name: 'École', exact: true }).click();
  await expect(schoolsPanel.getByRole('columnheader', { name: 'École' })).toHaveAttribute('aria-sort', 'descending');
  await expect(rows.first()).toContainText('École communale du Laveu');
  await schoolsPanel.getByLabel('Rechercher').fill('Jupille');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('Athénée de Jupille');
  await schoolsPanel.getByRole('button', { name: 'Effacer les filtres' }).click();
  await expect(rows).toHaveCount(2);

  // Export: a file saved by the browser, UTF-8 with BOM, semicolons, French headers.
  const downloading = page.waitForEvent('download');
  await schoolsPanel.getByRole('button', { name: 'Exporter en CSV' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^ecoles-\d{4}-\d{2}-\d{2}\.csv$/);
  const exported = readFileSync((await download.path())!, 'utf8');
  expect(exported.startsWith('\uFEFFNom;Réseau;Niveaux;Rue;Code postal;Localité;Quartier;Téléphone;E-mail;Remarques\r\n')).toBe(true);
  expect(exported).toContain('École communale du Laveu;Communal;Maternel, Primaire;Rue du Laveu 12;4000;Liège;Laveu');

  // Import: a semicolon file with an error row is previewed, and refused until it is fixed.
  const header = 'Nom;Réseau;Niveaux;Rue;Code postal;Localité;Quartier';
  const good = ['École libre Les Tilleuls;Libre;Primaire;Rue Saint-Léonard 3;4000;Liège;Saint-Léonard', 'Lycée provincial de Rocourt;Provincial;Secondaire;Chaussée de Tongres 9;4000;Liège;Rocourt'];
  const withError = testInfo.outputPath('ecoles-erreur.csv');
  const fixed = testInfo.outputPath('ecoles.csv');
  writeFileSync(withError, [header, good[0], 'École fondamentale de Droixhe;Communal;Maternel, Primaire;Quai de Droixhe 4;40;Liège;Droixhe', good[1], ''].join('\r\n'));
  writeFileSync(fixed, [header, good[0], 'École fondamentale de Droixhe;Communal;Maternel, Primaire;Quai de Droixhe 4;4020;Liège;Droixhe', good[1], ''].join('\r\n'));

  await schoolsPanel.getByRole('button', { name: 'Importer un CSV' }).click();
  await dialog.locator('input[type=file]').setInputFiles(withError);
  await expect(dialog.getByText('Séparateur : point-virgule (;)')).toBeVisible();
  await expect(dialog.getByTestId('import-valid')).toContainText('2');
  await expect(dialog.getByTestId('import-errors')).toContainText('1');
  await expect(dialog.getByText("Code postal : le format n'est pas valide.")).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Importer', exact: true })).toBeDisabled();
  await expect(dialog.getByText("Import impossible tant qu'il reste des lignes en erreur.")).toBeVisible();

  await dialog.locator('input[type=file]').setInputFiles(fixed);
  await expect(dialog.getByTestId('import-errors')).toContainText('0');
  await expect(dialog.getByTestId('import-valid')).toContainText('3');
  await dialog.getByRole('button', { name: 'Importer', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('Import terminé. Écoles ajoutées : 3.')).toBeVisible();
  await expect(rows).toHaveCount(5);
  await expect(schoolsPanel.getByText('1–5 sur 5')).toBeVisible();
  await expect(schoolsPanel.getByRole('cell', { name: /^Lycée provincial de Rocourt/ })).toBeVisible();

  // Deletion, after a confirmation naming the school.
  await schoolsPanel.getByRole('button', { name: 'Actions pour Lycée provincial de Rocourt' }).click();
  await page.getByRole('menuitem', { name: 'Supprimer' }).click();
  await expect(dialog.getByText("Supprimer l'école Lycée provincial de Rocourt ?")).toBeVisible();
  await dialog.getByRole('button', { name: 'Supprimer' }).click();
  await expect(page.getByText("L'école Lycée provincial de Rocourt a été supprimée.")).toBeVisible();
  await expect(rows).toHaveCount(4);
  await expect(schoolsPanel.getByRole('cell', { name: /^Lycée provincial de Rocourt/ })).toHaveCount(0);
  expect(consoleErrors).toEqual([]);
});
