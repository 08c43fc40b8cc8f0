import { readFileSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect, setUpAdmin, createUser, logIn, apiSession, type NewUser } from './fixtures';

/**
 * Issue 20, the information notice (GDPR art. 13–14), as the housing worker meets it on a household's sheet:
 * « pas encore remise » in the warning colour; the notice printed blank in Arabic (a PDF that reads back in
 * Arabic); the handover recorded for a day — a day still ahead refused under the date, then today's — and the
 * sheet, opened again, shows « remise le … (arabe) ». Page and server share one clock.
 */
const NOW = new Date('2027-03-10T09:00:00+01:00');
test.use({ serverClockStart: NOW });

const worker: NewUser = { username: 'l.martin', displayName: 'Léa Martin', password: 'mot-de-passe-notice-rgpd', roles: ['housing'] };

test('a housing worker prints the notice in Arabic and records that the household was given it', async ({ page, server }) => {
  test.setTimeout(180_000);
  await setUpAdmin(server);
  await createUser(server, worker);
  const api = await apiSession(server, worker);
  const household = await api.housing.createHousehold({ size: 1, notes: '', people: [] });

  await page.clock.install({ time: NOW });
  await logIn(page, server, worker.username, worker.password);
  await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Logement' }).click();
  await page.getByRole('tab', { name: 'Ménages' }).click();
  await page.getByRole('button', { name: household.code, exact: true }).click();
  const sheet = page.getByRole('dialog').filter({ hasText: "Chaque consultation est enregistrée dans le journal d'accès" });
  const notice = sheet.getByRole('region', { name: "Notice d'information" });
  await expect(notice.getByTestId('notice-status')).toHaveText('pas encore remise');
  await page.screenshot({ path: '/tmp/pw-notice-not-given.png' });

  // Printed blank in Arabic: the file reads back in Arabic, and holds nothing of the household.
  await notice.getByRole('button', { name: 'Imprimer la notice' }).click();
  const downloading = page.waitForEvent('download');
  await page.getByRole('menuitem', { name: 'Arabe — العربية' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('notice-information-ar.pdf');
  const path = join(tmpdir(), `pw-notice-ar-${process.pid}.pdf`);
  writeFileSync(path, readFileSync((await download.path())!));
  const text = execFileSync('pdftotext', [path, '-'], { encoding: 'utf8' }).normalize('NFKC');
  expect(text).toContain('بياناتك');
  expect(text).toContain('contact@apd-gba.be');
  expect(text).not.toContain(household.code);

  // Recording the handover: a day still ahead is refused under the date; nothing is written.
  await notice.getByRole('button', { name: 'Enregistrer la remise' }).press('Enter');
  const form = notice.getByRole('form', { name: "Enregistrer la remise de la notice d'information" });
  await expect(form.getByLabel('Remise le')).toHaveValue('2027-03-10');
  await form.getByLabel('Remise le').fill('2027-03-12');
  // No language is chosen for the worker: sending without one says so under the field.
  await form.getByRole('button', { name: 'Enregistrer', exact: true }).press('Enter');
  await expect(form.getByText('Choisissez la langue dans laquelle la notice a été remise.')).toBeVisible();
  await form.getByRole('combobox', { name: 'Langue' }).click();
  await page.getByRole('option', { name: 'Arabe — العربية' }).click();
  await form.getByRole('button', { name: 'Enregistrer', exact: true }).press('Enter');
  await expect(form.getByText(/pas encore arrivé.*10 mars 2027/)).toBeVisible();
  await expect(form.getByLabel('Remise le')).toHaveAttribute('aria-invalid', 'true');
  expect(await api.housing.household({ id: household.id })).toMatchObject({ noticeGivenAt: null, noticeLanguage: null });

  // Today's date: recorded, and shown at once.
  await form.getByLabel('Remise le').fill('2027-03-10');
  await form.getByRole('button', { name: 'Enregistrer', exact: true }).press('Enter');
  await expect(form).toBeHidden();
  await expect(notice.getByTestId('notice-status')).toHaveText('remise le 10 mars 2027 (arabe)');
  await page.screenshot({ path: '/tmp/pw-notice-given.png' });
  expect(await api.housing.household({ id: household.id })).toMatchObject({ noticeGivenAt: '2027-03-10', noticeLanguage: 'ar' });

  // Opened again, the sheet reads it from the records.
  await page.keyboard.press('Escape');
  await expect(sheet).toBeHidden();
  await page.getByRole('button', { name: household.code, exact: true }).click();
  await expect(
    page.getByRole('dialog').getByRole('region', { name: "Notice d'information" }).getByTestId('notice-status'),
  ).toHaveText('remise le 10 mars 2027 (arabe)');
});

test('housing staff choose the notice languages and set the DPO contact it prints', async ({ page, server }) => {
  test.setTimeout(180_000);
  await setUpAdmin(server);
  await createUser(server, worker);
  const api = await apiSession(server, worker);

  await page.clock.install({ time: NOW });
  await logIn(page, server, worker.username, worker.password);
  await page.getByRole('navigation').getByRole('link', { name: 'Paramètres' }).click();
  await page.getByRole('tab', { name: 'Protection des données' }).click();
  const section = page.getByRole('region', { name: "Notice d'information" });
  // French, English and Arabic are always offered; Dutch is a choice. Translations are marked for review.
  await expect(section.getByRole('checkbox', { name: 'Arabe — العربية' })).toBeChecked();
  await expect(section.getByRole('checkbox', { name: 'Arabe — العربية' })).toBeDisabled();
  await expect(section.getByText('À faire relire')).toHaveCount(2);
  await expect(section.getByText("Pas encore renseigné : la notice indique l'adresse postale du CPAS.")).toBeVisible();
  await section.getByRole('checkbox', { name: 'Néerlandais — Nederlands' }).check();
  await section.getByRole('button', { name: 'Enregistrer les langues' }).click();
  await expect(page.getByText('Langues de la notice enregistrées.')).toBeVisible();
  expect(await api.informationNotice.languages({})).toEqual({ offered: ['fr', 'en', 'ar', 'nl'], extras: ['nl'] });

  await section.getByLabel('Délégué à la protection des données').fill('Délégué à la protection des données\ndpo@cpas-exemple.be');
  await section.getByRole('button', { name: 'Enregistrer le contact' }).click();
  await expect(page.getByText('Contact du délégué enregistré.')).toBeVisible();
  expect(await api.informationNotice.settings({})).toEqual({ dpoContact: 'Délégué à la protection des données\ndpo@cpas-exemple.be' });
  await page.screenshot({ path: '/tmp/pw-notice-settings.png', fullPage: true });

  // The print menu now offers Dutch.
  await section.getByRole('button', { name: 'Imprimer la notice' }).click();
  await expect(page.getByRole('menuitem')).toHaveText(['Français', 'Anglais — English', 'Arabe — العربية', 'Néerlandais — Nederlands']);
});
