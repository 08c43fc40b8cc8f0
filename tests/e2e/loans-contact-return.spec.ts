import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { test, expect, logIn, schoolInput, seedCoordinator, type SeedApi } from './fixtures';
import type { RunningServer } from './server';
import { schoolLoanInput } from '../helpers/loan-input';

/**
 * Issue 17, loans: the loan's contact person is picked among the school's directory contacts (never retyped),
 * a new one is added to the school from the loan form itself, and a returned loan's return report is a PDF
 * that names the exhibition and the school.
 */
const NOW = new Date('2026-12-02T10:00:00+01:00');
const PASSWORD = 'mot-de-passe-e2e';
const EXHIBITION = "Une brève histoire de l'immigration en Belgique";
const SCHOOL = 'Athénée de Jupille';
const RETURNED_AT = 'École communale de Droixhe';
test.use({ serverClockStart: NOW });

interface Seeded {
  coordinator: { username: string; password: string };
  api: SeedApi;
}

async function seed(server: RunningServer): Promise<Seeded> {
  const { coordinator, api } = await seedCoordinator(server, PASSWORD);
  const exhibition = (await api.exhibitions.list({})).find((item) => item.title === EXHIBITION)!;
  const jupille = await api.schools.create(schoolInput(SCHOOL));
  const contact = { schoolId: jupille.id, userId: null, notes: '' };
  await api.contacts.create({ ...contact, kind: 'director', firstName: 'Anne', lastName: 'Lambert', email: 'anne.lambert@jupille.be', phone: '04 362 11 22' });
  await api.contacts.create({ ...contact, kind: 'teacher', firstName: 'Marc', lastName: 'Dethier', email: '', phone: '0478 12 34 56' });
  await api.schools.create(schoolInput('Athénée Saint-Laurent')); // no contact yet

  // A loan of November, delivered and back: its return report can be downloaded.
  const droixhe = await api.schools.create(schoolInput(RETURNED_AT));
  const loan = await api.loans.create(schoolLoanInput(exhibition.id, droixhe.id, '2026-11-09', '2026-11-20'));
  await api.loans.approve({ id: loan.id });
  const items = exhibition.items.map((item) => ({ itemId: item.id, condition: 'good' as const, note: '' }));
  await api.loans.checkOut({ id: loan.id, date: '2026-11-09', items, notes: '' });
  await api.loans.checkIn({ id: loan.id, date: '2026-11-20', items, notes: '' });
  return { coordinator, api };
}

async function pickOption(page: Page, dialog: Locator, label: string, option: string | RegExp, search?: string): Promise<void> {
  const input = dialog.getByRole('combobox', { name: label, exact: true });
  await input.click();
  if (search) await input.fill(search);
  await page.getByRole('option', { name: option }).click();
}

async function openExhibitions(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Expositions' }).click();
  await expect(page.getByRole('tab', { name: 'Prêts', selected: true })).toBeVisible();
}

/** A new request for the school, 1 to 12 February 2027 (free). */
async function newRequest(page: Page, school: string, search: string): Promise<Locator> {
  await page.getByRole('button', { name: 'Nouvelle demande' }).click();
  const form = page.getByRole('dialog', { name: 'Nouvelle demande de prêt' });
  await pickOption(page, form, 'Exposition', EXHIBITION);
  await form.getByLabel("Premier jour d'exposition").fill('2027-02-01');
  await form.getByLabel("Dernier jour d'exposition").fill('2027-02-12');
  await expect(form.getByText("Choisissez d'abord l'école : ses contacts seront proposés ici.")).toBeVisible();
  await pickOption(page, form, 'École', school, search);
  return form;
}

test("the loan's contact is picked among the school's contacts, or added to the school from the loan form", async ({ page, server, consoleErrors }) => {
  const seeded = await seed(server);
  await page.clock.install({ time: NOW });
  await logIn(page, server, seeded.coordinator.username, seeded.coordinator.password);
  await openExhibitions(page);

  // The school's contacts are offered with their role and phone; the chosen one's details are shown, not typed.
  const form = await newRequest(page, SCHOOL, 'Jupille');
  const picker = form.getByRole('combobox', { name: 'Personne de contact', exact: true });
  await picker.click();
  await expect(page.getByRole('option', { name: 'Marc Dethier — Enseignant·e · 0478 12 34 56' })).toBeVisible();
  await expect(page.getByRole('option', { name: 'Nouveau contact…' })).toBeVisible();
  await page.getByRole('option', { name: 'Anne Lambert — Direction · 04 362 11 22' }).click();
  await expect(form.getByLabel('E-mail du contact')).toHaveValue('anne.lambert@jupille.be');
  await expect(form.getByLabel('Téléphone du contact')).toHaveValue('04 362 11 22');
  await expect(form.getByLabel('Téléphone du contact')).toHaveAttribute('readonly', '');
  await form.getByRole('button', { name: 'Enregistrer la demande' }).click();
  await expect(form).toBeHidden();
  const sheet = page.getByRole('dialog', { name: `Prêt à ${SCHOOL}` });
  await expect(sheet).toContainText('Anne Lambert');
  await expect(sheet).toContainText('04 362 11 22');
  const saved = (await seeded.api.loans.list({})).rows.find((loan) => loan.borrowerName === SCHOOL)!;
  expect(await seeded.api.loans.get({ id: saved.id })).toMatchObject({ contactId: expect.any(Number), contactName: 'Anne Lambert', contactPhone: '04 362 11 22' });
  await sheet.getByRole('button', { name: 'Fermer' }).click();
  await expect(sheet).toBeHidden();

  // A school with no contact says so; the contact is added to the school from here and chosen at once.
  await page.getByRole('button', { name: 'Nouvelle demande' }).click();
  const second = page.getByRole('dialog', { name: 'Nouvelle demande de prêt' });
  await pickOption(page, second, 'Exposition', EXHIBITION);
  await second.getByLabel("Premier jour d'exposition").fill('2027-03-01');
  await second.getByLabel("Dernier jour d'exposition").fill('2027-03-12');
  await pickOption(page, second, 'École', 'Athénée Saint-Laurent', 'Laurent');
  await expect(second.getByText('Aucun contact pour cette école')).toBeVisible();
  await second.getByRole('button', { name: "Ajouter un contact à l'école" }).click();
  const inline = second.getByRole('group', { name: "Nouveau contact de l'école" });
  await expect(inline.getByLabel(/^Prénom/)).toBeFocused();
  await inline.getByRole('button', { name: "Ajouter à l'école" }).click();
  await expect(inline.getByLabel('Prénom')).toHaveAttribute('aria-invalid', 'true');
  await inline.getByLabel('Prénom').fill('Sophie');
  await inline.getByLabel(/^Nom/).fill('Renard');
  await inline.getByLabel('Téléphone', { exact: true }).fill('04 254 00 11');
  // Enter adds the contact; it does not save the loan around it.
  await inline.getByLabel('E-mail', { exact: true }).fill('s.renard@saint-laurent.be');
  await inline.getByLabel('E-mail', { exact: true }).press('Enter');
  await expect(page.getByText("Sophie Renard ajouté aux contacts de l'école.")).toBeVisible();
  await expect(inline).toBeHidden();
  await expect(second).toBeVisible();
  await expect(second.getByRole('combobox', { name: 'Personne de contact', exact: true })).toHaveValue('Sophie Renard — Direction · 04 254 00 11');
  await expect(second.getByLabel('Téléphone du contact')).toHaveValue('04 254 00 11');
  await second.getByRole('button', { name: 'Enregistrer la demande' }).click();
  await expect(second).toBeHidden();
  const laurent = page.getByRole('dialog', { name: 'Prêt à Athénée Saint-Laurent' });
  await expect(laurent).toContainText('Sophie Renard');
  await expect(laurent).toContainText('04 254 00 11');
  await laurent.getByRole('button', { name: 'Fermer' }).click();
  await expect(laurent).toBeHidden();

  // The new contact is in the directory, at its school.
  await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Écoles' }).click();
  await page.getByRole('tab', { name: 'Contacts' }).click();
  await expect(page.getByRole('row').filter({ hasText: 'Renard' })).toContainText('Athénée Saint-Laurent');
  const stored = (await seeded.api.contacts.list({ search: 'Renard' })).rows;
  expect(stored).toMatchObject([{ firstName: 'Sophie', lastName: 'Renard', schoolName: 'Athénée Saint-Laurent', phone: '04 254 00 11' }]);
  expect(consoleErrors).toEqual([]);
});

test('a loan recorded with a contact typed by hand keeps it when edited, until one of the school\'s contacts is picked', async ({ page, server, consoleErrors }) => {
  const seeded = await seed(server);
  const exhibition = (await seeded.api.exhibitions.list({})).find((item) => item.title === EXHIBITION)!;
  const jupille = (await seeded.api.schools.list({ search: 'Jupille' })).rows[0]!;
  const typed = { ...schoolLoanInput(exhibition.id, jupille.id, '2027-02-01', '2027-02-12'), contactName: 'M. Dumont', contactPhone: '04 111 22 33' };
  await seeded.api.loans.create(typed);
  await page.clock.install({ time: NOW });
  await logIn(page, server, seeded.coordinator.username, seeded.coordinator.password);
  await openExhibitions(page);
  await page.getByRole('button', { name: SCHOOL, exact: true }).click();
  const sheet = page.getByRole('dialog', { name: `Prêt à ${SCHOOL}` });
  await sheet.getByRole('button', { name: 'Modifier', exact: true }).click();
  const form = page.getByRole('dialog', { name: `Modifier le prêt à ${SCHOOL}` });
  await expect(form.getByRole('note').filter({ hasText: 'Contact enregistré avec ce prêt : M. Dumont' })).toContainText(
    "Vous pouvez choisir à la place un contact de l'école",
  );
  await expect(form.getByLabel('Téléphone du contact')).toHaveValue('04 111 22 33');
  await expect(form.getByLabel('Téléphone du contact')).toHaveAttribute('readonly', '');

  // Saved untouched, the typed contact stays; then a directory contact replaces it.
  await form.getByRole('button', { name: 'Enregistrer', exact: true }).click();
  await expect(form).toBeHidden();
  await expect(sheet).toContainText('M. Dumont');
  await sheet.getByRole('button', { name: 'Modifier', exact: true }).click();
  await pickOption(page, form, 'Personne de contact', 'Marc Dethier — Enseignant·e · 0478 12 34 56');
  await expect(form.getByRole('note')).toHaveCount(0);
  await form.getByRole('button', { name: 'Enregistrer', exact: true }).click();
  await expect(form).toBeHidden();
  await expect(sheet).toContainText('Marc Dethier');
  await expect(sheet).toContainText('0478 12 34 56');
  await expect(sheet).not.toContainText('M. Dumont');
  expect(consoleErrors).toEqual([]);
});

test("a returned loan's return report is a PDF naming the exhibition and the school", async ({ page, server, consoleErrors }) => {
  const seeded = await seed(server);
  await page.clock.install({ time: NOW });
  await logIn(page, server, seeded.coordinator.username, seeded.coordinator.password);
  await openExhibitions(page);
  await page.getByRole('button', { name: RETURNED_AT, exact: true }).click();
  const sheet = page.getByRole('dialog', { name: `Prêt à ${RETURNED_AT}` });
  const download = page.waitForEvent('download');
  await sheet.getByRole('button', { name: 'État au retour (PDF)' }).click();
  const file = await download;
  const path = (await file.path())!;
  expect(readFileSync(path).subarray(0, 5).toString()).toBe('%PDF-');
  expect(execFileSync('qpdf', ['--check', path], { encoding: 'utf8' })).toContain('No syntax or stream encoding errors');
  const text = execFileSync('pdftotext', [path, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  expect(text).toContain(EXHIBITION);
  expect(text).toContain(RETURNED_AT);
  expect(consoleErrors).toEqual([]);
});
