import type { Locator, Page } from '@playwright/test';
import type { RegistrationInput } from '../helpers/housing';
import { test, expect, setUpAdmin, createUser, logIn, apiSession, type NewUser } from './fixtures';

/**
 * Address registrations as a housing worker follows them: a reference address at the CPAS that started three
 * months ago, so its contact is overdue in "À faire"; a contact recorded moves the next due date three months
 * on; a registration ending before it starts is refused with the message under "Fin", nothing saved. The page's
 * and the server's clocks start on Monday 15 March 2027.
 */
const NOW = new Date('2027-03-15T09:00:00+01:00');
test.use({ serverClockStart: NOW });

const worker: NewUser = { username: 'l.martin', displayName: 'Léa Martin', password: 'mot-de-passe-domiciliations', roles: ['housing'] };

async function pickOption(page: Page, scope: Locator, label: string, option: string): Promise<void> {
  await scope.getByRole('combobox', { name: label, exact: true }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

const anonymousPerson = { firstName: '', lastName: '', residenceStatus: null, birthYear: 1985, contact: '', languages: [] };

test('a housing worker follows a reference address: overdue contact in "À faire", contact recorded, next due three months on; an end before the start is refused under the field', async ({
  page,
  server,
  consoleErrors,
}) => {
  test.setTimeout(180_000);
  await setUpAdmin(server);
  await createUser(server, worker);
  const api = await apiSession(server, worker);
  const household = await api.housing.createHousehold({ size: 1, notes: '', people: [anonymousPerson] });
  const personCode = household.people[0]!.code;

  await page.clock.install({ time: NOW });
  await logIn(page, server, worker.username, worker.password);
  await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Domiciliations' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Domiciliations' })).toBeVisible();
  await expect(page.getByText('Aucune domiciliation enregistrée')).toBeVisible();
  await expect(page.getByText('Passerelle en suit les échéances belges')).toBeVisible();
  await page.getByRole('tab', { name: 'À faire' }).click();
  await expect(page.getByText("Rien à faire pour l'instant")).toBeVisible();
  await page.getByRole('tab', { name: 'Toutes les domiciliations' }).click();

  // A reference address at the CPAS, requested on 1 December 2026, active from 14 December: its first contact
  // was due on 14 March 2027, yesterday. The household has one person, who is chosen with it.
  await page.getByRole('button', { name: 'Nouvelle domiciliation' }).click();
  const form = page.getByRole('dialog', { name: 'Nouvelle domiciliation' });
  await pickOption(page, form, 'Ménage', household.code);
  await expect(form.getByRole('combobox', { name: 'Personne', exact: true })).toHaveValue(`${personCode} · né·e en 1985`);
  await pickOption(page, form, 'Statut', 'Active');
  await form.getByLabel('Date de la demande', { exact: true }).fill('2026-12-01');
  await form.getByLabel('Début', { exact: true }).fill('2026-12-14');
  await form.getByLabel('Référence de la commune', { exact: true }).fill('AR-2026-118');
  await page.screenshot({ path: '/tmp/pw-registrations-form.png' });
  await form.getByRole('button', { name: 'Enregistrer la domiciliation' }).click();
  await expect(form).toBeHidden();

  // Its sheet opens: the access-log line, the overdue contact task.
  const sheet = page.getByRole('dialog').filter({ hasText: "Chaque consultation est enregistrée dans le journal d'accès" });
  await expect(sheet).toBeVisible();
  await expect(sheet.getByText(personCode, { exact: true })).toBeVisible();
  await expect(sheet.getByText('AR-2026-118')).toBeVisible();
  const contactTask = sheet.getByRole('listitem').filter({ hasText: 'Contact au CPAS' });
  await expect(contactTask.getByText('pour le 14 mars 2027')).toBeVisible();
  await expect(contactTask.getByText('en retard de 1 jour')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(sheet).toBeHidden();

  // "À faire": the contact, overdue, with the person's code; it opens the registration.
  const tasksTab = page.getByRole('tab', { name: /À faire/ });
  await expect(tasksTab).toContainText('1');
  await tasksTab.click();
  await expect(page).toHaveURL(/tab=tasks/);
  const taskRow = page.getByRole('row').filter({ hasText: personCode });
  await expect(taskRow.getByText('en retard de 1 jour')).toBeVisible();
  await expect(taskRow.getByText('Adresse de référence au CPAS')).toBeVisible();
  await expect(taskRow.getByText('14 mars 2027')).toBeVisible();
  await page.screenshot({ path: '/tmp/pw-registrations-tasks.png', fullPage: true });
  await taskRow.getByRole('button', { name: `Ouvrir la domiciliation de ${personCode} : Contact au CPAS` }).click();
  await expect(sheet).toBeVisible();

  // The person came today: "Contact aujourd'hui" (today's date by default). Next due: 15 June 2027.
  const contacts = sheet.getByRole('region', { name: 'Contacts au CPAS' });
  await expect(contacts.getByLabel('Date du contact')).toHaveValue('2027-03-15');
  await contacts.getByRole('button', { name: "Contact aujourd'hui" }).press('Enter');
  await expect(contacts.getByText('15 juin 2027')).toBeVisible();
  await expect(contacts.getByRole('listitem')).toHaveText(['15 mars 2027']);
  await expect(sheet.getByRole('listitem').filter({ hasText: 'pour le 15 juin 2027' }).getByText('dans 92 jours')).toBeVisible();
  await expect(sheet.getByRole('listitem').filter({ hasText: 'pour le 14 mars 2027' }).getByText('fait le 15 mars 2027')).toBeVisible();
  await page.screenshot({ path: '/tmp/pw-registrations-sheet.png', fullPage: true });
  await page.keyboard.press('Escape');
  await expect(sheet).toBeHidden();
  await expect(page.getByText("Rien à faire pour l'instant")).toHaveCount(0);
  await expect(page.getByRole('row').filter({ hasText: personCode }).getByText('dans 92 jours')).toBeVisible();

  // The list: last contact today, next contact in June.
  await page.getByRole('tab', { name: 'Toutes les domiciliations' }).click();
  const row = page.getByRole('row').filter({ hasText: personCode });
  await expect(row.getByText('Adresse de référence au CPAS')).toBeVisible();
  await expect(row.getByText('Active')).toBeVisible();
  await expect(row.getByRole('cell').nth(4)).toHaveText('15 mars 2027');
  await expect(row.getByRole('cell').nth(5)).toHaveText('15 juin 2027');

  // An inscription provisoire ending before it starts: refused, the French message under "Fin", nothing saved.
  await page.getByRole('button', { name: 'Nouvelle domiciliation' }).click();
  await expect(form).toBeVisible();
  await pickOption(page, form, 'Ménage', household.code);
  await pickOption(page, form, 'Type de domiciliation', 'Inscription provisoire');
  await form.getByLabel('Date de la demande', { exact: true }).fill('2027-02-20');
  await form.getByLabel('Début', { exact: true }).fill('2027-03-01');
  await form.getByLabel('Fin', { exact: true }).fill('2027-02-01');
  await form.getByLabel('Fin', { exact: true }).press('Enter');
  const endField = form.getByLabel('Fin', { exact: true });
  await expect(endField).toHaveAttribute('aria-invalid', 'true');
  await expect(form.getByText('La fin doit venir après le début.')).toBeVisible();
  await page.screenshot({ path: '/tmp/pw-registrations-refused.png' });
  expect(await api.registrations.list({})).toHaveLength(1);
  await page.keyboard.press('Escape');
  // The form holds typing: closing it asks first (issue 17), and « Abandonner » lets it go.
  await page.getByRole('dialog', { name: 'Abandonner les modifications ?' }).getByRole('button', { name: 'Abandonner' }).click();
  await expect(form).toBeHidden();

  // Search by household code and filter by kind.
  await page.getByPlaceholder('Code de la personne ou du ménage').fill(household.code.slice(2));
  await expect(row).toBeVisible();
  await pickOption(page, page.locator('body'), 'Type', 'Inscription provisoire');
  await expect(page.getByText('Aucune domiciliation ne correspond')).toBeVisible();

  // In English, the same list and tasks.
  await page.getByRole('button', { name: 'Effacer les filtres' }).first().click();
  await page.getByText('EN', { exact: true }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Registrations' })).toBeVisible();
  await expect(row.getByText('Reference address at the CPAS')).toBeVisible();
  await page.getByRole('tab', { name: 'To do' }).click();
  await expect(page.getByRole('row').filter({ hasText: personCode }).getByText('in 92 days')).toBeVisible();
  expect(consoleErrors).toEqual([]);
});

function registrationInput(personId: number, changes: Partial<RegistrationInput>): RegistrationInput {
  return {
    kind: 'reference_address_cpas',
    status: 'active',
    personId,
    unitId: null,
    requestDate: '2026-12-01',
    decisionDate: '2026-12-14',
    startDate: '2026-12-14',
    endDate: null,
    communeReference: '',
    notes: '',
    forwarding: null,
    move: null,
    policeCheckDate: null,
    absence: null,
    ...changes,
  };
}

test('a housing worker removes a contact entered by mistake, records a forwarded request (a date before the reception refused under its field), ends a reference address and deletes a request', async ({
  page,
  server,
  consoleErrors,
}) => {
  test.setTimeout(180_000);
  await setUpAdmin(server);
  await createUser(server, worker);
  const api = await apiSession(server, worker);
  const household = await api.housing.createHousehold({ size: 2, notes: '', people: [anonymousPerson, anonymousPerson] });
  const [first, second] = [household.people[0]!, household.people[1]!];
  const reference = await api.registrations.create(registrationInput(first.id, {}));
  await api.registrations.recordContact({ registrationId: reference.id, date: '2027-01-20' });
  await api.registrations.recordContact({ registrationId: reference.id, date: '2027-03-01' });
  await api.registrations.create(registrationInput(second.id, { kind: 'inscription_provisoire', status: 'requested', requestDate: '2027-03-10', decisionDate: null, startDate: null }));

  await page.clock.install({ time: NOW });
  await logIn(page, server, worker.username, worker.password);
  await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Domiciliations' }).click();
  await expect(page.getByText('2 domiciliations')).toBeVisible();

  // Remove the contact of 1 March (entered by mistake): confirmed, the next due date goes back to 20 April.
  await page.getByRole('button', { name: `Ouvrir la domiciliation de ${first.code}` }).click();
  const sheet = page.getByRole('dialog').filter({ hasText: "Chaque consultation est enregistrée dans le journal d'accès" });
  const contacts = sheet.getByRole('region', { name: 'Contacts au CPAS' });
  await expect(contacts.getByRole('listitem')).toHaveText(['1er mars 2027', '20 janvier 2027']);
  await expect(contacts.getByText('1er juin 2027')).toBeVisible();
  await contacts.getByRole('button', { name: 'Retirer le contact du 1er mars 2027' }).click();
  const confirm = page.getByRole('dialog', { name: 'Retirer le contact du 1er mars 2027 ?' });
  await confirm.getByRole('button', { name: 'Retirer' }).click();
  await expect(confirm).toBeHidden();
  await expect(contacts.getByRole('listitem')).toHaveText(['20 janvier 2027']);
  await expect(contacts.getByText('20 avril 2027')).toBeVisible();

  // This CPAS was not competent: the request was received on 1 December and forwarded. A forwarding date before
  // the reception is refused under "Transmise le"; the right one saves, and the forwarding task is done.
  await sheet.getByRole('button', { name: 'Modifier' }).click();
  const form = page.getByRole('dialog', { name: `Modifier la domiciliation de ${first.code}` });
  // People are offered by code and birth year: nothing decrypted, nothing written to the access log.
  await expect(form.getByRole('combobox', { name: 'Personne', exact: true })).toHaveValue(`${first.code} · né·e en 1985`);
  await form.getByRole('combobox', { name: 'Personne', exact: true }).click();
  await expect(page.getByRole('option', { name: second.code })).toBeVisible();
  await page.getByRole('option', { name: first.code }).click();
  await expect(form.getByRole('combobox', { name: 'Personne', exact: true })).toHaveValue(`${first.code} · né·e en 1985`);
  await form.getByRole('switch', { name: "Ce CPAS n'est pas compétent : la demande est transmise" }).check();
  await form.getByRole('textbox', { name: 'Demande reçue le', exact: true }).fill('2026-12-01');
  await form.getByLabel('Transmise le', { exact: true }).fill('2026-11-25');
  await form.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(form.getByLabel('Transmise le', { exact: true })).toHaveAttribute('aria-invalid', 'true');
  await expect(form.getByText('Cette date vient avant la réception de la demande.')).toBeVisible();
  await form.getByLabel('Transmise le', { exact: true }).fill('2026-12-03');
  await form.getByLabel('Transmise le', { exact: true }).press('Enter');
  await expect(form).toBeHidden();
  await expect(sheet.getByText('reçue le 1er décembre 2026, transmise le 3 décembre 2026')).toBeVisible();
  await expect(sheet.getByRole('listitem').filter({ hasText: 'Transmettre la demande au CPAS compétent' }).getByText('fait le 3 décembre 2026')).toBeVisible();

  // "Mettre fin" today: the registration ends, the contact due after its end is no longer to do.
  await sheet.getByRole('button', { name: 'Mettre fin' }).click();
  const end = page.getByRole('dialog', { name: `Mettre fin à la domiciliation de ${first.code}` });
  await expect(end.getByRole('textbox', { name: 'Fin', exact: true })).toHaveValue('2027-03-15');
  await end.getByRole('button', { name: 'Mettre fin' }).click();
  await expect(end).toBeHidden();
  await expect(sheet.getByText('Terminée')).toBeVisible();
  await expect(sheet.getByText('pour le 20 avril 2027')).toHaveCount(0);
  await page.screenshot({ path: '/tmp/pw-registrations-ended.png', fullPage: true });
  await page.keyboard.press('Escape');
  await expect(sheet).toBeHidden();

  // The request recorded by mistake: deleted after confirmation.
  await page.getByRole('button', { name: `Ouvrir la domiciliation de ${second.code}` }).click();
  await expect(sheet.getByText('Demandée')).toBeVisible();
  await expect(sheet.getByRole('button', { name: 'Mettre fin' })).toHaveCount(0);
  await sheet.getByRole('button', { name: 'Supprimer' }).click();
  const remove = page.getByRole('dialog', { name: `Supprimer la domiciliation de ${second.code} ?` });
  await remove.getByRole('button', { name: 'Supprimer' }).click();
  await expect(remove).toBeHidden();
  await expect(sheet).toBeHidden();
  await expect(page.getByText('1 domiciliation', { exact: true })).toBeVisible();
  await pickOption(page, page.locator('body'), 'Statut', 'Terminée');
  await expect(page.getByRole('row').filter({ hasText: first.code })).toBeVisible();
  await page.screenshot({ path: '/tmp/pw-registrations-list.png', fullPage: true });
  expect(await api.registrations.list({})).toHaveLength(1);

  // A link to one registration (as from a task elsewhere) opens its sheet; closing it leaves a plain address.
  await page.goto(`${server.origin}/#/registrations?registration=${reference.id}`);
  await expect(sheet.getByText(first.code, { exact: true })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(sheet).toBeHidden();
  await expect(page).not.toHaveURL(/registration=/);
  expect(consoleErrors).toEqual([]);
});
