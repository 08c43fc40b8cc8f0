import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { RegistrationInput, UnitInput } from '../helpers/housing';
import { test, expect, setUpAdmin, createUser, logIn, apiSession, type NewUser } from './fixtures';

/**
 * A housing worker's home screen and the housing report. The page's and the server's clocks start on Saturday
 * 28 November 2026. Seeded through the API: two active units (HC-01, 4 places; LT-01, 3 places) and one
 * identified (BG-01); a household of 3 in HC-01 since 20 November; a stay of 2 people in LT-01 from 1 to 11
 * October; a reference address whose contact was due 1 November (late) and an inscription provisoire whose
 * police check is due 5 December (this week); one household waiting.
 */
const NOW = new Date('2026-11-28T09:00:00+01:00');
test.use({ serverClockStart: NOW });

const worker: NewUser = { username: 'c.lejeune', displayName: 'Camille Lejeune', password: 'mot-de-passe-rapport', roles: ['housing'] };

const registration = (personId: number, changes: Partial<RegistrationInput>): RegistrationInput => ({
  kind: 'reference_address_cpas',
  status: 'active',
  personId,
  unitId: null,
  requestDate: null,
  decisionDate: null,
  startDate: null,
  endDate: null,
  communeReference: '',
  notes: '',
  forwarding: null,
  move: null,
  policeCheckDate: null,
  absence: null,
  ...changes,
});

test('a housing worker sees what is due and the free places on Accueil, then downloads the housing report from Rapports', async ({ page, server }) => {
  test.setTimeout(180_000);
  await setUpAdmin(server);
  await createUser(server, worker);
  const api = await apiSession(server, worker);
  const unit = (code: string, kind: UnitInput['kind'], capacity: number, status: UnitInput['status'], statusDate: string) =>
    api.housing.createUnit({
      code, kind, address: 'Rue Féronstrée 40, 4000 Liège', providerId: null, capacity, supports: [], notes: '',
      citizenStayDays: null, lightHousingCriteria: [], status, statusDate,
    });
  const hc = await unit('HC-01', 'hebergement_citoyen', 4, 'active', '2026-03-01');
  const lt = await unit('LT-01', 'logement_transit', 3, 'active', '2026-01-15');
  await unit('BG-01', 'bail_glissant', 2, 'identified', '2026-06-01');
  const anonymous = { firstName: '', lastName: '', residenceStatus: null, birthYear: 1985, contact: '', languages: [] };
  const family = await api.housing.createHousehold({ size: 3, notes: '', people: [anonymous, anonymous] });
  const pair = await api.housing.createHousehold({ size: 2, notes: '', people: [] });
  const waiting = await api.housing.createHousehold({ size: 1, notes: '', people: [] });
  await api.housing.createPlacement({ unitId: hc.id, householdId: family.id, places: 3, start: '2026-11-20', plannedEnd: null, notes: '' });
  const stay = await api.housing.createPlacement({ unitId: lt.id, householdId: pair.id, places: 2, start: '2026-10-01', plannedEnd: '2026-10-20', notes: '' });
  await api.housing.endPlacement({ id: stay.id, actualEnd: '2026-10-11', endReason: 'moved_to_housing' });
  const [first, second] = family.people;
  await api.registrations.create(registration(first!.id, { requestDate: '2026-07-20', startDate: '2026-08-01' }));
  await api.registrations.create(registration(second!.id, { kind: 'inscription_provisoire', requestDate: '2026-11-20', startDate: '2026-11-21' }));
  await api.waitlist.add({ householdId: waiting.id, priority: 'high', requestedDate: '2026-11-26', placesNeeded: 1, unitKinds: [] });

  await page.clock.install({ time: NOW });
  await logIn(page, server, worker.username, worker.password);
  // Housing staff land on their home screen.
  await expect(page.getByRole('heading', { level: 1, name: 'Accueil' })).toBeVisible();
  const widget = page.getByRole('region', { name: 'Logement' });
  await expect(widget.getByRole('link', { name: '1 échéance en retard' })).toBeVisible();
  await expect(widget.getByRole('link', { name: '1 échéance cette semaine' })).toBeVisible();
  // Tonight: HC-01 holds 3 of 4, LT-01 is empty (the October stay is over): 4 of 7 free.
  await expect(widget.getByRole('link', { name: '4 places libres ce soir sur 7 dans 2 unités actives' })).toBeVisible();
  await expect(widget.getByRole('link', { name: '1 ménage en attente' })).toBeVisible();
  const tasks = widget.getByRole('region', { name: 'Échéances des domiciliations' });
  await expect(tasks.getByRole('listitem')).toHaveCount(2);
  await expect(tasks.getByRole('listitem').first()).toContainText('Contact au CPAS');
  await expect(tasks.getByRole('listitem').first()).toContainText('27 jours de retard');
  await expect(tasks.getByRole('listitem').nth(1)).toContainText('dans 7 jours');
  const units = widget.getByRole('region', { name: 'Unités par statut' });
  await expect(units.getByText('Identifié : 1')).toBeVisible();
  await expect(units.getByText('Actif : 2')).toBeVisible();
  await expect(units.getByRole('listitem')).toHaveText([/LT-01.*3 places libres/, /HC-01.*1 place libre/]);
  await page.screenshot({ path: '/tmp/pw-housing-home.png', fullPage: true });

  // The late deadline opens the tasks of Domiciliations; the free places open Logement.
  await widget.getByRole('link', { name: '1 échéance en retard' }).click();
  await expect(page).toHaveURL(/#\/registrations\?tab=tasks/);
  await page.goBack();
  await widget.getByRole('link', { name: /4 places libres ce soir/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Logement' })).toBeVisible();

  // Rapports: this year to today by default, the figures on screen as in the PDF.
  await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Rapports' }).click();
  const card = page.getByRole('region', { name: 'Rapport logement' });
  await expect(card.getByLabel('Du')).toHaveValue('2026-01-01');
  await expect(card.getByLabel('Au (inclus)')).toHaveValue('2026-11-28');
  await expect(card.getByText(/^1er janvier.*28 novembre 2026 · 332 nuits$/)).toBeVisible();
  // Bed-nights: 3 × 9 (20–28 Nov) + 2 × 10 (1–11 Oct) = 47; places offered 4 × 273 + 3 × 318 = 2046: 2,3 %.
  const figure = (name: string) => card.locator(`[data-figure="${name}"]`);
  await expect(figure('bedNights')).toHaveText('47');
  await expect(figure('rate')).toHaveText('2,3 %');
  await expect(figure('unitsIdentified')).toHaveText('3');
  await expect(figure('places')).toHaveText('7');
  // Placements are procedures: counted exactly (the family's and the pair's stays).
  await expect(figure('placementsStarted')).toHaveText('2');
  // One deadline fell due (the missed contact): counted, but one person's, so how it went is not said.
  await expect(figure('deadlinesDue')).toHaveText('1');
  await expect(figure('deadlinesMissed')).toHaveText('n.p.');
  // Beside each figure, the same dates of 2025 (nothing recorded then) and the change.
  await expect(card.getByText(/^Comparé aux mêmes dates un an plus tôt : 1er janvier.*28 novembre 2025$/)).toBeVisible();
  const previous = (name: string) => card.locator(`[data-previous="${name}"]`);
  await expect(previous('bedNights')).toHaveText('Un an plus tôt : 0 (+47)');
  await expect(previous('placementsStarted')).toHaveText('Un an plus tôt : 0 (+2)');
  await expect(previous('deadlinesMissed')).toHaveText('Un an plus tôt : 0 (—)');
  await expect(card).not.toContainText(family.code);

  // A period ending before it starts: the server's refusal under "Au".
  await card.getByLabel('Au (inclus)').fill('2025-12-31');
  await expect(card.getByText('La fin doit venir après le début')).toBeVisible();
  await card.getByRole('button', { name: 'Cette année' }).click();
  await expect(figure('bedNights')).toHaveText('47');
  await page.screenshot({ path: '/tmp/pw-housing-report.png', fullPage: true });

  const downloading = page.waitForEvent('download');
  await card.getByRole('button', { name: 'Télécharger le PDF' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('rapport-logement-2026-01-01-2026-11-28.pdf');
  const bytes = readFileSync((await download.path())!);
  expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  await expect(page.getByText('Le rapport logement a été téléchargé.')).toBeVisible();

  // In English, the card and the PDF speak English.
  await page.getByText('EN', { exact: true }).first().click();
  const englishCard = page.getByRole('region', { name: 'Housing report' });
  await expect(englishCard.locator('[data-previous="bedNights"]')).toHaveText('A year earlier: 0 (+47)');
  const englishDownload = page.waitForEvent('download');
  await englishCard.getByRole('button', { name: 'Download the PDF' }).click();
  const english = await englishDownload;
  expect(english.suggestedFilename()).toBe('housing-report-2026-01-01-2026-11-28.pdf');
  const text = execFileSync('pdftotext', [(await english.path())!, '-'], { encoding: 'utf8' });
  expect(text).toContain('Solidarity housing and address registrations');
  expect(text).toContain('From 1 January 2026 to 28 November 2026');
  expect(text).not.toContain('Logement solidaire');
});
