import { execFileSync } from 'node:child_process';
import type { Locator, Page } from '@playwright/test';
import { test, expect, logIn, seedActivity, seedCoordinator, type SeedApi } from './fixtures';

/**
 * Questionnaires from an activity's sheet: give one to a class before the activity, print its paper forms,
 * reach the entry page. The page's and the server's clocks start on Wednesday 2 December 2026.
 */
const NOW = new Date('2026-12-02T08:00:00+01:00');
const PASSWORD = 'mot-de-passe-e2e';
const TITLE = 'Atelier « Préjugés »';

test.use({ serverClockStart: NOW });

async function seedEvent(api: SeedApi): Promise<number> {
  const { eventId } = await seedActivity(api, {
    classes: [
      { name: '5e primaire A', pupilCount: 20 },
      { name: '5e primaire B', pupilCount: 18 },
    ],
    event: { title: TITLE, themes: ['migration'] },
  });
  return eventId;
}

async function openSheet(page: Page, server: Parameters<typeof logIn>[1], user: { username: string; password: string }): Promise<Locator> {
  await page.clock.install({ time: NOW });
  await logIn(page, server, user.username, user.password);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Calendrier' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Calendrier' })).toBeVisible();
  await page.getByText('Semaine', { exact: true }).click();
  await page.locator('.fc-timegrid-event', { hasText: TITLE }).click();
  const sheet = page.getByRole('dialog', { name: TITLE });
  await expect(sheet).toBeVisible();
  return sheet;
}

test('a coordinator gives a questionnaire before the activity, prints its forms and reaches the entry page', async ({ page, server, consoleErrors }) => {
  const { coordinator, api } = await seedCoordinator(server, PASSWORD);
  const eventId = await seedEvent(api);
  const sheet = await openSheet(page, server, coordinator);

  const section = sheet.getByRole('region', { name: 'Questionnaires' });
  await expect(section).toContainText("Aucun questionnaire pour cette activité. Commencez par une passation avant l'activité.");

  // Before the activity: the pupil template, the first class and the event's day are already chosen.
  await section.getByRole('button', { name: 'Passation avant' }).click();
  const before = section.getByRole('region', { name: "Nouvelle passation avant l'activité" });
  await expect(before.getByRole('combobox', { name: 'Questionnaire' })).toHaveValue('Regards sur la migration — élèves (version 1)');
  await expect(before.getByRole('combobox', { name: 'Classe' })).toHaveValue('5e primaire A');
  await expect(before.getByLabel('Date de passation')).toHaveValue('2026-12-03');
  await before.getByRole('button', { name: 'Créer la passation' }).click();
  await expect(page.getByText('Passation « Avant » créée pour 5e primaire A.')).toBeVisible();
  await expect(before).toBeHidden();
  const administration = section.getByRole('group', { name: /^Avant — 3 déc\. 2026 — 5e primaire A$/ });
  await expect(administration).toContainText('Formulaires saisis : 0');
  await expect(administration).toContainText('Regards sur la migration — élèves (version 1)');

  // After the activity for the other class, which has no 'before': refused, and the field is named.
  await section.getByRole('button', { name: 'Passation après' }).click();
  const after = section.getByRole('region', { name: "Nouvelle passation après l'activité" });
  await after.getByRole('combobox', { name: 'Classe' }).click();
  await page.getByRole('option', { name: '5e primaire B', exact: true }).click();
  await after.getByRole('button', { name: 'Créer la passation' }).click();
  await expect(after.getByRole('alert')).toContainText("Il faut d'abord une passation « avant » pour cette classe et cette activité.");
  await expect(page.getByText("Moment : il faut d'abord une passation « avant » pour cette classe et cette activité.")).toBeVisible();
  await after.getByRole('button', { name: 'Annuler' }).click();
  await expect(after).toBeHidden();

  // The paper forms: one per pupil of the class by default.
  await administration.getByRole('button', { name: 'Formulaires papier (PDF)' }).click();
  const paper = administration.getByRole('region', { name: 'Formulaires papier — 5e primaire A, Avant' });
  await expect(paper.getByLabel("Nombre d'exemplaires")).toHaveValue('20');
  await paper.getByLabel("Nombre d'exemplaires").fill('2');
  const downloading = page.waitForEvent('download');
  await paper.getByRole('button', { name: 'Télécharger le PDF' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/\.pdf$/);
  const text = execFileSync('pdftotext', ['-layout', (await download.path())!, '-'], { encoding: 'utf8' });
  expect(text).toContain('5e primaire A');
  expect(text).toContain('Ton code secret');

  const [created] = await api.questionnaires.administrations({ eventId });
  await expect(administration.getByRole('link', { name: 'Saisir les réponses' })).toHaveAttribute('href', `#/questionnaires?administration=${created!.id}`);

  // Deleting asks first, saying what goes with it.
  await administration.getByRole('button', { name: 'Supprimer' }).click();
  const confirm = page.getByRole('dialog', { name: 'Supprimer la passation ?' });
  await expect(confirm).toContainText("La passation « Avant » du 3 déc. 2026 pour 5e primaire A sera supprimée. Aucun formulaire n'a encore été saisi.");
  await confirm.getByRole('button', { name: 'Supprimer la passation' }).click();
  await expect(confirm).toBeHidden();
  await expect(section).toContainText('Aucun questionnaire pour cette activité.');
  expect(await api.questionnaires.administrations({ eventId })).toEqual([]);
  expect(consoleErrors).toEqual([]);
});
