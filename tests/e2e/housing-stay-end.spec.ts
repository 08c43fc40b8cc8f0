import { test, expect, setUpAdmin, createUser, logIn, apiSession, type NewUser } from './fixtures';

/**
 * Issue 14, items 7 and 8 on the unit sheet. A stay ends on a day that has come: a departure typed for a day
 * still ahead is refused under "Fin effective" with today's date, nothing is written, and the form records that
 * day as the planned end instead (the household is still there tonight). A household refused for lack of room
 * is shown the units with room for the whole stay, with their kind, and one of them is chosen and used. The page
 * and the server share one clock.
 */
const NOW = new Date('2027-03-10T09:00:00+01:00');
test.use({ serverClockStart: NOW });

const worker: NewUser = { username: 'n.renard', displayName: 'Nora Renard', password: 'mot-de-passe-fin-sejour', roles: ['housing'] };

const unitFields = { providerId: null, supports: [], notes: '', citizenStayDays: null, lightHousingCriteria: [], status: 'active' as const, statusDate: '2027-01-04' };

test('a departure still ahead becomes the planned end, and a refused household is placed where there is room', async ({ page, server }) => {
  test.setTimeout(180_000);
  await setUpAdmin(server);
  await createUser(server, worker);
  const api = await apiSession(server, worker);
  const hc = await api.housing.createUnit({ ...unitFields, code: 'HC-01', kind: 'hebergement_citoyen', address: 'Rue Saint-Gilles 40, 4000 Liège', capacity: 2 });
  const lt = await api.housing.createUnit({ ...unitFields, code: 'LT-02', kind: 'logement_transit', address: 'Rue Hors-Château 12, 4000 Liège', capacity: 4 });
  // Active but one place only: too small for a household of two, so not proposed.
  await api.housing.createUnit({ ...unitFields, code: 'MJ-03', kind: 'maison_jeunes_travailleurs', address: 'Quai de la Batte 3, 4000 Liège', capacity: 1 });
  const first = await api.housing.createHousehold({ size: 2, notes: '', people: [] });
  const second = await api.housing.createHousehold({ size: 2, notes: '', people: [] });
  await api.housing.createPlacement({ unitId: hc.id, householdId: first.id, places: 2, start: '2027-03-07', plannedEnd: null, notes: '' });

  await page.clock.install({ time: NOW });
  await logIn(page, server, worker.username, worker.password);
  await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Logement' }).click();
  await page.getByRole('button', { name: 'Ouvrir la fiche du logement HC-01' }).click();
  const sheet = page.getByRole('dialog').filter({ hasText: 'Historique des statuts' });
  const stayA = sheet.getByRole('listitem', { name: `Séjour ${first.code} au logement HC-01` });
  await expect(stayA).toContainText('Arrivé le 7 mars 2027 · fin prévue le 4 avril 2027');

  // Item 7: the 15th has not come. Refused under the date, with today named; the stay is untouched.
  await stayA.getByRole('button', { name: `Fin du séjour ${first.code} au logement HC-01` }).press('Enter');
  const end = page.getByRole('dialog', { name: `Fin du séjour du ménage ${first.code} au logement HC-01` });
  await end.getByLabel('Fin effective').fill('2027-03-15');
  await end.getByRole('combobox', { name: 'Motif de fin' }).click();
  await page.getByRole('option', { name: 'Relogé durablement', exact: true }).click();
  await end.getByRole('button', { name: 'Enregistrer la fin du séjour' }).click();
  await expect(
    end.getByText("Le 15 mars 2027 n'est pas encore arrivé : la fin effective est au plus tard aujourd'hui, le 10 mars 2027. Un départ à venir se note comme fin prévue."),
  ).toBeVisible();
  await expect(end.getByLabel('Fin effective')).toHaveAttribute('aria-invalid', 'true');
  await page.screenshot({ path: '/tmp/pw-stay-end-future.png' });
  expect((await api.housing.placements({ householdId: first.id }))[0]).toMatchObject({ actualEnd: null, plannedEnd: '2027-04-04' });

  // The form offers the day as the planned end instead.
  await end.getByRole('button', { name: 'Noter le 15 mars 2027 comme fin prévue' }).click();
  await expect(end).toBeHidden();
  await expect(stayA).toContainText('En cours');
  await expect(stayA).toContainText('Arrivé le 7 mars 2027 · fin prévue le 15 mars 2027');
  await expect(stayA).not.toContainText('Parti le');
  await expect(sheet.getByRole('status', { name: 'Places occupées ce soir' })).toHaveText('Places occupées ce soir : 2 sur 2');
  expect((await api.housing.placements({ householdId: first.id }))[0]).toMatchObject({ actualEnd: null, endReason: null, plannedEnd: '2027-03-15' });

  // Item 8: no room here for household B tonight; the units with room for its whole stay are offered, with their kind.
  await sheet.getByRole('button', { name: 'Placer un ménage' }).press('Enter');
  const form = page.getByRole('dialog', { name: 'Placer un ménage' });
  await form.getByRole('combobox', { name: 'Ménage' }).fill(second.code);
  await page.getByRole('option', { name: second.code, exact: true }).click();
  await expect(form.getByRole('combobox', { name: 'Logement' })).toBeDisabled();
  await form.getByRole('button', { name: 'Placer le ménage' }).click();
  await expect(form.getByText('Pas assez de place : la nuit du 10 mars 2027, le logement est complet.')).toBeVisible();
  const room = form.getByRole('region', { name: 'Logements avec assez de places libres pour tout le séjour' });
  await expect(room.getByRole('button')).toHaveText(['LT-02 · Logement de transit · 4 places libres']);
  await page.screenshot({ path: '/tmp/pw-stay-room-elsewhere.png' });
  expect(await api.housing.placements({ householdId: second.id })).toEqual([]);

  await room.getByRole('button', { name: 'Choisir le logement LT-02 (Logement de transit, 4 places libres pour tout le séjour)' }).click();
  await expect(room).toBeHidden();
  // The unit picker names each unit's kind.
  await expect(form.getByRole('combobox', { name: 'Logement' })).toHaveValue('LT-02 (Logement de transit) — Rue Hors-Château 12, 4000 Liège · 4 places libres');
  await form.getByRole('button', { name: 'Placer le ménage' }).click();
  await expect(form).toBeHidden();
  const [placed] = await api.housing.placements({ householdId: second.id });
  expect(placed).toMatchObject({ unitId: lt.id, unitCode: 'LT-02', places: 2, start: '2027-03-10', actualEnd: null });
});
