import type { Page } from '@playwright/test';
import { test, expect, logIn, schoolInput, seedCoordinator, type SeedApi } from './fixtures';
import type { RunningServer } from './server';
import { schoolLoanInput } from '../helpers/loan-input';

/**
 * The delivery and return days of a loan (shared/domain/loans/handover-rules.ts), as the issue told them: on
 * Sunday 6 December 2026 the exhibition is still at Droixhe (its return was due on 20 November), is due at
 * Waha the next day, and a March loan at Saint-Laurent must not be delivered "today". Then the late return
 * delays Waha's loan, which the return form names before the user confirms. Every step is signed.
 */
const NOW = new Date('2026-12-06T10:00:00+01:00');
const PASSWORD = 'mot-de-passe-e2e';
const EXHIBITION = "Une brève histoire de l'immigration en Belgique";
test.use({ serverClockStart: NOW });

interface Seeded {
  coordinator: { username: string; password: string };
  api: SeedApi;
  loans: { droixhe: number; waha: number; march: number };
}

async function seed(server: RunningServer): Promise<Seeded> {
  const { coordinator, api } = await seedCoordinator(server, PASSWORD);
  const exhibition = (await api.exhibitions.list({})).find((item) => item.title === EXHIBITION)!; // 2 buffer days
  const approvedLoan = async (school: string, deliveryDate: string, pickupDate: string) => {
    const { id: schoolId } = await api.schools.create(schoolInput(school));
    const loan = await api.loans.create(schoolLoanInput(exhibition.id, schoolId, deliveryDate, pickupDate));
    await api.loans.approve({ id: loan.id });
    return loan.id;
  };
  const droixhe = await approvedLoan('École communale de Droixhe', '2026-11-09', '2026-11-20');
  await api.loans.checkOut({
    id: droixhe,
    date: '2026-11-09',
    items: exhibition.items.map((item) => ({ itemId: item.id, condition: 'good' as const, note: '' })),
    notes: '',
  });
  const waha = await approvedLoan('Athénée Léonie de Waha', '2026-12-07', '2026-12-18');
  const march = await approvedLoan('Athénée Saint-Laurent', '2027-03-01', '2027-03-12');
  return { coordinator, api, loans: { droixhe, waha, march } };
}

async function openLoan(page: Page, borrower: string) {
  await page.getByRole('button', { name: borrower, exact: true }).click();
  const sheet = page.getByRole('dialog', { name: `Prêt à ${borrower}` });
  await expect(sheet).toBeVisible();
  return sheet;
}

async function openLoans(page: Page, server: RunningServer, user: { username: string; password: string }, atHome?: () => Promise<void>): Promise<void> {
  await page.clock.install({ time: NOW });
  await logIn(page, server, user.username, user.password);
  if (atHome) await atHome();
  await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Expositions' }).click();
  await expect(page.getByRole('tab', { name: 'Prêts', selected: true })).toBeVisible();
}

test('a loan is not delivered while the exhibition is elsewhere, and a late return names the loan it delays', async ({ page, server, consoleErrors }) => {
  const seeded = await seed(server);
  await openLoans(page, server, seeded.coordinator, async () => {
    // The home screen lists Droixhe's overdue return, and Waha's delivery says it waits for it.
    const waha = page.getByRole('link').filter({ hasText: 'Athénée Léonie de Waha' });
    await expect(waha).toContainText('En attente du retour de chez École communale de Droixhe, en retard : pas de livraison avant.');
    await expect(page.getByRole('link').filter({ hasText: 'École communale de Droixhe' }).first()).toBeVisible();
  });

  // The March loan: the deliver form proposes no day and says where the exhibition is.
  let sheet = await openLoan(page, 'Athénée Saint-Laurent');
  await sheet.getByRole('button', { name: 'Livrer' }).click();
  let delivery = page.getByRole('dialog', { name: 'Livraison à Athénée Saint-Laurent' });
  await expect(delivery.getByLabel('Date de livraison')).toHaveValue('');
  await expect(delivery.getByRole('alert')).toHaveText(
    "Livraison impossible pour l'instant : l'exposition est encore chez « École communale de Droixhe » (retour prévu le ven. 20 novembre 2026). Réceptionnez d'abord son retour.",
  );
  // Today typed anyway: refused under the date, naming the loan in the way; nothing is recorded.
  await delivery.getByLabel('Date de livraison').fill('2026-12-06');
  await expect(delivery.getByText(
      "L'exposition est encore chez « École communale de Droixhe » (retour prévu le 20 nov. 2026) : la livraison sera possible quand son retour aura été réceptionné.",
    )).toBeVisible();
  await delivery.getByRole('button', { name: 'Enregistrer la livraison' }).click();
  await expect(delivery).toBeVisible();
  expect((await seeded.api.loans.get({ id: seeded.loans.march })).status).toBe('approved');
  await delivery.getByRole('button', { name: 'Annuler' }).click();
  await expect(delivery).toBeHidden();
  await sheet.getByRole('button', { name: 'Fermer' }).click();
  await expect(sheet).toBeHidden();

  // Droixhe's return, today: it runs into Waha's loan (delivery tomorrow, two buffer days), named before saving.
  sheet = await openLoan(page, 'École communale de Droixhe');
  await sheet.getByRole('button', { name: 'Réceptionner le retour' }).click();
  const back = page.getByRole('dialog', { name: 'Retour de École communale de Droixhe' });
  await expect(back.getByLabel('Date du retour')).toHaveValue('2026-12-06');
  const warning = back.getByRole('status').filter({ hasText: 'Ce retour retarde le prêt « Athénée Léonie de Waha »' });
  await expect(warning).toContainText('Sa livraison est prévue le lun. 7 décembre 2026 ; sans retard, le retour devait avoir lieu au plus tard le ven. 4 décembre 2026.');
  await back.getByRole('button', { name: 'Enregistrer le retour' }).click();
  await expect(back.getByText(
      "Un retour à cette date retarde le prêt « Athénée Léonie de Waha » (livraison prévue le 7 déc. 2026) ; sans retard, retour au plus tard le 4 déc. 2026. Confirmez le retard pour l'enregistrer.",
    )).toBeVisible();
  await expect(back).toBeVisible();
  expect((await seeded.api.loans.get({ id: seeded.loans.droixhe })).status).toBe('delivered');
  await warning.getByLabel('Je confirme ce retour tardif, qui retarde le prêt « Athénée Léonie de Waha »').check();
  await back.getByRole('button', { name: 'Enregistrer le retour' }).click();
  await expect(back).toBeHidden();
  await expect(sheet.getByText(/^Retour enregistré par Nadia Verlaine le /)).toBeVisible();
  await sheet.getByRole('button', { name: 'Fermer' }).click();

  // Waha's delivery now waits for the two buffer days after the return: not yet, from Wednesday.
  sheet = await openLoan(page, 'Athénée Léonie de Waha');
  await sheet.getByRole('button', { name: 'Livrer' }).click();
  delivery = page.getByRole('dialog', { name: 'Livraison à Athénée Léonie de Waha' });
  await expect(delivery.getByLabel('Date de livraison')).toHaveValue('');
  await expect(delivery.getByRole('note')).toContainText(
    "Le prêt précédent (« École communale de Droixhe ») rend l'exposition le dim. 6 décembre 2026 : avec les jours de battement, elle est libre à partir du mer. 9 décembre 2026.",
  );
  await expect(delivery.getByRole('note')).toContainText('Pas encore : la livraison pourra être notée à partir du mer. 9 décembre 2026, le jour où elle a lieu.');
  await delivery.getByLabel('Date de livraison').fill('2026-12-07');
  await expect(delivery.getByText(
      'Livraison possible à partir du 9 déc. 2026, après le retour du prêt « École communale de Droixhe » et les jours de battement.',
    )).toBeVisible();
  // Wednesday is possible for the loan, but it has not come: a delivery is recorded on the day it happens.
  await delivery.getByLabel('Date de livraison').fill('2026-12-09');
  await expect(delivery.getByText("Ce jour n'est pas encore arrivé : au plus tard aujourd'hui, le 6 déc. 2026.")).toBeVisible();
  await delivery.getByRole('button', { name: 'Enregistrer la livraison' }).click();
  await expect(delivery).toBeVisible();
  expect((await seeded.api.loans.get({ id: seeded.loans.waha })).status).toBe('approved');
  await delivery.getByRole('button', { name: 'Annuler' }).click();
  await expect(delivery).toBeHidden();
  await expect(sheet.getByText(/^Approuvé par Nadia Verlaine le /)).toBeVisible();
  expect(consoleErrors).toEqual([]);
});

test('approving asks to confirm, and the history signs and dates it', async ({ page, server, consoleErrors }) => {
  const seeded = await seed(server);
  const exhibition = (await seeded.api.exhibitions.list({})).find((item) => item.title === EXHIBITION)!;
  const { id: schoolId } = await seeded.api.schools.create(schoolInput('École de Sclessin'));
  await seeded.api.loans.create(schoolLoanInput(exhibition.id, schoolId, '2027-01-11', '2027-01-22'));
  await openLoans(page, server, seeded.coordinator);
  const sheet = await openLoan(page, 'École de Sclessin');
  await expect(sheet.getByText(/^Demandé par Nadia Verlaine le /)).toBeVisible();
  await sheet.getByRole('button', { name: 'Approuver' }).click();
  const confirm = page.getByRole('dialog', { name: 'Approuver le prêt à École de Sclessin ?' });
  await expect(confirm).toContainText('livraison le lun. 11 janvier 2027, reprise le ven. 22 janvier 2027');
  // Cancelled first: nothing changes.
  await confirm.getByRole('button', { name: 'Annuler' }).click();
  await expect(confirm).toBeHidden();
  await expect(sheet.getByText(/^Approuvé par/)).toHaveCount(0);
  await sheet.getByRole('button', { name: 'Approuver' }).click();
  await confirm.getByRole('button', { name: 'Approuver' }).click();
  await expect(confirm).toBeHidden();
  await expect(sheet.getByText(/^Approuvé par Nadia Verlaine le /)).toBeVisible();
  expect(consoleErrors).toEqual([]);
});
