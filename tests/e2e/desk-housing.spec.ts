import { test, expect, setUpAdmin, createUser, logIn, apiSession, type NewUser } from './fixtures';

/**
 * Issue 17 on the housing side. The home's "Logement" block opens a unit's own sheet (not the list); a stay ended
 * by mistake comes back with the confirmation's "Annuler"; that confirmation belongs to its screen and is gone
 * once the user opens another section. The page and the server share one clock.
 */
const NOW = new Date('2027-03-10T09:00:00+01:00');
test.use({ serverClockStart: NOW });

const worker: NewUser = { username: 'n.renard', displayName: 'Nora Renard', password: 'mot-de-passe-desk-logement', roles: ['housing'] };
const unitFields = { providerId: null, supports: [], notes: '', citizenStayDays: null, lightHousingCriteria: [], status: 'active' as const, statusDate: '2027-01-04' };

test('the home opens the unit itself; an ended stay is reopened with Annuler; the message stays on its screen', async ({ page, server }) => {
  test.setTimeout(180_000);
  await setUpAdmin(server);
  await createUser(server, worker);
  const api = await apiSession(server, worker);
  await api.housing.createUnit({ ...unitFields, code: 'LT-01', kind: 'logement_transit', address: 'Rue Hors-Château 12, 4000 Liège', capacity: 4 });
  const hc = await api.housing.createUnit({ ...unitFields, code: 'HC-02', kind: 'hebergement_citoyen', address: 'Rue Saint-Gilles 40, 4000 Liège', capacity: 3 });
  const family = await api.housing.createHousehold({ size: 2, notes: '', people: [] });
  await api.housing.createPlacement({ unitId: hc.id, householdId: family.id, places: 2, start: '2027-03-07', plannedEnd: null, notes: '' });

  await page.clock.install({ time: NOW });
  await logIn(page, server, worker.username, worker.password);
  const block = page.getByRole('region', { name: 'Logement' });
  // Point 5: the unit with room opens its own sheet, not the list.
  await block.getByRole('link', { name: /HC-02/ }).click();
  const sheet = page.getByRole('dialog').filter({ hasText: 'Historique des statuts' });
  // The sheet reads the unit, its stays and occupancy: give a loaded machine time.
  await expect(sheet).toBeVisible({ timeout: 30_000 });
  await expect(sheet).toContainText('HC-02');
  await expect(sheet).not.toContainText('LT-01');
  // The address keeps the section, not the link: closing the sheet leaves the list.
  await expect(page).toHaveURL(/#\/housing$/);

  // Point 6: end the stay, then take it back from the confirmation.
  const stay = sheet.getByRole('listitem', { name: `Séjour ${family.code} au logement HC-02` });
  await stay.getByRole('button', { name: `Fin du séjour ${family.code} au logement HC-02` }).press('Enter');
  const end = page.getByRole('dialog', { name: `Fin du séjour du ménage ${family.code} au logement HC-02` });
  await end.getByRole('combobox', { name: 'Motif de fin' }).click();
  await page.getByRole('option', { name: 'Relogé durablement', exact: true }).click();
  await end.getByRole('button', { name: 'Enregistrer la fin du séjour' }).click();
  await expect(end).toBeHidden();
  const ended = page.getByRole('alert').filter({ hasText: `Fin du séjour du ménage ${family.code} au logement HC-02` });
  await expect(ended).toBeVisible();
  await expect(stay).toContainText('Parti le');
  expect((await api.housing.placements({ householdId: family.id }))[0]).toMatchObject({ actualEnd: '2027-03-10', endReason: 'moved_to_housing' });

  await ended.getByRole('button', { name: 'Annuler' }).click();
  await expect(page.getByRole('alert').filter({ hasText: `Le séjour du ménage ${family.code} au logement HC-02 est de nouveau en cours.` })).toBeVisible();
  await expect(ended).toBeHidden();
  await expect(stay).toContainText('En cours');
  await expect(stay).not.toContainText('Parti le');
  expect((await api.housing.placements({ householdId: family.id }))[0]).toMatchObject({ actualEnd: null, endReason: null });

  // Point 1: ended again, the confirmation stays while the user works in Logement, and goes with another section.
  await stay.getByRole('button', { name: `Fin du séjour ${family.code} au logement HC-02` }).press('Enter');
  await end.getByRole('combobox', { name: 'Motif de fin' }).click();
  await page.getByRole('option', { name: 'Relogé durablement', exact: true }).click();
  await end.getByRole('button', { name: 'Enregistrer la fin du séjour' }).click();
  await expect(ended.getByRole('button', { name: 'Annuler' })).toBeVisible();
  // Escape closes the sheet once the keyboard is back in it (focus returns there when the end dialog closes);
  // the sheet is found by its title, since the "Historique" text is briefly gone while it reloads the stays.
  const unitSheet = page.getByRole('dialog', { name: /^HC-02/ });
  await expect(unitSheet.locator(':focus')).toHaveCount(1);
  await page.keyboard.press('Escape');
  await expect(unitSheet).toHaveCount(0);
  await page.getByRole('tab', { name: 'Ménages' }).click();
  await expect(ended).toBeVisible();
  await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Accueil' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Accueil' })).toBeVisible();
  await expect(ended).toBeHidden();
  await expect(page.getByRole('alert')).toHaveCount(0);
  expect((await api.housing.placements({ householdId: family.id }))[0]).toMatchObject({ actualEnd: '2027-03-10' });
});

test('Annuler says why when the unit has been given to someone since', async ({ page, server }) => {
  test.setTimeout(120_000);
  await setUpAdmin(server);
  await createUser(server, worker);
  const api = await apiSession(server, worker);
  const hc = await api.housing.createUnit({ ...unitFields, code: 'HC-03', kind: 'hebergement_citoyen', address: 'Rue Saint-Gilles 42, 4000 Liège', capacity: 2 });
  const family = await api.housing.createHousehold({ size: 2, notes: '', people: [] });
  const next = await api.housing.createHousehold({ size: 2, notes: '', people: [] });
  await api.housing.createPlacement({ unitId: hc.id, householdId: family.id, places: 2, start: '2027-03-07', plannedEnd: null, notes: '' });

  await page.clock.install({ time: NOW });
  await logIn(page, server, worker.username, worker.password);
  await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Logement' }).click();
  await page.getByRole('button', { name: 'Ouvrir la fiche du logement HC-03' }).click();
  const sheet = page.getByRole('dialog').filter({ hasText: 'Historique des statuts' });
  const stay = sheet.getByRole('listitem', { name: `Séjour ${family.code} au logement HC-03` });
  await stay.getByRole('button', { name: `Fin du séjour ${family.code} au logement HC-03` }).press('Enter');
  const end = page.getByRole('dialog', { name: `Fin du séjour du ménage ${family.code} au logement HC-03` });
  await end.getByRole('combobox', { name: 'Motif de fin' }).click();
  await page.getByRole('option', { name: 'Relogé durablement', exact: true }).click();
  await end.getByRole('button', { name: 'Enregistrer la fin du séjour' }).click();
  const ended = page.getByRole('alert').filter({ hasText: `Fin du séjour du ménage ${family.code} au logement HC-03` });
  await expect(ended).toBeVisible();

  // A colleague gives the two places to another household from tomorrow.
  await api.housing.createPlacement({ unitId: hc.id, householdId: next.id, places: 2, start: '2027-03-11', plannedEnd: null, notes: '' });
  await ended.getByRole('button', { name: 'Annuler' }).click();
  await expect(
    page.getByRole('alert').filter({ hasText: "Le logement a été attribué depuis et n'a plus de place la nuit du 11 mars 2027 : le séjour reste terminé." }),
  ).toBeVisible();
  expect((await api.housing.placements({ householdId: family.id }))[0]).toMatchObject({ actualEnd: '2027-03-10' });
});
