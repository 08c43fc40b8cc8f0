import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect, logIn, seedActivity, seedCoordinator } from './fixtures';

/**
 * LimeSurvey's own export imported without a click per value (issue 17 point 6): the coordinator uploads the
 * CSV LimeSurvey wrote with question codes and answer codes (G01Q01[SQ001]…, A1…A5), sees the response's own
 * columns left out, confirms once that A1…A5 read as the agreement scale for the seven statements, checks the
 * preview and imports; the grid shows the values of the fixture. With every question unlinked, the preview says
 * so and the import button stays off.
 */
const NOW = new Date('2026-12-02T08:00:00+01:00');
const PASSWORD = 'mot-de-passe-e2e';
/** The first preview of a file reads and checks it on the server: on a loaded machine it may take a while. */
const FIRST_PREVIEW = { timeout: 30_000 };
const FIXTURE = join(import.meta.dirname, '../fixtures/questionnaire-import/limesurvey-codes-before.csv');

test.use({ serverClockStart: NOW });

/** The fixture as LimeSurvey wrote it (BOM, every cell quoted): code → the seven values, '' for no answer. */
function fixtureAnswers(): Map<string, (number | '')[]> {
  const [header, ...rows] = readFileSync(FIXTURE, 'utf8')
    .replace(/^\ufeff/, '')
    .split('\r\n')
    .filter((line) => line !== '')
    .map((line) => line.split(',').map((cell) => cell.replace(/^"|"$/g, '')));
  const codeAt = header!.indexOf('CODE');
  return new Map(rows.map((row) => [row[codeAt]!, row.slice(codeAt + 1).map((cell) => (cell === '' ? '' : Number(cell.replace(/^A/, ''))))]));
}

async function openImport(page: Page, server: Parameters<typeof logIn>[1], coordinator: { username: string; password: string }) {
  await page.clock.install({ time: NOW });
  await logIn(page, server, coordinator.username, coordinator.password);
  await page.getByRole('link', { name: 'Questionnaires' }).click();
  const chooser = page.getByRole('combobox', { name: /Activité de l'année scolaire 2026–2027/ });
  await expect(chooser).toBeEnabled();
  await chooser.click();
  await page.getByRole('option', { name: /Atelier « Préjugés »/ }).click();
  await page.getByRole('button', { name: /^Importer un fichier CSV — 5e primaire A, Avant/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Importer des réponses en ligne (CSV)' });
  await expect(dialog).toBeVisible();
  return dialog;
}

test('a LimeSurvey export with answer codes: one confirmation of A1…A5, preview, import, the grid shows the fixture', async ({ page, server, consoleErrors }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  const { coordinator, api } = await seedCoordinator(server, PASSWORD);
  const template = (await api.questionnaires.templates({})).find((candidate) => candidate.audience === 'pupil')!;
  const { administrationId } = await seedActivity(api, { templateId: template.id });
  const dialog = await openImport(page, server, coordinator);

  await dialog.locator('input[type="file"]').setInputFiles(FIXTURE);

  // The code, the seven sub-questions in order; LimeSurvey's own columns are said to be left out.
  await expect(dialog.getByRole('combobox', { name: "Colonne du code de l'élève" })).toHaveValue('CODE', FIRST_PREVIEW);
  for (const number of [1, 4, 7]) await expect(dialog.getByRole('combobox', { name: `Colonne de la question ${number}` })).toHaveValue(`G01Q01[SQ00${number}]`);
  await expect(dialog.getByTestId('metadata-columns')).toContainText('id · submitdate · lastpage · startlanguage · seed · startdate · datestamp');

  // The codes are proposed once for the seven statements, lowest first; nothing is read before confirming.
  const proposal = dialog.getByTestId('code-proposal');
  await expect(proposal).toContainText('Les réponses de 7 questions sont des codes (A1 … A5)');
  await expect(proposal.getByRole('table', { name: 'Lecture des codes' })).toContainText("A1→1 — Pas du tout d'accord");
  await expect(proposal.getByRole('table', { name: 'Lecture des codes' })).toContainText("A5→5 — Tout à fait d'accord");
  await expect(dialog.getByTestId('unknown-labels')).toBeVisible();
  await page.screenshot({ path: 'test-results/lime-import-codes.png' });
  await proposal.getByRole('button', { name: 'Lire ces codes ainsi pour les 7 questions' }).click();
  await expect(proposal).toHaveCount(0);
  await expect(dialog.getByTestId('unknown-labels')).toHaveCount(0);
  // Each question now reads its codes so; one question could still be changed on its own.
  await expect(dialog.getByRole('combobox', { name: 'Valeur de « A4 » (question 6)' })).toHaveValue("4 — Plutôt d'accord");
  await expect(dialog.getByRole('combobox', { name: 'Valeur de « A2 » pour les questions 1 à 7' })).toHaveValue("2 — Plutôt pas d'accord");

  // The preview shows the answers as they will be saved.
  await dialog.getByRole('button', { name: "Voir l'aperçu" }).click();
  const expected = fixtureAnswers();
  await expect(dialog.getByTestId('import-valid')).toContainText(String(expected.size));
  await expect(dialog.getByTestId('import-errors')).toContainText('0');
  const ma07 = dialog.locator('tr[data-line="2"]');
  await expect(ma07).toContainText('MA07');
  const cells = ma07.locator('td');
  for (const [index, value] of expected.get('MA07')!.entries()) await expect(cells.nth(3 + index)).toHaveText(String(value));
  await page.screenshot({ path: 'test-results/lime-import-preview.png' });
  await dialog.getByRole('button', { name: `Importer ${expected.size} formulaires` }).click();
  await expect(dialog.getByTestId('import-done')).toHaveText(`${expected.size} formulaires importés`);

  // The grid shows every imported value, checked against the fixture.
  await dialog.getByRole('link', { name: 'Ouvrir la grille' }).click();
  await expect(page).toHaveURL(new RegExp(`administration=${administrationId}`));
  await expect(page.getByTestId('grid-count')).toHaveText(`${expected.size} / 20 saisis`);
  for (let row = 0; row < expected.size; row += 1) {
    const code = await page.locator(`[data-cell="${row}-0"]`).inputValue();
    const values = expected.get(code);
    expect(values, code).toBeDefined();
    for (const [index, value] of values!.entries()) await expect(page.locator(`[data-cell="${row}-${index + 1}"]`)).toHaveAttribute('data-value', String(value));
  }
  expect(consoleErrors).toEqual([]);
});

test('a LimeSurvey export with full answers: a label the template does not know is given its value once for the seven statements', async ({ page, server, consoleErrors }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  const { coordinator, api } = await seedCoordinator(server, PASSWORD);
  const template = (await api.questionnaires.templates({})).find((candidate) => candidate.audience === 'pupil')!;
  const { administrationId } = await seedActivity(api, { templateId: template.id });
  const dialog = await openImport(page, server, coordinator);
  await dialog.locator('input[type="file"]').setInputFiles(join(import.meta.dirname, '../fixtures/questionnaire-import/limesurvey-full-before.csv'));

  // The survey worded two options "Pas d'accord" and "D'accord": unknown in every statement, set once here.
  const shared = dialog.getByTestId('shared-labels');
  await expect(shared).toContainText('Réponses communes aux questions 1 à 7', FIRST_PREVIEW);
  const agree = shared.getByRole('combobox', { name: "Valeur de « D'accord » pour les questions 1 à 7" });
  const disagree = shared.getByRole('combobox', { name: "Valeur de « Pas d'accord » pour les questions 1 à 7" });
  await agree.click();
  await page.getByRole('option', { name: "4 — Plutôt d'accord" }).click();
  await disagree.click();
  await page.getByRole('option', { name: "2 — Plutôt pas d'accord" }).click();
  await expect(dialog.getByTestId('unknown-labels')).toHaveCount(0);
  await expect(dialog.getByRole('combobox', { name: "Valeur de « D'accord » (question 5)" })).toHaveValue("4 — Plutôt d'accord");
  await page.screenshot({ path: 'test-results/lime-import-shared.png' });

  // One question read otherwise: the shared line then says the value differs by question.
  const sixth = dialog.getByRole('combobox', { name: "Valeur de « D'accord » (question 6)" });
  await sixth.click();
  await page.getByRole('option', { name: "5 — Tout à fait d'accord" }).click();
  await expect(agree).toHaveAttribute('placeholder', 'Différente selon la question');

  await dialog.getByRole('button', { name: "Voir l'aperçu" }).click();
  await expect(dialog.getByTestId('import-valid')).toContainText('5');
  await dialog.getByRole('button', { name: 'Importer 5 formulaires' }).click();
  await expect(dialog.getByTestId('import-done')).toHaveText('5 formulaires importés');
  // MA07 answered "D'accord" to statements 4 and 6: read 4, and 5 where the question was read otherwise.
  const ma07 = (await api.questionnaires.responses({ administrationId })).find((response) => response.code === 'MA07')!;
  const valueOf = (position: number) => ma07.answers.find((answer) => answer.itemId === template.items.find((item) => item.position === position)!.id)?.value;
  expect([1, 2, 3, 4, 5, 6, 7].map(valueOf)).toEqual([2, 5, 1, 4, 5, 5, 1]);
  expect(consoleErrors).toEqual([]);
});

test('with no question linked, the preview says so instead of listing valid rows, and the import stays off', async ({ page, server, consoleErrors }) => {
  const { coordinator, api } = await seedCoordinator(server, PASSWORD);
  const template = (await api.questionnaires.templates({})).find((candidate) => candidate.audience === 'pupil')!;
  const { administrationId } = await seedActivity(api, { templateId: template.id });
  const dialog = await openImport(page, server, coordinator);
  // A LimeSurvey export whose questions were coded freely (no sub-questions, no wording): nothing is linked.
  const headers = ['id', 'submitdate', 'lastpage', 'startlanguage', 'seed', 'CODE', 'PREJUGE', 'QUARTIER'];
  const lines = [headers, ['1', '2026-12-03 09:11:01', '2', 'fr', '1284907311', 'MA07', 'A2', 'A5'], ['2', '2026-12-03 09:12:02', '2', 'fr', '1284915230', 'LB12', 'A1', 'A4']];
  const text = '\ufeff' + lines.map((line) => line.map((cell) => `"${cell}"`).join(',')).join('\r\n') + '\r\n';
  await dialog.locator('input[type="file"]').setInputFiles({ name: 'results-survey123456.csv', mimeType: 'text/csv', buffer: Buffer.from(text, 'utf8') });
  await expect(dialog.getByRole('combobox', { name: "Colonne du code de l'élève" })).toHaveValue('CODE', FIRST_PREVIEW);
  for (const number of [1, 7]) await expect(dialog.getByRole('combobox', { name: `Colonne de la question ${number}` })).toHaveValue('');
  await expect(dialog.getByTestId('no-columns')).toContainText("Aucune question n'est reliée à une colonne");

  await dialog.getByRole('button', { name: "Voir l'aperçu" }).click();
  await expect(dialog.getByTestId('preview-no-columns')).toContainText("Aucune question n'est reliée à une colonne : reliez au moins une colonne");
  await expect(dialog.getByTestId('import-valid')).toHaveCount(0);
  // The button counts no forms: the two rows would be read as empty forms.
  await expect(dialog.getByRole('button', { name: 'Importer', exact: true })).toBeDisabled();
  await expect(dialog.getByTestId('import-explanation')).toHaveText("Import impossible : aucune question n'est liée à une colonne du fichier (étape « Correspondances »).");
  await page.screenshot({ path: 'test-results/lime-import-no-columns.png' });
  await dialog.getByRole('button', { name: 'Annuler' }).click();
  expect(await api.questionnaires.responses({ administrationId })).toEqual([]);
  expect(consoleErrors).toEqual([]);
});
