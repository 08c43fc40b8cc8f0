import type { Locator, Page } from '@playwright/test';
import { test, expect, setUpAdmin, createUser, logIn, type NewUser } from './fixtures';

const worker: NewUser = { username: 'n.dubois', displayName: 'Nora Dubois', password: 'mot-de-passe-menages', roles: ['housing'] };

async function pickOption(page: Page, scope: Locator, label: string, option: string): Promise<void> {
  await scope.getByRole('combobox', { name: label, exact: true }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

test('a housing worker records a household of two (one named, one anonymous), edits a person, erases one by typing its code', async ({ page, server }) => {
  test.setTimeout(180_000);
  await setUpAdmin(server);
  await createUser(server, worker);
  await logIn(page, server, worker.username, worker.password);
  // Housing staff land on Accueil (their home screen); Logement is one click away.
  await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Logement' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Logement' })).toBeVisible();

  // The households tab is in the address; search by code only, and it says why.
  await page.getByRole('tab', { name: 'Ménages' }).click();
  await expect(page).toHaveURL(/tab=households/);
  await expect(page.getByText('Aucun ménage enregistré')).toBeVisible();
  await expect(page.getByText('les noms sont chiffrés et ne peuvent pas être recherchés')).toBeVisible();

  // A household of 2: one named person with a status, one anonymous.
  await page.getByRole('button', { name: 'Nouveau ménage' }).click();
  const dialog = page.getByRole('dialog', { name: 'Nouveau ménage' });
  await expect(dialog.getByText("Le code généré est l'identité du ménage")).toBeVisible();
  await dialog.getByLabel('Taille du ménage (personnes)').fill('2');
  const first = dialog.getByRole('group', { name: 'Personne 1' });
  await first.getByLabel('Prénom').fill('Amina');
  await first.getByLabel('Nom', { exact: true }).fill('Haddad');
  await first.getByLabel('Année de naissance').fill('1988');
  await pickOption(page, first, 'Statut de séjour', 'Titre de séjour temporaire');
  await first.getByLabel('Langues parlées').click();
  await page.getByRole('option', { name: 'Arabe', exact: true }).click();
  await page.getByRole('option', { name: 'Français', exact: true }).click();
  await first.getByText('Personne 1').click();
  await dialog.getByRole('button', { name: 'Ajouter une personne' }).click();
  await expect(dialog.getByRole('group', { name: 'Personne 2' })).toBeVisible();
  await page.screenshot({ path: '/tmp/pw-households-form.png' });
  await dialog.getByRole('button', { name: 'Enregistrer le ménage' }).click();

  // Its sheet opens (notifications sit in the bottom-right corner, so the sheet's buttons are pressed from the
  // keyboard): the code, both people with their own codes, the access-log line.
  const sheet = page.getByRole('dialog').filter({ hasText: "Chaque consultation est enregistrée dans le journal d'accès" });
  await expect(sheet).toBeVisible();
  await expect(sheet.getByText(/^M-[0-9A-Z]{4}$/)).toBeVisible();
  const householdCode = (await sheet.getByText(/^M-[0-9A-Z]{4}$/).textContent())!;
  await expect(sheet.getByText('2 personnes encodées')).toBeVisible();
  const people = sheet.getByRole('listitem');
  await expect(people).toHaveCount(2);
  const named = people.filter({ hasText: 'Amina Haddad' });
  await expect(named.getByText('Titre de séjour temporaire')).toBeVisible();
  await expect(named.getByText('né·e en 1988 · Arabe, Français')).toBeVisible();
  const anonymous = people.filter({ hasText: 'Sans nom' });
  await expect(anonymous.getByText('Non renseigné')).toBeVisible();
  const anonymousCode = (await anonymous.getByText(/^P-[0-9A-Z]{4}$/).textContent())!;
  await page.screenshot({ path: '/tmp/pw-households-sheet.png' });

  // Edit the anonymous person: a birth year and a status, still no name.
  await anonymous.getByRole('button', { name: `Modifier ${anonymousCode}` }).press('Enter');
  const edit = page.getByRole('dialog', { name: `Modifier la personne ${anonymousCode}` });
  await edit.getByLabel('Année de naissance').fill('2015');
  await pickOption(page, edit, 'Statut de séjour', 'Inconnu');
  await edit.getByRole('button', { name: 'Enregistrer' }).press('Enter');
  await expect(edit).toBeHidden();
  await expect(anonymous.getByText('né·e en 2015')).toBeVisible();
  await expect(anonymous.getByText('Inconnu')).toBeVisible();

  // Erase the named person: the button waits for the code to be typed.
  const namedCode = (await named.getByText(/^P-[0-9A-Z]{4}$/).textContent())!;
  await named.getByRole('button', { name: `Effacer la personne ${namedCode}` }).press('Enter');
  const erase = page.getByRole('dialog', { name: `Effacer la personne ${namedCode} ?` });
  await expect(erase.getByText('supprime réellement les données')).toBeVisible();
  const confirm = erase.getByRole('button', { name: 'Effacer la personne' });
  await expect(confirm).toBeDisabled();
  await erase.getByLabel(`Pour confirmer, tapez le code ${namedCode}`).fill(anonymousCode);
  await expect(confirm).toBeDisabled();
  await erase.getByLabel(`Pour confirmer, tapez le code ${namedCode}`).fill(namedCode.toLowerCase());
  await confirm.press('Enter');
  await expect(erase).toBeHidden();
  await expect(sheet.getByText('1 personne encodée')).toBeVisible();
  await expect(sheet.getByText('Amina Haddad')).toHaveCount(0);
  await expect(sheet.getByRole('listitem')).toHaveCount(1);
  await page.keyboard.press('Escape');
  await expect(sheet).toBeHidden();

  // The list shows the household by its code, with its size and the people still recorded; search by code.
  const row = page.getByRole('row').filter({ hasText: householdCode });
  await expect(row).toBeVisible();
  await expect(row.getByRole('cell').nth(1)).toHaveText('2');
  await expect(row.getByRole('cell').nth(2)).toHaveText('1');
  await page.getByPlaceholder('Code du ménage (ex. M-7K3Q)').fill(householdCode.slice(2));
  await expect(row).toBeVisible();
  await page.screenshot({ path: '/tmp/pw-households-list.png', fullPage: true });
  await page.getByPlaceholder('Code du ménage (ex. M-7K3Q)').fill('Amina');
  await expect(page.getByText('Aucun ménage ne correspond')).toBeVisible();
});
