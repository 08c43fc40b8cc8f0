import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { PersonalDataExport } from '../../shared/domain/privacy/personal-data';
import { readableText } from '../helpers/pdf';
import { test, expect, setUpAdmin, createUser, logIn, apiSession, type NewUser } from './fixtures';

/**
 * Right of access (issue 20): a housing worker opens a household's sheet and exports one person's data from the
 * person's card — the PDF in French (the Arabic name prints and reads back), then the JSON file — and neither
 * holds the other member's name. The page's and the server's clocks start on Saturday 28 November 2026.
 */
const NOW = new Date('2026-11-28T09:00:00+01:00');
test.use({ serverClockStart: NOW });

const worker: NewUser = { username: 'y.haddad', displayName: 'Yasmina Haddad', password: 'mot-de-passe-acces', roles: ['housing'] };

test("a housing worker exports a person's data from the household sheet, as a PDF and as JSON", async ({ page, server, consoleErrors }) => {
  void consoleErrors;
  test.setTimeout(180_000);
  await setUpAdmin(server);
  await createUser(server, worker);
  const api = await apiSession(server, worker);
  const unit = await api.housing.createUnit({
    code: 'LT-07', kind: 'logement_transit', address: 'Rue Saint-Gilles 7, 4000 Liège', providerId: null, capacity: 4, supports: [], notes: '',
    citizenStayDays: null, lightHousingCriteria: [], status: 'active', statusDate: '2026-01-05',
  });
  const household = await api.housing.createHousehold({
    size: 2,
    notes: 'Suivi par le service social depuis octobre',
    people: [
      { firstName: 'فاطمة', lastName: 'الزهراء', residenceStatus: 'asylum_seeker', birthYear: 1990, contact: '0470 11 22 33', languages: ['ar'] },
      { firstName: 'Karim', lastName: 'Bennani', residenceStatus: null, birthYear: 2014, contact: '', languages: [] },
    ],
  });
  const [fatima, karim] = household.people;
  await api.housing.createPlacement({ unitId: unit.id, householdId: household.id, places: 2, start: '2026-10-01', plannedEnd: null, notes: 'Chambre au rez-de-chaussée' });

  await page.clock.install({ time: NOW });
  await logIn(page, server, worker.username, worker.password);
  await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Logement' }).click();
  await page.getByRole('tab', { name: 'Ménages' }).click();
  await page.getByRole('button', { name: household.code, exact: true }).click();
  const sheet = page.getByRole('dialog').filter({ hasText: "Chaque consultation est enregistrée dans le journal d'accès" });
  await expect(sheet).toBeVisible();
  const card = sheet.getByRole('listitem', { name: fatima!.code });

  // The icon on her card says what it does on hover; Modifier and Effacer stay in the card.
  const exportButton = card.getByRole('button', { name: `Exporter les données de ${fatima!.code}` });
  await exportButton.hover();
  await expect(page.getByRole('tooltip', { name: 'Exporter ses données' })).toBeVisible();
  await expect(card.getByRole('button', { name: `Effacer la personne ${fatima!.code}` })).toBeInViewport({ ratio: 1 });
  await page.screenshot({ path: '/tmp/pw-personal-data-card.png' });

  // Its menu: the PDF in French.
  await exportButton.click();
  await expect(page.getByRole('menuitem', { name: 'PDF en anglais' })).toBeVisible();
  await page.screenshot({ path: '/tmp/pw-personal-data-menu.png' });
  const pdfDownload = page.waitForEvent('download');
  await page.getByRole('menuitem', { name: 'PDF en français' }).click();
  const pdf = await pdfDownload;
  expect(pdf.suggestedFilename()).toBe(`donnees-personnelles-${fatima!.code}-2026-11-28.pdf`);
  const pdfPath = (await pdf.path())!;
  expect(readFileSync(pdfPath).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  const text = readableText(execFileSync('pdftotext', [pdfPath, '-'], { encoding: 'utf8' })).replace(/\s+/g, ' ');
  for (const expected of ['Données personnelles de', fatima!.code, 'فاطمة', 'الزهراء', household.code, karim!.code, 'LT-07', 'Chambre au rez-de-chaussée', "Journal d'accès"]) {
    expect(text, expected).toContain(expected);
  }
  expect(text).not.toContain('Karim');
  expect(text).not.toContain('Bennani');
  await expect(page.getByText(`Données exportées : donnees-personnelles-${fatima!.code}-2026-11-28.pdf`)).toBeVisible();

  // The same as JSON, from the keyboard.
  const menuButton = card.getByRole('button', { name: `Exporter les données de ${fatima!.code}` });
  await menuButton.focus();
  await page.keyboard.press('Enter');
  const jsonItem = page.getByRole('menuitem', { name: 'Fichier JSON (lisible par un programme)' });
  await expect(jsonItem).toBeVisible();
  const jsonDownload = page.waitForEvent('download');
  await jsonItem.click();
  const json = await jsonDownload;
  expect(json.suggestedFilename()).toBe(`donnees-personnelles-${fatima!.code}-2026-11-28.json`);
  const data = JSON.parse(readFileSync((await json.path())!, 'utf8')) as PersonalDataExport;
  expect(data).toMatchObject({
    format: 'passerelle-personal-data',
    version: 1,
    person: { code: fatima!.code, firstName: 'فاطمة', lastName: 'الزهراء', residenceStatus: 'asylum_seeker', languages: ['ar'] },
    household: { code: household.code, notes: 'Suivi par le service social depuis octobre', otherMemberCodes: [karim!.code] },
  });
  expect(data.stays.map((stay) => stay.unitCode)).toEqual(['LT-07']);
  expect(data.accessLog.filter((entry) => entry.action === 'export')).toHaveLength(2);
  expect(JSON.stringify(data)).not.toContain('Karim');
  expect(JSON.stringify(data)).not.toContain(worker.displayName);
});
