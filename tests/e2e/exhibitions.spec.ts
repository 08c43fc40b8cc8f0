import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { test, expect, logIn, schoolInput, seedCoordinator, type SeedApi } from './fixtures';
import type { RunningServer } from './server';

/**
 * Exhibition loans in browser mode, as a coordinator takes them: a request that clashes, a free period
 * proposed, approval, delivery and return with their condition checks, the damaged panel in the catalogue,
 * and the two PDFs. The page's clock is set in January 2027 (school year 2026–2027). A delivery or a return
 * is recorded on the day it happens, never ahead: the request is made on 20 January, the checks on the day
 * the loan comes back (5 February), each test with the page's and the server's clocks on its day.
 */
const NOW = new Date('2027-01-20T09:00:00+01:00');
/** The Chiroux loan's pick-up day, Friday 5 February 2027, in the afternoon. */
const RETURN_DAY = new Date('2027-02-05T14:00:00+01:00');
const PASSWORD = 'mot-de-passe-e2e';
const EXHIBITION = "Une brève histoire de l'immigration en Belgique";

// The server's day matters (free periods are proposed from today on): it starts at the page's clock.
test.use({ serverClockStart: NOW });

interface Seeded {
  coordinator: { username: string; password: string };
  api: SeedApi;
  exhibitionId: number;
  schoolId: number;
}

/** A coordinator, a school, and through the coordinator's own session a loan of the seeded exhibition. */
async function seed(server: RunningServer): Promise<Seeded> {
  const { coordinator, api } = await seedCoordinator(server, PASSWORD);
  const exhibitions = await api.exhibitions.list({});
  const exhibitionId = exhibitions.find((exhibition) => exhibition.title === EXHIBITION)!.id;
  const { id: schoolId } = await api.schools.create(schoolInput('École communale de Droixhe'));
  return { coordinator, api, exhibitionId, schoolId };
}

/** The loan already booked: 11 to 22 January 2027 at the school, two buffer days on each side. */
async function seedLoan(seeded: Seeded): Promise<void> {
  await seeded.api.loans.create({
    exhibitionId: seeded.exhibitionId,
    schoolId: seeded.schoolId,
    venueName: '',
    address: 'Rue de la Meuse 12, 4020 Liège',
    contactName: 'Mme Lambert',
    contactEmail: '',
    contactPhone: '',
    deliveryDate: '2027-01-11',
    startDate: '2027-01-11',
    endDate: '2027-01-22',
    pickupDate: '2027-01-22',
    eventIds: [],
    notes: '',
  });
}

async function openExhibitions(page: Page, server: RunningServer, user: { username: string; password: string }, now = NOW): Promise<void> {
  await page.clock.install({ time: now });
  await logIn(page, server, user.username, user.password);
  await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Expositions' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Expositions' })).toBeVisible();
  await expect(page.getByRole('tab', { name: 'Prêts', selected: true })).toBeVisible();
}

async function pickOption(page: Page, dialog: Locator, label: string, option: string, search?: string): Promise<void> {
  const input = dialog.getByRole('combobox', { name: label, exact: true });
  await input.click();
  if (search) await input.fill(search);
  await page.getByRole('option', { name: option, exact: true }).click();
}

async function saved(page: Page, click: () => Promise<void>): Promise<{ name: string; text: string }> {
  const download = page.waitForEvent('download');
  await click();
  const file = await download;
  const path = (await file.path())!;
  expect(execFileSync('qpdf', ['--check', path], { encoding: 'utf8' })).toContain('No syntax or stream encoding errors');
  expect(readFileSync(path).subarray(0, 5).toString()).toBe('%PDF-');
  return { name: file.suggestedFilename(), text: execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' }) };
}

test('a request that clashes moves to a proposed free period and is approved; its delivery waits for its day', async ({ page, server, consoleErrors }) => {
  const seeded = await seed(server);
  await seedLoan(seeded);
  await openExhibitions(page, server, seeded.coordinator);
  await expect(page.getByRole('button', { name: 'École communale de Droixhe', exact: true })).toBeVisible();

  // The request: 18 to 29 January, at another venue. Delivery and pick-up follow the days on show.
  await page.getByRole('button', { name: 'Nouvelle demande' }).click();
  const form = page.getByRole('dialog', { name: 'Nouvelle demande de prêt' });
  await pickOption(page, form, 'Exposition', EXHIBITION);
  await expect(form.getByText('Règles de cette exposition : prêt de 5 à 28 jours, 2 jours libres entre deux prêts.')).toBeVisible();
  await form.getByLabel("Premier jour d'exposition").fill('2027-01-18');
  await form.getByLabel("Dernier jour d'exposition").fill('2027-01-29');
  await expect(form.getByLabel('Livraison')).toHaveValue('2027-01-18');
  await expect(form.getByLabel('Reprise')).toHaveValue('2027-01-29');
  await expect(form.getByText("12 jours d'exposition ; l'exposition est chez l'emprunteur du lun. 18 janvier 2027 au ven. 29 janvier 2027.")).toBeVisible();
  await form.getByText('Un autre lieu').click();
  await form.getByLabel('Nom du lieu').fill('Bibliothèque des Chiroux');
  await form.getByLabel('Adresse').fill('Place des Carmes 8, 4000 Liège');
  await form.getByLabel('Personne de contact').fill('M. Dumont');
  await form.getByRole('button', { name: 'Enregistrer la demande' }).click();

  // Refused: the alert names the loan in the way and proposes free periods of the same length.
  const alert = form.getByRole('alert');
  await expect(alert).toContainText("L'exposition n'est pas libre à ces dates");
  await expect(alert).toContainText(
    'Elle est prêtée à École communale de Droixhe du lun. 11 janvier 2027 au ven. 22 janvier 2027 (livraison → reprise).',
  );
  // Nothing is proposed in the past (today is 20 January): the one free period is after the loan.
  await expect(alert.getByRole('button', { name: /^Utiliser du/ })).toHaveCount(1);
  await alert.getByRole('button', { name: 'Utiliser du lun. 25 janvier 2027 au ven. 5 février 2027' }).click();
  await expect(form.getByLabel("Premier jour d'exposition")).toHaveValue('2027-01-25');
  await expect(form.getByLabel("Dernier jour d'exposition")).toHaveValue('2027-02-05');
  await expect(form.getByLabel('Livraison')).toHaveValue('2027-01-25');
  await expect(form.getByLabel('Reprise')).toHaveValue('2027-02-05');
  await expect(form.getByRole('alert')).toHaveCount(0);
  await form.getByRole('button', { name: 'Enregistrer la demande' }).click();
  await expect(form).toBeHidden();
  await expect(page.getByText(`Demande de Bibliothèque des Chiroux pour « ${EXHIBITION} » enregistrée.`)).toBeVisible();

  // The new loan's sheet opens: approve it.
  const sheet = page.getByRole('dialog', { name: 'Prêt à Bibliothèque des Chiroux' });
  await expect(sheet.getByText('Demande', { exact: true })).toBeVisible();
  await expect(sheet.getByText('du lun. 25 janvier 2027 au ven. 5 février 2027 (12 jours d\'exposition)')).toBeVisible();
  await sheet.getByRole('button', { name: 'Approuver' }).click();
  // Approving is asked once more: it commits the exhibition and is signed.
  const confirm = page.getByRole('dialog', { name: 'Approuver le prêt à Bibliothèque des Chiroux ?' });
  await confirm.getByRole('button', { name: 'Approuver' }).click();
  await expect(confirm).toBeHidden();
  await expect(page.getByText('Prêt à Bibliothèque des Chiroux approuvé.')).toBeVisible();
  await expect(sheet.getByText('Approuvé', { exact: true })).toBeVisible();

  // Delivery: today (20 January) is too early. The loan before, at Droixhe, holds the exhibition until the
  // 22nd and two buffer days follow: the form proposes no day and says from when the delivery may be noted.
  await sheet.getByRole('button', { name: 'Livrer' }).click();
  const delivery = page.getByRole('dialog', { name: 'Livraison à Bibliothèque des Chiroux' });
  await expect(delivery.getByLabel('Date de livraison')).toHaveValue('');
  await expect(delivery.getByRole('note').filter({ hasText: 'Livraison possible du' })).toContainText(
    'Le prêt précédent (« École communale de Droixhe ») rend l\'exposition le ven. 22 janvier 2027',
  );
  await expect(delivery.getByRole('note')).toContainText('Pas encore : la livraison pourra être notée à partir du lun. 25 janvier 2027');
  // The first possible day has not come: refused, naming today, and nothing is recorded.
  await delivery.getByLabel('Date de livraison').fill('2027-01-25');
  await expect(delivery.getByText("Ce jour n'est pas encore arrivé : au plus tard aujourd'hui, le 20 janv. 2027.")).toBeVisible();
  await delivery.getByRole('button', { name: 'Enregistrer la livraison' }).click();
  await expect(delivery).toBeVisible();
  await delivery.getByRole('button', { name: 'Annuler' }).click();
  await expect(delivery).toBeHidden();
  await expect(sheet.getByText('Approuvé', { exact: true })).toBeVisible();

  const loans = await seeded.api.loans.list({});
  expect(loans.rows.map(({ borrowerName, status, deliveryDate }) => ({ borrowerName, status, deliveryDate })).sort((a, b) => a.deliveryDate.localeCompare(b.deliveryDate))).toEqual([
    { borrowerName: 'École communale de Droixhe', status: 'requested', deliveryDate: '2027-01-11' },
    { borrowerName: 'Bibliothèque des Chiroux', status: 'approved', deliveryDate: '2027-01-25' },
  ]);
  expect(await seeded.api.loans.get({ id: loans.rows.find((row) => row.borrowerName === 'Bibliothèque des Chiroux')!.id })).toMatchObject({ checks: [] });
  expect(consoleErrors).toEqual([]);
});

test.describe('on the day the loan comes back', () => {
  test.use({ serverClockStart: RETURN_DAY });

  test('the delivery is noted on the day it happened, and the loan comes back with a damaged panel', async ({ page, server, consoleErrors }) => {
    const seeded = await seed(server);
    await seedLoan(seeded);
    // The Chiroux loan of the first test, approved: 25 January to 5 February 2027.
    const chiroux = await seeded.api.loans.create({
      exhibitionId: seeded.exhibitionId,
      schoolId: null,
      venueName: 'Bibliothèque des Chiroux',
      address: 'Place des Carmes 8, 4000 Liège',
      contactName: 'M. Dumont',
      contactEmail: '',
      contactPhone: '',
      deliveryDate: '2027-01-25',
      startDate: '2027-01-25',
      endDate: '2027-02-05',
      pickupDate: '2027-02-05',
      eventIds: [],
      notes: '',
    });
    await seeded.api.loans.approve({ id: chiroux.id });
    await openExhibitions(page, server, seeded.coordinator, RETURN_DAY);
    await page.evaluate((id) => {
      window.location.hash = `#/exhibitions?tab=loans&loan=${id}`;
    }, chiroux.id);
    const sheet = page.getByRole('dialog', { name: 'Prêt à Bibliothèque des Chiroux' });
    await expect(sheet.getByText('Approuvé', { exact: true })).toBeVisible();

    // Delivery: every item is checked, all in good condition by default. Today (5 February) is a possible day,
    // so the form proposes it; the delivery happened on 25 January, the first day after the Droixhe loan and
    // its two buffer days, and is noted now with that day.
    await sheet.getByRole('button', { name: 'Livrer' }).click();
    const delivery = page.getByRole('dialog', { name: 'Livraison à Bibliothèque des Chiroux' });
    await expect(delivery.getByLabel('Date de livraison')).toHaveValue('2027-02-05');
    await delivery.getByLabel('Date de livraison').fill('2027-01-25');
    await expect(delivery.getByRole('note').filter({ hasText: 'Livraison possible du' })).toContainText(
      'Le prêt précédent (« École communale de Droixhe ») rend l\'exposition le ven. 22 janvier 2027',
    );
    await expect(delivery.getByRole('radiogroup')).toHaveCount(15);
    await expect(delivery.getByText('Bon : 15 · endommagé : 0 · manquant : 0')).toBeVisible();
    await delivery.getByRole('button', { name: 'Enregistrer la livraison' }).click();
    await expect(delivery).toBeHidden();
    await expect(page.getByText('Livraison enregistrée : l\'exposition est chez Bibliothèque des Chiroux.')).toBeVisible();
    await expect(sheet.getByText('Livré le lun. 25 janvier 2027')).toBeVisible();

    // Return: panel 3 comes back damaged, chosen with the keyboard; a damaged item needs a note.
    await sheet.getByRole('button', { name: 'Réceptionner le retour' }).click();
    const back = page.getByRole('dialog', { name: 'Retour de Bibliothèque des Chiroux' });
    await back.getByLabel('Date du retour').fill('2027-02-05');
    const panel3 = back.getByRole('radiogroup', { name: 'État de n° 3 — Panneau 3' });
    await panel3.getByRole('radio', { name: 'Bon' }).focus();
    await page.keyboard.press('ArrowRight');
    await expect(panel3.getByRole('radio', { name: 'Endommagé' })).toBeChecked();
    await expect(back.getByText('1 élément diffère de la livraison')).toBeVisible();
    await expect(back.getByText('n° 3 — Panneau 3 : Bon → Endommagé')).toBeVisible();
    await back.getByRole('button', { name: 'Enregistrer le retour' }).click();
    await expect(back.getByText('Décrivez ce qui ne va pas.', { exact: true })).toBeVisible();
    await expect(back.getByRole('alert')).toContainText("1 élément endommagé ou manquant n'a pas de note");
    await expect(back).toBeVisible();
    await back.getByLabel('Note pour n° 3 — Panneau 3').fill('Coin arraché');
    await back.getByRole('button', { name: 'Enregistrer le retour' }).click();
    await expect(back).toBeHidden();
    await expect(page.getByText('1 élément est signalé endommagé ou manquant : il apparaît dans le catalogue jusqu\'à sa résolution.')).toBeVisible();

    // The sheet shows what changed, and prints the agreement.
    await expect(sheet.getByText('Rendu', { exact: true })).toBeVisible();
    await expect(sheet.getByText('1 élément est revenu dans un autre état')).toBeVisible();
    await expect(sheet.getByText('Bon à la livraison, Endommagé au retour')).toBeVisible();
    const agreement = await saved(page, () => sheet.getByRole('button', { name: 'Convention de prêt (PDF)' }).click());
    expect(agreement.name).toBe('convention-pret-bibliotheque-des-chiroux-2027-01-25.pdf');
    expect(agreement.text).toContain('Bibliothèque des Chiroux');
    expect(agreement.text).toContain(EXHIBITION);
    await sheet.getByRole('button', { name: 'Fermer' }).click();
    await expect(sheet).toBeHidden();

    // The catalogue flags the damaged panel until it is resolved.
    await page.getByRole('tab', { name: 'Catalogue' }).click();
    const card = page.getByRole('article', { name: EXHIBITION });
    await expect(card.getByText('1 élément signalé')).toBeVisible();
    await card.getByRole('button', { name: `Voir la fiche — ${EXHIBITION}` }).click();
    const exhibitionSheet = page.getByRole('dialog', { name: EXHIBITION });
    const row = exhibitionSheet.getByRole('row', { name: /Panneau 3/ });
    await expect(row.getByText('Endommagé')).toBeVisible();
    await expect(row.getByText('« Coin arraché » — constaté le ven. 5 février 2027')).toBeVisible();

    // The loan schedule of the current school year.
    await exhibitionSheet.getByRole('button', { name: 'Calendrier des prêts (PDF)' }).click();
    const scheduleDialog = page.getByRole('dialog', { name: 'Calendrier des prêts' });
    await expect(scheduleDialog.getByRole('combobox', { name: 'Année scolaire' })).toHaveValue('2026–2027');
    const schedule = await saved(page, () => scheduleDialog.getByRole('button', { name: 'Télécharger le PDF' }).click());
    expect(schedule.name).toMatch(/^calendrier-prets-.*2026-2027\.pdf$/);
    expect(schedule.text).toContain('Bibliothèque des Chiroux');
    expect(schedule.text).toContain('École communale de Droixhe');

    // Repaired: marked as resolved, the flag goes.
    await expect(exhibitionSheet).toBeVisible();
    await exhibitionSheet.getByRole('button', { name: 'Marquer comme résolu : n° 3 — Panneau 3' }).click();
    const resolve = page.getByRole('dialog', { name: 'Marquer comme résolu' });
    await resolve.getByLabel('Ce qui a été fait').fill('Recollé par le service technique');
    await resolve.getByRole('button', { name: 'Marquer comme résolu' }).click();
    await expect(page.getByText("L'élément n° 3 — Panneau 3 n'est plus signalé.")).toBeVisible();
    await expect(exhibitionSheet.getByRole('row', { name: /Panneau 3/ }).getByText('Rien à signaler')).toBeVisible();

    const loans = await seeded.api.loans.list({});
    expect(loans.rows.map(({ borrowerName, status, deliveryDate }) => ({ borrowerName, status, deliveryDate })).sort((a, b) => a.deliveryDate.localeCompare(b.deliveryDate))).toEqual([
      { borrowerName: 'École communale de Droixhe', status: 'requested', deliveryDate: '2027-01-11' },
      { borrowerName: 'Bibliothèque des Chiroux', status: 'returned', deliveryDate: '2027-01-25' },
    ]);
    expect(consoleErrors).toEqual([]);
  });
});

test('a pick-up before the delivery is named at once, and nothing is saved', async ({ page, server, consoleErrors }) => {
  const seeded = await seed(server);
  await openExhibitions(page, server, seeded.coordinator);
  await expect(page.getByText('Aucun prêt pour l\'instant')).toBeVisible();

  await page.getByRole('button', { name: 'Nouvelle demande' }).click();
  const form = page.getByRole('dialog', { name: 'Nouvelle demande de prêt' });
  await pickOption(page, form, 'Exposition', EXHIBITION);
  await form.getByLabel("Premier jour d'exposition").fill('2027-03-01');
  await form.getByLabel("Dernier jour d'exposition").fill('2027-03-12');
  await form.getByLabel('Reprise').fill('2027-02-20');
  // Said under the field as soon as it is typed…
  await expect(form.getByText('Cette date vient avant la livraison.')).toBeVisible();
  await expect(form.getByLabel('Reprise')).toHaveAttribute('aria-invalid', 'true');

  // The school's address comes from the directory.
  await pickOption(page, form, 'École', 'École communale de Droixhe', 'Droixhe');
  await expect(form.getByLabel('Adresse')).toHaveValue('Rue de la Meuse 12, 4020 Liège');

  // …and, on saving, named in a summary above the buttons; the request is not sent.
  await form.getByRole('button', { name: 'Enregistrer la demande' }).click();
  await expect(form.getByRole('alert')).toContainText('Reprise : cette date vient avant la livraison.');
  await expect(form).toBeVisible();
  expect(await seeded.api.loans.list({})).toMatchObject({ rows: [], total: 0 });

  // Fixed, it saves.
  await form.getByLabel('Reprise').fill('2027-03-12');
  await expect(form.getByRole('alert')).toHaveCount(0);
  await form.getByRole('button', { name: 'Enregistrer la demande' }).click();
  await expect(form).toBeHidden();
  const list = await seeded.api.loans.list({});
  expect(list).toMatchObject({ total: 1, rows: [{ borrowerName: 'École communale de Droixhe', pickupDate: '2027-03-12' }] });

  // Its sheet opens after saving, and again from a link of the home screen or the calendar.
  const sheet = page.getByRole('dialog', { name: 'Prêt à École communale de Droixhe' });
  await expect(sheet).toBeVisible();
  await sheet.getByRole('button', { name: 'Fermer' }).click();
  await expect(sheet).toBeHidden();
  await page.evaluate((id) => {
    window.location.hash = `#/exhibitions?tab=loans&loan=${id}`;
  }, list.rows[0]!.id);
  await expect(sheet).toBeVisible();
  await expect(sheet.getByText('Rue de la Meuse 12, 4020 Liège')).toBeVisible();
  expect(consoleErrors).toEqual([]);
});
