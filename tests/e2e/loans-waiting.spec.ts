import type { Locator, Page } from '@playwright/test';
import { test, expect, logIn, schoolInput, seedCoordinator, type SeedApi } from './fixtures';
import type { RunningServer } from './server';
import { schoolLoanInput } from '../helpers/loan-input';

/**
 * Issue 17, loans: a request on a taken period. The clash shows while the dates are typed (before saving),
 * the request is recorded as waiting (it holds nothing), the blocking loan is cancelled, the waiting request is
 * offered on the home page and in the loans tab, and recording it makes it a request.
 */
const NOW = new Date('2026-12-02T10:00:00+01:00');
const PASSWORD = 'mot-de-passe-e2e';
const EXHIBITION = "Une brève histoire de l'immigration en Belgique";
test.use({ serverClockStart: NOW });

interface Seeded {
  coordinator: { username: string; password: string };
  api: SeedApi;
  blocking: number;
}

async function seed(server: RunningServer): Promise<Seeded> {
  const { coordinator, api } = await seedCoordinator(server, PASSWORD);
  const exhibition = (await api.exhibitions.list({})).find((item) => item.title === EXHIBITION)!; // 2 buffer days
  const droixhe = await api.schools.create(schoolInput('École communale de Droixhe'));
  await api.schools.create(schoolInput('Athénée de Jupille'));
  const blocking = await api.loans.create(schoolLoanInput(exhibition.id, droixhe.id, '2027-01-11', '2027-01-22'));
  await api.loans.approve({ id: blocking.id });
  return { coordinator, api, blocking: blocking.id };
}

async function pickOption(page: Page, dialog: Locator, label: string, option: string, search?: string): Promise<void> {
  const input = dialog.getByRole('combobox', { name: label, exact: true });
  await input.click();
  if (search) await input.fill(search);
  await page.getByRole('option', { name: option, exact: true }).click();
}

async function goTo(page: Page, title: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: title }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
}

test('a clash shows while typing; the request waits, is offered once the period frees up, and is recorded', async ({ page, server, consoleErrors }) => {
  const seeded = await seed(server);
  await page.clock.install({ time: NOW });
  await logIn(page, server, seeded.coordinator.username, seeded.coordinator.password);
  await goTo(page, 'Expositions');
  await expect(page.getByRole('button', { name: 'École communale de Droixhe', exact: true })).toBeVisible();

  await page.getByRole('button', { name: 'Nouvelle demande' }).click();
  const form = page.getByRole('dialog', { name: 'Nouvelle demande de prêt' });
  await pickOption(page, form, 'Exposition', EXHIBITION);
  await pickOption(page, form, 'École', 'Athénée de Jupille', 'Jupille');
  await form.getByLabel("Premier jour d'exposition").fill('2027-01-18');
  await form.getByLabel("Dernier jour d'exposition").fill('2027-01-29');

  // Before any save: the loan in the way, and the nearest free period of the same length.
  const alert = form.getByRole('alert');
  await expect(alert).toContainText("L'exposition n'est pas libre à ces dates");
  await expect(alert).toContainText('Elle est prêtée à École communale de Droixhe du lun. 11 janvier 2027 au ven. 22 janvier 2027 (livraison → reprise).');
  await expect(alert.getByRole('button', { name: /^Utiliser du/ }).first()).toBeVisible();
  expect((await seeded.api.loans.list({})).total).toBe(1);

  // Moving the dates past the buffer clears the clash as they are typed, moving them back shows it again.
  await form.getByLabel("Premier jour d'exposition").fill('2027-02-01');
  await form.getByLabel("Dernier jour d'exposition").fill('2027-02-12');
  await expect(form.getByRole('alert')).toHaveCount(0);
  await form.getByLabel("Premier jour d'exposition").fill('2027-01-18');
  await form.getByLabel("Dernier jour d'exposition").fill('2027-01-29');
  await expect(alert).toContainText('Elle est prêtée à École communale de Droixhe');

  await alert.getByRole('button', { name: 'Enregistrer comme demande en attente' }).click();
  await expect(form).toBeHidden();
  await expect(page.getByText(`Demande de Athénée de Jupille pour « ${EXHIBITION} » enregistrée en attente.`)).toBeVisible();
  const sheet = page.getByRole('dialog', { name: 'Prêt à Athénée de Jupille' });
  await expect(sheet.getByText('En attente', { exact: true })).toBeVisible();
  await expect(sheet.getByRole('note')).toContainText('elle ne bloque pas');
  await sheet.getByRole('button', { name: 'Fermer' }).click();
  await expect(sheet).toBeHidden();

  // Listed apart, with its count; its period is still taken.
  const waiting = page.getByRole('region', { name: /en attente d'une période libre/ });
  await expect(waiting).toContainText("1 demande en attente d'une période libre");
  await expect(waiting).toContainText('Leurs périodes sont encore prises');
  await expect(waiting.getByRole('button', { name: 'Enregistrer la demande' })).toHaveCount(0);

  // The blocking loan is cancelled.
  await page.getByRole('button', { name: 'École communale de Droixhe', exact: true }).click();
  const blocking = page.getByRole('dialog', { name: 'Prêt à École communale de Droixhe' });
  await blocking.getByRole('button', { name: 'Annuler le prêt' }).click();
  const reason = page.getByRole('dialog', { name: 'Annuler le prêt' });
  await reason.getByLabel('Motif').fill("L'école a reporté son projet.");
  await reason.getByRole('button', { name: 'Annuler le prêt' }).click();
  await expect(reason).toBeHidden();
  await expect(blocking.getByText('Annulé', { exact: true })).toBeVisible();
  await blocking.getByRole('button', { name: 'Fermer' }).click();

  // Offered on the home page…
  await goTo(page, 'Accueil');
  const freed = page.getByRole('region', { name: 'Demandes en attente : période libérée' });
  await expect(freed.getByRole('link')).toContainText('La période demandée par « Athénée de Jupille » est libre : enregistrer la demande.');

  // …and in the loans tab, where it is recorded as a request.
  await goTo(page, 'Expositions');
  await expect(waiting).toContainText('La période demandée par « Athénée de Jupille » est libre : enregistrer la demande.');
  await waiting.getByRole('button', { name: 'Enregistrer la demande' }).click();
  await expect(page.getByText(`Demande de Athénée de Jupille pour « ${EXHIBITION} » enregistrée.`)).toBeVisible();
  await expect(waiting).toBeHidden();
  const rows = (await seeded.api.loans.list({})).rows;
  expect(rows.find((loan) => loan.borrowerName === 'Athénée de Jupille')).toMatchObject({ status: 'requested', deliveryDate: '2027-01-18', pickupDate: '2027-01-29' });
  expect(consoleErrors).toEqual([]);
});
