import type { Page } from '@playwright/test';
import type { OutputOf } from '../../shared/api/contract';
import { test, expect, logIn, seedActivity, seedCoordinator, type SeedApi } from './fixtures';

/**
 * The questionnaire designer (issue 5, item 1), in the "Modèles" tab: a coordinator designs a pupil
 * questionnaire from scratch, and finds an answered one locked with a new version as the way to change it.
 */
const NOW = new Date('2026-12-02T08:00:00+01:00');
const PASSWORD = 'mot-de-passe-e2e';

test.use({ serverClockStart: NOW });

/** A questionnaire as `questionnaires.templates` lists it. */
type Template = OutputOf<'questionnaires', 'templates'>[number];

async function openTemplates(page: Page): Promise<void> {
  await page.getByRole('link', { name: 'Questionnaires' }).click();
  await page.getByRole('tab', { name: 'Modèles' }).click();
  await expect(page.getByRole('button', { name: 'Nouveau questionnaire' })).toBeVisible();
}

/** Picks an option of a Mantine select named by its label. */
async function choose(page: Page, label: string, option: string): Promise<void> {
  await page.getByRole('combobox', { name: label, exact: true }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

test('a coordinator designs a pupil questionnaire: a code of three parts, three questions with one reverse-keyed, saved and listed', async ({ page, server }) => {
  const { coordinator, api } = await seedCoordinator(server, PASSWORD);
  await page.clock.install({ time: NOW });
  await logIn(page, server, coordinator.username, coordinator.password);
  await openTemplates(page);

  // The seeded forms are listed with their audience, version, questions and answers.
  const rows = page.getByTestId('template-row');
  await expect(rows).toHaveCount(2);
  await expect(rows.first()).toContainText('Regards sur la migration — élèves');
  await expect(rows.first()).toContainText('Élèves');

  await page.getByRole('button', { name: 'Nouveau questionnaire' }).click();
  await expect(page).toHaveURL(/template=new/);
  // The name of the seeded questionnaire, on purpose: only the server knows it is taken.
  await page.getByLabel('Nom du questionnaire').fill('Regards sur la migration — élèves');

  // The code: the usual three parts to start with; the pupil's initial swapped for the month of birth, moved before the day.
  const preview = page.getByTestId('code-preview');
  await expect(preview).toHaveText('M A 0 7');
  await page.getByRole('button', { name: "Retirer « Initiale de l'élève »" }).click();
  await choose(page, 'Ajouter une partie', 'Mois de naissance (2 chiffres)');
  await expect(preview).toHaveText('M 0 7 0 3');
  await page.getByRole('button', { name: 'Avancer « Mois de naissance »' }).click();
  await expect(preview).toHaveText('M 0 3 0 7');
  await expect(page.getByTestId('code-instructions')).toContainText('Ton mois de naissance en chiffres (01 à 12)');
  await expect(page.getByText('5 cases sur le formulaire')).toBeVisible();

  // Question 1: an agreement item, its five labels already there.
  await page.getByLabel('Question 1 — Libellé en français').fill("Les gens de mon quartier viennent d'un peu partout.");
  await page.getByLabel('Question 1 — Libellé en anglais').fill('People in my neighbourhood come from all over.');
  await expect(page.getByLabel('Question 1 — Point 5 en français')).toHaveValue("Tout à fait d'accord");
  await choose(page, 'Question 1 — Dimension', 'Connaissances sur la migration');

  // Question 2: like the one above, reverse-keyed; its wording takes the focus when added.
  await page.getByRole('button', { name: 'Ajouter une question' }).click();
  await expect(page.getByLabel('Question 2 — Libellé en français')).toBeFocused();
  await page.keyboard.type("Les enfants venus d'ailleurs ne devraient pas jouer avec nous.");
  await page.getByRole('switch', { name: 'Question 2 — Formulation inversée' }).check();
  await choose(page, 'Question 2 — Dimension', 'Stéréotypes');

  // Question 3: a mark from 0 to 10 after the activity, left without wording: the save names it.
  await page.getByRole('button', { name: 'Ajouter une question' }).click();
  await choose(page, 'Question 3 — Type de réponse', 'Note de 0 à 10');
  await expect(page.getByLabel('Question 3 — 0 en français')).toHaveValue('Pas du tout');
  await choose(page, 'Question 3 — Moment', "Après l'activité");
  await choose(page, 'Question 3 — Dimension', 'Satisfaction');
  await page.getByRole('button', { name: 'Créer le questionnaire' }).first().click();
  await expect(page.getByRole('alert').filter({ hasText: 'Question 3 — libellé en français : ce champ est obligatoire.' })).toBeVisible();
  await expect(page).toHaveURL(/template=new/);
  await page.getByLabel('Question 3 — Libellé en français').fill('Quelle note donnes-tu à cet atelier ?');

  // A question can move with the keyboard: question 3 goes up, then back down.
  await page.getByRole('button', { name: 'Monter la question 3' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Question 2 — Libellé en français')).toHaveValue('Quelle note donnes-tu à cet atelier ?');
  await page.getByRole('button', { name: 'Descendre la question 2' }).click();
  await expect(page.getByLabel('Question 3 — Libellé en français')).toHaveValue('Quelle note donnes-tu à cet atelier ?');

  await page.screenshot({ path: '/tmp/questionnaire-template-editor.png', fullPage: true });
  // The server's refusal lands under the name and in the summary; nothing is created.
  await page.getByRole('button', { name: 'Créer le questionnaire' }).first().click();
  await expect(page.getByText('Déjà utilisé : il doit être unique.', { exact: true })).toBeVisible();
  await expect(page.getByRole('alert').filter({ hasText: "Corrigez ces informations avant d'enregistrer" })).toContainText('Nom : déjà utilisé : il doit être unique.');
  await expect(page).toHaveURL(/template=new/);
  await page.getByLabel('Nom du questionnaire').fill('Atelier « Mon quartier »');
  await page.getByRole('button', { name: 'Créer le questionnaire' }).first().click();
  await expect(page.getByText('Questionnaire « Atelier « Mon quartier » » créé.')).toBeVisible();
  await expect(page).toHaveURL(/template=\d+/);
  await expect(page.getByTestId('unsaved')).toHaveCount(0);

  await page.getByRole('button', { name: 'Retour aux questionnaires' }).click();
  const created = rows.filter({ hasText: 'Atelier « Mon quartier »' });
  await expect(created).toContainText('Élèves');
  await expect(created.locator('td').nth(3)).toHaveText('3');
  await page.getByLabel('Rechercher').fill('quartier');
  await expect(rows).toHaveCount(1);

  const saved = (await api.questionnaires.templates({})).find((template) => template.name === 'Atelier « Mon quartier »')!;
  expect(saved).toMatchObject({ audience: 'pupil', version: 1, codeRecipe: ['mother_first_letter', 'birth_month', 'birth_day'] });
  expect(saved.items.map((item) => [item.position, item.answerType, item.phase, item.reverseKeyed, item.dimension])).toEqual([
    [1, 'likert5', 'both', false, 'migration_knowledge'],
    [2, 'likert5', 'both', true, 'stereotypes'],
    [3, 'scale_0_10', 'after', false, 'satisfaction'],
  ]);
  expect(saved.items[0]).toMatchObject({ wordingEn: 'People in my neighbourhood come from all over.', anchorsFr: expect.arrayContaining(["Pas du tout d'accord"]) });
  expect(saved.items[2]!.anchorsFr).toEqual(['Pas du tout', 'Tout à fait']);

  // Archived after confirmation: gone from the list unless archived ones are shown.
  await page.getByRole('button', { name: 'Ouvrir « Atelier « Mon quartier » », version 1' }).click();
  await page.getByRole('button', { name: 'Archiver' }).click();
  const archive = page.getByRole('dialog', { name: 'Archiver « Atelier « Mon quartier » » ?' });
  await expect(archive).toContainText('Ses passations et ses réponses sont gardées');
  await archive.getByRole('button', { name: 'Archiver' }).click();
  await expect(page.getByText("Ce questionnaire est archivé : il n'est plus proposé pour de nouvelles passations.")).toBeVisible();
  // Back in the list, the search is still there; the archived questionnaire only shows on request.
  await page.getByRole('button', { name: 'Retour aux questionnaires' }).click();
  await expect(page.getByLabel('Rechercher')).toHaveValue('quartier');
  await expect(page.getByText('Aucun questionnaire ne correspond')).toBeVisible();
  await page.getByRole('switch', { name: 'Afficher les archivés' }).check();
  await expect(rows).toHaveCount(1);
  await expect(rows).toContainText('Archivé');
  expect((await api.questionnaires.templates({ includeArchived: true })).find((template) => template.id === saved.id)?.archived).toBe(true);
});

/** One pupil's 'before' form of the seeded questionnaire, entered through the API. */
async function answerSeededTemplate(api: SeedApi, template: Template): Promise<void> {
  const { administrationId } = await seedActivity(api, { templateId: template.id });
  const first = template.items.find((item) => item.phase !== 'after')!;
  await api.questionnaires.saveResponse({ administrationId, id: null, code: 'AB12', answers: [{ itemId: first.id, value: 4, text: '' }] });
}

test('an answered questionnaire is locked to its name and description; a new version opens free to change, and leaving unsaved asks first', async ({ page, server }) => {
  const { coordinator, api } = await seedCoordinator(server, PASSWORD);
  const seeded = (await api.questionnaires.templates({})).find((template) => template.audience === 'pupil')!;
  await answerSeededTemplate(api, seeded);

  await page.clock.install({ time: NOW });
  await logIn(page, server, coordinator.username, coordinator.password);
  await openTemplates(page);
  await expect(page.getByTestId('template-row').first().locator('td').nth(4)).toHaveText('1');
  await page.getByRole('button', { name: 'Ouvrir « Regards sur la migration — élèves », version 1' }).click();

  const banner = page.getByTestId('locked-banner');
  await expect(banner).toContainText(
    'Ce questionnaire a déjà 1 réponse : seuls le nom et la description peuvent changer. Pour modifier les questions, créez une nouvelle version.',
  );
  await expect(page.getByLabel('Question 1 — Libellé en français')).toBeDisabled();
  await expect(page.getByRole('switch', { name: 'Question 1 — Formulation inversée' })).toBeDisabled();
  await expect(page.getByRole('button', { name: 'Ajouter une question' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Monter la question 2' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: "Retirer « Initiale de l'élève »" })).toHaveCount(0);
  await expect(page.getByLabel('Nom du questionnaire')).toBeEnabled();
  await expect(page.getByLabel('Description')).toBeEnabled();
  await page.screenshot({ path: '/tmp/questionnaire-template-locked.png' });

  // A change of name is not saved yet: leaving through the menu asks, and staying keeps the change.
  await page.getByLabel('Nom du questionnaire').fill('Regards sur la migration (élèves)');
  await expect(page.getByTestId('unsaved')).toBeVisible();
  await page.getByRole('link', { name: 'Calendrier' }).click();
  const leave = page.getByRole('dialog', { name: 'Abandonner les modifications ?' });
  await expect(leave).toBeVisible();
  await leave.getByRole('button', { name: 'Continuer la saisie' }).click();
  await expect(page.getByLabel('Nom du questionnaire')).toHaveValue('Regards sur la migration (élèves)');
  await page.getByLabel('Nom du questionnaire').fill('Regards sur la migration — élèves');
  await expect(page.getByTestId('unsaved')).toHaveCount(0);

  // The way out: a new version, opened at once, with nothing locked.
  await banner.getByRole('button', { name: 'Créer une nouvelle version' }).click();
  const confirm = page.getByRole('dialog', { name: 'Créer la version 2 ?' });
  await expect(confirm).toContainText('La version actuelle sera archivée ; ses réponses sont gardées.');
  await confirm.getByRole('button', { name: 'Créer une nouvelle version' }).click();
  await expect(page.getByText('Version 2 créée : vous pouvez modifier ses questions.')).toBeVisible();
  await expect(page.getByText('Version 2', { exact: true })).toBeVisible();
  await expect(page.getByTestId('locked-banner')).toHaveCount(0);
  const wording = page.getByLabel('Question 1 — Libellé en français');
  await expect(wording).toBeEnabled();
  await wording.fill("Les personnes venues d'ailleurs prennent le travail des autres.");

  // Back with the change unsaved asks too; this time the change is saved first.
  await page.getByRole('button', { name: 'Retour aux questionnaires' }).click();
  await expect(page.getByRole('dialog', { name: 'Abandonner les modifications ?' })).toBeVisible();
  await page.getByRole('dialog', { name: 'Abandonner les modifications ?' }).getByRole('button', { name: 'Continuer la saisie' }).click();
  await page.getByRole('button', { name: 'Enregistrer' }).first().click();
  await expect(page.getByText('Questionnaire « Regards sur la migration — élèves » enregistré.')).toBeVisible();
  await page.getByRole('button', { name: 'Retour aux questionnaires' }).click();
  await expect(page.getByRole('dialog', { name: 'Abandonner les modifications ?' })).toHaveCount(0);

  // The list shows the new version; the answered one only among the archived.
  const rows = page.getByTestId('template-row');
  await expect(rows.filter({ hasText: 'Regards sur la migration' })).toHaveCount(1);
  await page.getByRole('switch', { name: 'Afficher les archivés' }).check();
  await expect(rows.filter({ hasText: 'Regards sur la migration' })).toHaveCount(2);
  await expect(rows.filter({ hasText: 'Archivé' })).toContainText('Regards sur la migration — élèves');
  await page.screenshot({ path: '/tmp/questionnaire-template-list.png' });

  const all = await api.questionnaires.templates({ includeArchived: true });
  const versions = all.filter((template) => template.name === seeded.name).sort((a, b) => a.version - b.version);
  expect(versions.map((template) => [template.version, template.archived, template.answerCount])).toEqual([
    [1, true, 1],
    [2, false, 0],
  ]);
  expect(versions[0]!.items[0]!.wordingFr).toBe(seeded.items[0]!.wordingFr);
  expect(versions[1]!.items[0]!.wordingFr).toBe("Les personnes venues d'ailleurs prennent le travail des autres.");
  expect(versions[1]!.items).toHaveLength(seeded.items.length);
});
