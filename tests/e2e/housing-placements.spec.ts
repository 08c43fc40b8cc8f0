import { test, expect, setUpAdmin, createUser, logIn, apiSession, type NewUser } from './fixtures';

/**
 * Placements (issue 6, point 4) on the unit sheet and the household sheet: place a household, a second one
 * refused for lack of room that night (the date named under the places), the first stay ended with a reason,
 * the second placed, places in use and the year's occupancy. The page and the server share one clock.
 */
const NOW = new Date('2027-03-10T09:00:00+01:00');
test.use({ serverClockStart: NOW });

const worker: NewUser = { username: 'y.lambert', displayName: 'Yasmine Lambert', password: 'mot-de-passe-placements', roles: ['housing'] };

test('a housing worker places a household, is refused a second one the same night, ends the first stay and places the second', async ({ page, server }) => {
  test.setTimeout(180_000);
  await setUpAdmin(server);
  await createUser(server, worker);
  const api = await apiSession(server, worker);
  const hc = await api.housing.createUnit({
    code: 'HC-01',
    kind: 'hebergement_citoyen',
    address: 'Rue Saint-Gilles 40, 4000 Liège',
    providerId: null,
    capacity: 2,
    supports: [],
    notes: '',
    citizenStayDays: null,
    lightHousingCriteria: [],
    status: 'active',
    statusDate: '2027-01-04',
  });
  const anonymous = { firstName: '', lastName: '', residenceStatus: null, birthYear: null, contact: '', languages: [] };
  const first = await api.housing.createHousehold({ size: 2, notes: '', people: [anonymous] });
  const [person] = first.people;
  // An inscription provisoire at the unit's address since A arrived: ending A's stay proposes to end it.
  await api.registrations.create({
    kind: 'inscription_provisoire',
    status: 'active',
    personId: person!.id,
    unitId: hc.id,
    requestDate: '2027-03-07',
    decisionDate: '2027-03-08',
    startDate: '2027-03-08',
    endDate: null,
    communeReference: '',
    notes: '',
    forwarding: null,
    move: null,
    policeCheckDate: null,
    absence: null,
  });
  const second = await api.housing.createHousehold({ size: 1, notes: '', people: [] });

  await page.clock.install({ time: NOW });
  await logIn(page, server, worker.username, worker.password);
  await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Logement' }).click();
  await page.getByRole('button', { name: 'Ouvrir la fiche du logement HC-01' }).click();
  const sheet = page.getByRole('dialog').filter({ hasText: 'Historique des statuts' });
  await expect(sheet.getByText('Aucun ménage placé dans ce logement', { exact: false })).toBeVisible();
  await expect(sheet.getByRole('status', { name: 'Places occupées ce soir' })).toHaveText('Places occupées ce soir : 0 sur 2');

  // Household A (2 people) since 7 March: its size fills the places; the planned end follows the 28-day stay.
  await sheet.getByRole('button', { name: 'Placer un ménage' }).press('Enter');
  const form = page.getByRole('dialog', { name: 'Placer un ménage' });
  await form.getByRole('combobox', { name: 'Ménage' }).fill(first.code);
  await page.getByRole('option', { name: first.code, exact: true }).click();
  await expect(form.getByLabel('Places (personnes placées)')).toHaveValue('2');
  await expect(form.getByLabel('Début')).toHaveValue('2027-03-10');
  await form.getByLabel('Début').fill('2027-03-07');
  await expect(form.getByText('Laissée vide : la durée de séjour du logement, 28 jours (fin prévue le 4 avril 2027).')).toBeVisible();
  await page.screenshot({ path: '/tmp/pw-placements-form.png' });
  await form.getByRole('button', { name: 'Placer le ménage' }).click();
  await expect(form).toBeHidden();
  const stayA = sheet.getByRole('listitem', { name: `Séjour ${first.code} au logement HC-01` });
  await expect(stayA).toContainText('En cours');
  await expect(stayA).toContainText('2 places');
  await expect(stayA).toContainText('Arrivé le 7 mars 2027 · fin prévue le 4 avril 2027');
  await expect(sheet.getByRole('status', { name: 'Places occupées ce soir' })).toHaveText('Places occupées ce soir : 2 sur 2');

  // Household B the same night: no room left, the night named under the places, nothing saved.
  await sheet.getByRole('button', { name: 'Placer un ménage' }).press('Enter');
  await form.getByRole('combobox', { name: 'Ménage' }).fill(second.code);
  await page.getByRole('option', { name: second.code, exact: true }).click();
  await form.getByRole('button', { name: 'Placer le ménage' }).click();
  await expect(form.getByText('Pas assez de place : la nuit du 10 mars 2027, le logement est complet.')).toBeVisible();
  await expect(page.getByText(/Places \(personnes placées\) : pas assez de place : la nuit du 10 mars 2027/)).toBeVisible();
  await page.screenshot({ path: '/tmp/pw-placements-refused.png' });
  await form.getByRole('button', { name: 'Annuler' }).click();
  // The form holds typing: closing it asks first (issue 17), and « Abandonner » lets it go.
  await page.getByRole('dialog', { name: 'Abandonner les modifications ?' }).getByRole('button', { name: 'Abandonner' }).click();
  await expect(form).toBeHidden();
  await expect(sheet.getByRole('listitem')).toHaveCount(1);

  // A's stay ends today, for a reason from the list.
  await stayA.getByRole('button', { name: `Fin du séjour ${first.code} au logement HC-01` }).press('Enter');
  const end = page.getByRole('dialog', { name: `Fin du séjour du ménage ${first.code} au logement HC-01` });
  await expect(end.getByLabel('Fin effective')).toHaveValue('2027-03-10');
  await end.getByRole('button', { name: 'Enregistrer la fin du séjour' }).click();
  await expect(end.getByText('Obligatoire', { exact: false })).toBeVisible();
  await end.getByRole('combobox', { name: 'Motif de fin' }).click();
  await page.getByRole('option', { name: 'Relogé durablement', exact: true }).click();
  await end.getByRole('button', { name: 'Enregistrer la fin du séjour' }).click();
  await expect(end).toBeHidden();

  // The stay backed the person's inscription provisoire: end it too, on the same day.
  const proposal = page.getByRole('dialog', { name: "Mettre fin aussi à l'inscription ?" });
  await expect(proposal.getByRole('checkbox', { name: `Inscription provisoire — ${person!.code}` })).toBeChecked();
  await expect(proposal).toContainText('prendront fin le 10 mars 2027');
  await page.screenshot({ path: '/tmp/pw-placements-proposals.png' });
  await proposal.getByRole('button', { name: 'Mettre fin à 1 inscription' }).click();
  await expect(proposal).toBeHidden();
  const [registration] = await api.registrations.list({ personId: person!.id });
  expect(registration).toMatchObject({ status: 'ended', endDate: '2027-03-10' });
  await expect(stayA).toContainText('Terminé');
  await expect(stayA).toContainText('Parti le 10 mars 2027 — Relogé durablement');
  await expect(sheet.getByRole('status', { name: 'Places occupées ce soir' })).toHaveText('Places occupées ce soir : 0 sur 2');

  // Now B fits, chosen and sent from the keyboard.
  await sheet.getByRole('button', { name: 'Placer un ménage' }).press('Enter');
  // Typed key by key as a person would (a one-shot fill opens the list too late for the first option to be
  // picked by Enter).
  await form.getByRole('combobox', { name: 'Ménage' }).pressSequentially(second.code);
  const optionB = page.getByRole('option', { name: second.code, exact: true });
  // Enter picks the highlighted option: wait until the list has settled on it, as a person would see it.
  await expect(optionB).toHaveAttribute('data-combobox-selected', 'true');
  await form.getByRole('combobox', { name: 'Ménage' }).press('Enter');
  // Chosen (the list closes), not merely typed: the input shows the code either way.
  await expect(optionB).toBeHidden();
  await expect(form.getByRole('combobox', { name: 'Ménage' })).toHaveValue(second.code);
  await expect(form.getByLabel('Places (personnes placées)')).toHaveValue('1');
  await form.getByLabel('Places (personnes placées)').press('Enter');
  await expect(form).toBeHidden();
  const stayB = sheet.getByRole('listitem', { name: `Séjour ${second.code} au logement HC-01` });
  await expect(stayB).toContainText('En cours');
  await expect(sheet.getByRole('status', { name: 'Places occupées ce soir' })).toHaveText('Places occupées ce soir : 1 sur 2');

  // B's stay for 3 people does not fit in 2 places; for 2 it does.
  await stayB.getByRole('button', { name: `Modifier le séjour ${second.code} au logement HC-01` }).press('Enter');
  const edit = page.getByRole('dialog', { name: `Séjour du ménage ${second.code} au logement HC-01` });
  await edit.getByLabel('Places (personnes placées)').fill('3');
  await edit.getByLabel('Places (personnes placées)').press('Enter');
  await expect(edit.getByText('Pas assez de place : la nuit du 10 mars 2027, il ne reste que 2 places libres.')).toBeVisible();
  await edit.getByLabel('Places (personnes placées)').fill('2');
  await edit.getByLabel('Remarques').fill('Arrivée tardive, clés chez la voisine.');
  await edit.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(edit).toBeHidden();
  await expect(stayB).toContainText('2 places');
  await expect(stayB).toContainText('Arrivée tardive, clés chez la voisine.');
  await expect(sheet.getByRole('status', { name: 'Places occupées ce soir' })).toHaveText('Places occupées ce soir : 2 sur 2');

  // This year so far (1 January → tonight, 69 nights): A 3 nights × 2 + B 1 night × 2 = 8 bed-nights of 138.
  const occupancy = sheet.getByRole('region', { name: 'Occupation' });
  await expect(occupancy).toContainText('Nuitées8sur 69 nuits');
  await expect(occupancy).toContainText(/Taux d'occupation5,8\s?%des 2 places chaque nuit/);
  await expect(occupancy).toContainText('Pic2 placesla nuit du 7 mars 2027');
  // January alone: nobody.
  await occupancy.getByLabel('Au (dernière nuit)').fill('2027-01-31');
  await expect(occupancy).toContainText('Nuitées0sur 31 nuits');
  await expect(occupancy).toContainText(/Taux d'occupation0\s?%/);
  await occupancy.getByLabel('Au (dernière nuit)').fill('2027-03-10');
  await expect(occupancy).toContainText('Nuitées8sur 69 nuits');
  await sheet.getByRole('heading', { name: 'Ménages placés' }).evaluate((heading) => heading.scrollIntoView({ block: 'start' }));
  await page.waitForTimeout(300); // let the notifications' slide settle for the picture
  await page.screenshot({ path: '/tmp/pw-placements-unit-sheet.png' });
  await occupancy.scrollIntoViewIfNeeded();
  await page.screenshot({ path: '/tmp/pw-placements-occupancy.png' });

  // B's stay was a mistake: deleted after confirming; A's ended stay offers no delete.
  await expect(stayA.getByRole('button', { name: /^Supprimer/ })).toHaveCount(0);
  await stayB.getByRole('button', { name: `Supprimer le séjour ${second.code} au logement HC-01` }).press('Enter');
  const confirm = page.getByRole('dialog', { name: `Supprimer le séjour du ménage ${second.code} au logement HC-01 ?` });
  await confirm.getByRole('button', { name: 'Supprimer' }).click();
  await expect(confirm).toBeHidden();
  await expect(stayB).toBeHidden();
  await expect(sheet.getByRole('status', { name: 'Places occupées ce soir' })).toHaveText('Places occupées ce soir : 0 sur 2');
  await page.keyboard.press('Escape');
  await expect(sheet).toBeHidden();

  // The household sheet lists its stays by unit. It reads the household once (each read is audited): placing it
  // again from there refreshes its stays, not the household.
  const householdReads: string[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname === '/api/housing/household') householdReads.push(request.url());
  });
  await page.getByRole('tab', { name: 'Ménages' }).click();
  await page.getByRole('row').filter({ hasText: first.code }).getByRole('button').first().click();
  const household = page.getByRole('dialog').filter({ hasText: "Chaque consultation est enregistrée dans le journal d'accès" });
  const stay = household.getByRole('listitem', { name: `Séjour ${first.code} au logement HC-01` });
  await expect(stay).toContainText('HC-01');
  await expect(stay).toContainText('Terminé');
  const stays = household.getByRole('listitem', { name: /^Séjour / });
  await expect(stays).toHaveCount(1);
  await household.getByRole('button', { name: 'Placer', exact: true }).press('Enter');
  await expect(form.getByRole('combobox', { name: 'Ménage' })).toHaveValue(first.code);
  await expect(form.getByRole('combobox', { name: 'Ménage' })).toBeDisabled();
  await expect(form.getByLabel('Places (personnes placées)')).toHaveValue('2');
  await form.getByRole('combobox', { name: 'Logement' }).click();
  await page.getByRole('option', { name: 'HC-01 (Hébergement citoyen) — Rue Saint-Gilles 40, 4000 Liège · 2 places libres', exact: true }).click();
  await form.getByRole('button', { name: 'Placer le ménage' }).click();
  await expect(form).toBeHidden();
  await expect(stays).toHaveCount(2);
  await expect(stays.first()).toContainText('En cours');
  await expect(stays.first()).toContainText('Arrivé le 10 mars 2027 · fin prévue le 7 avril 2027');
  await page.waitForTimeout(300); // let the sheet settle for the picture
  await page.screenshot({ path: '/tmp/pw-placements-household.png' });
  expect(householdReads).toHaveLength(1);
});

test('a housing worker moves a household to another unit, and a unit without room changes nothing', async ({ page, server }) => {
  test.setTimeout(180_000);
  await setUpAdmin(server);
  await createUser(server, worker);
  const api = await apiSession(server, worker);
  const unit = (code: string, capacity: number) =>
    api.housing.createUnit({
      code,
      kind: 'logement_transit',
      address: `Rue Hors-Château ${capacity}, 4000 Liège`,
      providerId: null,
      capacity,
      supports: [],
      notes: '',
      citizenStayDays: null,
      lightHousingCriteria: [],
      status: 'active',
      statusDate: '2027-01-04',
    });
  const from = await unit('TR-01', 4);
  const full = await unit('TR-02', 1);
  await unit('TR-03', 3);
  const moving = await api.housing.createHousehold({ size: 2, notes: '', people: [] });
  const other = await api.housing.createHousehold({ size: 1, notes: '', people: [] });
  await api.housing.createPlacement({ unitId: from.id, householdId: moving.id, places: 2, start: '2027-02-01', plannedEnd: null, notes: '' });
  await api.housing.createPlacement({ unitId: full.id, householdId: other.id, places: 1, start: '2027-02-01', plannedEnd: null, notes: '' });

  await page.clock.install({ time: NOW });
  await logIn(page, server, worker.username, worker.password);
  await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Logement' }).click();
  await page.getByRole('button', { name: 'Ouvrir la fiche du logement TR-01' }).click();
  const sheet = page.getByRole('dialog').filter({ hasText: 'Historique des statuts' });
  await sheet.getByRole('button', { name: `Déménager le ménage ${moving.code} du logement TR-01` }).click();

  const form = page.getByRole('dialog', { name: `Déménager ${moving.code} (logement TR-01)` });
  await expect(form.getByLabel('Jour du déménagement')).toHaveValue('2027-03-10');
  // TR-02 is full tonight: the server refuses, names the night under Places, and nothing changes.
  await form.getByRole('combobox', { name: 'Nouveau logement' }).click();
  await page.getByRole('option', { name: /^TR-02/ }).click();
  await form.getByRole('button', { name: 'Déménager' }).click();
  // (the unit field's hint also names the night: the refusal is the sentence that starts with « Pas assez de place »)
  await expect(form.getByText(/^Pas assez de place : la nuit du 10 mars 2027/)).toBeVisible();
  const still = await api.housing.placements({ householdId: moving.id });
  expect(still.map((placement) => [placement.unitCode, placement.actualEnd])).toEqual([['TR-01', null]]);

  await form.getByRole('combobox', { name: 'Nouveau logement' }).click();
  await page.getByRole('option', { name: /^TR-03/ }).click();
  await form.getByRole('button', { name: 'Déménager' }).click();
  await expect(form).toBeHidden();
  const after = await api.housing.placements({ householdId: moving.id });
  expect(after.map((placement) => [placement.unitCode, placement.start, placement.actualEnd, placement.endReason])).toEqual([
    ['TR-03', '2027-03-10', null, null],
    ['TR-01', '2027-02-01', '2027-03-10', 'transferred'],
  ]);
  await page.screenshot({ path: '/tmp/pw-move-after.png' });
});
