import { test, expect, setUpAdmin, createUser, logIn, apiSession, type NewUser } from './fixtures';

/**
 * Issue 14, item 9 on the registration sheet. A contact at the CPAS dated after today is refused under its date,
 * today named, nothing saved. A reference address that becomes a temporary address no longer owes contacts: "À
 * faire" shows none, the sheet keeps the contacts met as history and offers no new one. The page's and the
 * server's clocks start on Monday 15 March 2027.
 */
const NOW = new Date('2027-03-15T09:00:00+01:00');
test.use({ serverClockStart: NOW });

const worker: NewUser = { username: 'k.dupont', displayName: 'Karim Dupont', password: 'mot-de-passe-contacts-cpas', roles: ['housing'] };

test('a contact ahead is refused, and a registration that stops being a reference address owes no contact but keeps its history', async ({ page, server }) => {
  test.setTimeout(180_000);
  await setUpAdmin(server);
  await createUser(server, worker);
  const api = await apiSession(server, worker);
  const household = await api.housing.createHousehold({ size: 1, notes: '', people: [{ firstName: '', lastName: '', residenceStatus: null, birthYear: 1979, contact: '', languages: [] }] });
  const person = household.people[0]!;
  const registration = await api.registrations.create({
    kind: 'reference_address_cpas',
    status: 'active',
    personId: person.id,
    unitId: null,
    requestDate: '2026-11-20',
    decisionDate: '2026-11-25',
    startDate: '2026-11-25',
    endDate: null,
    communeReference: '',
    notes: '',
    forwarding: null,
    move: null,
    policeCheckDate: null,
    absence: null,
  });
  await api.registrations.recordContact({ registrationId: registration.id, date: '2027-01-20' });

  await page.clock.install({ time: NOW });
  await logIn(page, server, worker.username, worker.password);
  await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Domiciliations' }).click();
  await page.getByRole('button', { name: `Ouvrir la domiciliation de ${person.code}` }).click();
  const sheet = page.getByRole('dialog').filter({ hasText: "Chaque consultation est enregistrée dans le journal d'accès" });
  const contacts = sheet.getByRole('region', { name: 'Contacts au CPAS' });
  await expect(contacts.getByText('20 avril 2027')).toBeVisible();

  // A contact on the 20th, which has not come: refused under the date, nothing saved.
  await contacts.getByLabel('Date du contact').fill('2027-03-20');
  await contacts.getByRole('button', { name: "Contact aujourd'hui" }).click();
  await expect(contacts.getByText("Ce jour n'est pas encore arrivé : au plus tard aujourd'hui, le 15 mars 2027.")).toBeVisible();
  await expect(contacts.getByLabel('Date du contact')).toHaveAttribute('aria-invalid', 'true');
  await expect(contacts.getByRole('listitem')).toHaveText(['20 janvier 2027']);
  expect((await api.registrations.list({ personId: person.id }))[0]).toMatchObject({ lastContactDate: '2027-01-20', nextContactDue: '2027-04-20' });

  // Today is possible.
  await contacts.getByLabel('Date du contact').fill('2027-03-15');
  await contacts.getByRole('button', { name: "Contact aujourd'hui" }).click();
  await expect(contacts.getByRole('listitem')).toHaveText(['15 mars 2027', '20 janvier 2027']);
  await expect(contacts.getByText('15 juin 2027')).toBeVisible();

  // The person now lives at a nonprofit's temporary address: the same registration changes kind.
  await sheet.getByRole('button', { name: 'Modifier' }).click();
  const form = page.getByRole('dialog', { name: `Modifier la domiciliation de ${person.code}` });
  await form.getByRole('combobox', { name: 'Type de domiciliation', exact: true }).click();
  await page.getByRole('option', { name: 'Adresse temporaire (ASBL)', exact: true }).click();
  await form.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(form).toBeHidden();

  // No contact is due any more; those met stay readable, and no new one can be recorded.
  await expect(contacts.getByText("Contacts notés quand cette domiciliation était une adresse de référence. Elle ne l'est plus : aucun contact n'est dû.")).toBeVisible();
  await expect(contacts.getByRole('listitem')).toHaveText(['15 mars 2027', '20 janvier 2027']);
  await expect(contacts.getByText('Prochain contact attendu')).toHaveCount(0);
  await expect(contacts.getByRole('button', { name: "Contact aujourd'hui" })).toHaveCount(0);
  await expect(sheet.getByRole('listitem').filter({ hasText: 'pour le 15 juin 2027' })).toHaveCount(0);
  await expect(sheet.getByRole('listitem').filter({ hasText: 'pour le 25 février 2027' }).getByText('fait le 20 janvier 2027')).toBeVisible();
  await page.screenshot({ path: '/tmp/pw-registration-kind-changed.png', fullPage: true });
  await page.keyboard.press('Escape');
  await expect(sheet).toBeHidden();

  await page.getByRole('tab', { name: /À faire/ }).click();
  await expect(page.getByRole('row').filter({ hasText: person.code }).filter({ hasText: 'Contact au CPAS' })).toHaveCount(0);
  const [summary] = await api.registrations.list({ personId: person.id });
  expect(summary).toMatchObject({ kind: 'temporary_address_nonprofit', nextContactDue: null });
  expect(summary!.openTasks.filter((task) => task.kind === 'cpas_contact')).toEqual([]);
});
