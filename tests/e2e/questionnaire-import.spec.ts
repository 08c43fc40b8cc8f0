import type { Page } from '@playwright/test';
import type { OutputOf } from '../../shared/api/contract';
import { test, expect, logIn, seedActivity, seedCoordinator, type SeedApi } from './fixtures';

/**
 * Import of answers collected online (issue 5, item 6): a coordinator uploads the CSV of a 'before' form,
 * gives a value to a label the server does not know, checks the preview and imports every form; a file with
 * a row in error cannot be imported and nothing is saved. The seeded pupil template asks 7 Likert 1–5 items
 * before the activity ("Pas du tout d'accord" = 1 … "Tout à fait d'accord" = 5); its code is LLDD.
 */
const NOW = new Date('2026-12-02T08:00:00+01:00');
const PASSWORD = 'mot-de-passe-e2e';

test.use({ serverClockStart: NOW });

type Response = OutputOf<'questionnaires', 'responses'>[number];

interface Seeded {
  api: SeedApi;
  coordinator: { username: string; password: string };
  administrationId: number;
  eventId: number;
  /** The ids of the 7 items asked before, in paper order. */
  items: number[];
}

/** A school, a class, an activity on 3 December and the 'before' administration of the seeded pupil form. */
async function seed(server: Parameters<typeof seedCoordinator>[0]): Promise<Seeded> {
  const { coordinator, api } = await seedCoordinator(server, PASSWORD);
  const templates = await api.questionnaires.templates({});
  const template = templates.find((candidate) => candidate.audience === 'pupil')!;
  const items = template.items
    .filter((item) => item.phase !== 'after')
    .sort((a, b) => a.position - b.position)
    .map((item) => item.id);
  const { administrationId, eventId } = await seedActivity(api, { templateId: template.id });
  return { api, coordinator, administrationId, eventId, items };
}

/** Logs in, opens the Questionnaires page, picks the activity and opens the import of its 'before' forms. */
async function openImport(page: Page, server: Parameters<typeof logIn>[1], coordinator: Seeded['coordinator']) {
  await page.clock.install({ time: NOW });
  await logIn(page, server, coordinator.username, coordinator.password);
  await page.getByRole('link', { name: 'Questionnaires' }).click();
  const chooser = page.getByRole('combobox', { name: /Activité de l'année scolaire 2026–2027/ });
  await expect(chooser).toBeEnabled();
  await chooser.click();
  await page.getByRole('option', { name: /Atelier « Préjugés »/ }).click();
  await expect(page.getByRole('button', { name: 'Encoder' })).toBeVisible();
  await page.screenshot({ path: 'test-results/questionnaire-import-entry-tab.png' });
  await page.getByRole('button', { name: /^Importer un fichier CSV — 5e primaire A, Avant/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Importer des réponses en ligne (CSV)' });
  await expect(dialog).toBeVisible();
  return dialog;
}

const AGREE = ["Pas du tout d'accord", "Plutôt pas d'accord", "Ni d'accord ni pas d'accord", "Plutôt d'accord", "Tout à fait d'accord"];
const HEADER = 'Horodateur;Ton code;Q1;Q2;Q3;Q4;Q5;Q6;Q7';
/** A row of the file: code, then the 7 answers as values 1–5 written as their French label ('' = empty cell). */
const row = (code: string, values: (number | string)[]) =>
  ['2026/12/03 09:10', code, ...values.map((value) => (typeof value === 'number' ? AGREE[value - 1] : value))].join(';');
const file = (name: string, lines: string[]) => ({ name, mimeType: 'text/csv', buffer: Buffer.from(`${lines.join('\r\n')}\r\n`, 'utf8') });

test('a CSV of online answers: one unknown label given its value, preview, import of every form', async ({ page, server, consoleErrors }) => {
  const { api, coordinator, administrationId, items } = await seed(server);
  const dialog = await openImport(page, server, coordinator);

  await dialog.locator('input[type="file"]').setInputFiles(
    file('reponses-avant.csv', [
      HEADER,
      row('MA07', [1, 2, 3, 4, 5, 1, 2]),
      row('LB12', [5, 4, 'Bof', 2, 1, 'Sans réponse', 3]),
      row('SC03', [2, 2, 'Bof', 2, '', 2, 2]),
    ]),
  );

  // Mapping: the code and the seven questions are recognised; "Bof" is the one label nobody knows.
  // The first preview reads and checks the file on the server: on a loaded machine it may take a while.
  await expect(dialog.getByRole('combobox', { name: "Colonne du code de l'élève" })).toHaveValue('Ton code', { timeout: 30_000 });
  for (const number of [1, 2, 7]) await expect(dialog.getByRole('combobox', { name: `Colonne de la question ${number}` })).toHaveValue(`Q${number}`);
  await expect(dialog.getByTestId('unknown-labels')).toContainText("1 réponse du fichier n'a pas de valeur");
  const bof = dialog.getByRole('combobox', { name: 'Valeur de « Bof » (question 3)' });
  await expect(bof).toHaveValue('');
  await expect(dialog.getByRole('combobox', { name: "Valeur de « Tout à fait d'accord » (question 1)" })).toHaveValue("5 — Tout à fait d'accord");
  await expect(dialog.getByRole('combobox', { name: 'Valeur de « Sans réponse » (question 6)' })).toHaveValue('Sans réponse');
  await page.screenshot({ path: 'test-results/questionnaire-import-mapping.png' });

  // The preview first refuses the file, saying why.
  await dialog.getByRole('button', { name: "Voir l'aperçu" }).click();
  await expect(dialog.getByTestId('import-errors')).toContainText('2');
  await expect(dialog.locator('tr[data-line="3"]')).toContainText("« Q3 » : réponse « Bof » inconnue");
  await expect(dialog.getByRole('button', { name: /^Importer/ })).toBeDisabled();
  await expect(dialog.getByTestId('import-explanation')).toContainText("Import impossible : 1 réponse du fichier n'a pas de valeur");

  // Back to the mapping: "Bof" means 3.
  await dialog.getByRole('button', { name: 'Retour' }).click();
  await dialog.getByRole('button', { name: 'Aller à la première' }).click();
  await expect(bof).toBeFocused();
  await page.screenshot({ path: 'test-results/questionnaire-import-unknown.png' });
  await bof.click();
  await page.getByRole('option', { name: "3 — Ni d'accord ni pas d'accord" }).click();
  await expect(bof).toHaveValue("3 — Ni d'accord ni pas d'accord");
  await expect(dialog.getByTestId('unknown-labels')).toHaveCount(0);
  await dialog.getByRole('button', { name: "Voir l'aperçu" }).click();
  await expect(dialog.getByTestId('import-valid')).toContainText('3');
  await expect(dialog.getByTestId('import-errors')).toContainText('0');
  await expect(dialog.getByTestId('import-explanation')).toContainText('Tout est prêt : 3 formulaires seront ajoutés à cette passation.');
  await page.screenshot({ path: 'test-results/questionnaire-import-preview.png' });
  await dialog.getByRole('button', { name: 'Importer 3 formulaires' }).click();
  await expect(dialog.getByTestId('import-done')).toHaveText('3 formulaires importés');
  await page.screenshot({ path: 'test-results/questionnaire-import-done.png' });

  // Saved as read: "Bof" = 3, "Sans réponse" = no answer (null), the empty cell not entered (absent).
  const responses = await api.questionnaires.responses({ administrationId });
  const answers = (response: Response) => items.map((itemId) => {
    const answer = response.answers.find((candidate) => candidate.itemId === itemId);
    return answer === undefined ? 'absent' : answer.value;
  });
  expect(responses.map((response) => response.code).sort()).toEqual(['LB12', 'MA07', 'SC03']);
  const byCode = Object.fromEntries(responses.map((response) => [response.code, answers(response)]));
  expect(byCode).toEqual({
    MA07: [1, 2, 3, 4, 5, 1, 2],
    LB12: [5, 4, 3, 2, 1, null, 3],
    SC03: [2, 2, 3, 2, 'absent', 2, 2],
  });

  // The link opens the grid with the imported forms.
  await dialog.getByRole('link', { name: 'Ouvrir la grille' }).click();
  await expect(page).toHaveURL(new RegExp(`administration=${administrationId}`));
  await expect(page.getByTestId('grid-count')).toHaveText('3 / 20 saisis');
  await expect(page.locator('[data-cell="1-6"]')).toHaveAttribute('data-value', 'none');
  expect(consoleErrors).toEqual([]);
});

test('a file with a row in error cannot be imported: the button stays off, the reason is given, nothing is saved', async ({ page, server, consoleErrors }) => {
  const { api, coordinator, administrationId, eventId } = await seed(server);
  const dialog = await openImport(page, server, coordinator);

  await dialog.locator('input[type="file"]').setInputFiles(
    file('reponses-erreur.csv', [HEADER, row('MA07', [1, 2, 3, 4, 5, 1, 2]), row('7XX', [1, 2, 3, 4, 5, 1, 2]), row('LB12', [1, 2, 3, 4, '8', 1, 2])]),
  );
  // The first preview reads and checks the file on the server: on a loaded machine it may take a while.
  await expect(dialog.getByRole('combobox', { name: "Colonne du code de l'élève" })).toHaveValue('Ton code', { timeout: 30_000 });
  await expect(dialog.getByTestId('unknown-labels')).toHaveCount(0);
  await dialog.getByRole('button', { name: "Voir l'aperçu" }).click();

  await expect(dialog.getByTestId('import-valid')).toContainText('1');
  await expect(dialog.getByTestId('import-errors')).toContainText('2');
  // Each problem names its column: the code that does not follow the recipe, the 8 outside the 1–5 scale.
  await expect(dialog.locator('tr[data-line="3"]')).toContainText('Code : le code doit suivre la recette du questionnaire : 4 caractères');
  await expect(dialog.locator('tr[data-line="4"]')).toContainText('« Q5 » : hors de l\'échelle : de 1 à 5.');
  const importButton = dialog.getByRole('button', { name: /^Importer/ });
  await expect(importButton).toBeDisabled();
  await expect(dialog.getByTestId('import-explanation')).toHaveText(
    'Import impossible : 2 formulaires ont une erreur (en rouge). Corrigez le fichier ou les correspondances : l\'import se fait en une fois, tous les formulaires ou aucun.',
  );
  await page.screenshot({ path: 'test-results/questionnaire-import-errors.png' });

  await dialog.getByRole('button', { name: 'Annuler' }).click();
  await expect(dialog).toBeHidden();
  expect(await api.questionnaires.responses({ administrationId })).toEqual([]);
  const administrations = await api.questionnaires.administrations({ eventId });
  expect(administrations.find((candidate) => candidate.id === administrationId)?.responseCount).toBe(0);

  // The same wizard opens from the activity's sheet in the calendar.
  await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Calendrier' }).click();
  await page.getByText('Semaine', { exact: true }).click();
  await page.locator('.fc-timegrid-event', { hasText: 'Atelier « Préjugés »' }).click();
  const section = page.getByRole('dialog', { name: 'Atelier « Préjugés »' }).getByRole('region', { name: 'Questionnaires' });
  await section.getByRole('button', { name: /^Importer un fichier CSV — 5e primaire A, Avant/ }).click();
  const again = page.getByRole('dialog', { name: 'Importer des réponses en ligne (CSV)' });
  await expect(again.getByText('Choisissez un fichier CSV')).toBeVisible();
  await again.locator('input[type="file"]').setInputFiles(file('reponses-erreur.csv', [HEADER, row('MA07', [1, 2, 3, 4, 5, 1, 2])]));
  await expect(again.getByRole('combobox', { name: 'Colonne de la question 1' })).toHaveValue('Q1');
  await page.screenshot({ path: 'test-results/questionnaire-import-calendar.png' });
  expect(consoleErrors).toEqual([]);
});
