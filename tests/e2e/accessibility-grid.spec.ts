import type { Page } from '@playwright/test';
import { expectAccessible, followSystemColorScheme } from './axe';
import { test, expect, logIn, schoolInput, seedActivity, seedCoordinator } from './fixtures';
import { GRID_ITEMS, seedResults } from './questionnaire-seeds';

/**
 * Issue 21, lane D: the questionnaire entry grid is no keyboard trap (WCAG 2.1.2) and says how to leave it;
 * the grid (empty, filled, showing an error) and every state of « Résultats » pass axe (WCAG 2.1 AA) in the
 * light and the dark theme — progress bars named, no label on a role-less container, the chart read as text.
 * Keys are real key presses; where the focus is, is read from the page (`toBeFocused`).
 */
const NOW = new Date('2026-12-02T08:00:00+01:00');
const PASSWORD = 'mot-de-passe-e2e';

test.use({ serverClockStart: NOW });

const cell = (page: Page, row: number, col: number) => page.locator(`[data-cell="${row}-${col}"]`);

test('the entry grid says how to leave it, lets Tab, Shift+Tab and Esc out, and passes axe empty, filled and with an error', async ({ page, server, consoleErrors }) => {
  const { coordinator, api } = await seedCoordinator(server, PASSWORD);
  const template = await api.questionnaires.createTemplate({ name: 'Atelier et commentaire', audience: 'pupil', description: '', codeRecipe: ['own_first_letter', 'birth_day'], items: GRID_ITEMS });
  await seedActivity(api, { classes: [{ name: '5e primaire A', pupilCount: 24 }], event: { title: 'Atelier « Regards »' }, templateId: template.id });

  await followSystemColorScheme(page);
  await page.clock.install({ time: NOW });
  await logIn(page, server, coordinator.username, coordinator.password);
  await page.getByRole('link', { name: 'Questionnaires' }).click();
  await page.getByRole('button', { name: /Encoder — Atelier « Regards », 5e primaire A, Avant/ }).click();

  // The grid says how to leave it, on screen and to a screen reader.
  const grid = page.getByRole('grid', { name: "Grille d'encodage des questionnaires" });
  const hint = page.getByTestId('grid-exit-hint');
  await expect(hint).toBeVisible();
  await expect(hint).toHaveText(/Tab depuis la dernière case, Maj\+Tab depuis la première, ou Échap puis Tab/);
  await expect(grid).toHaveAccessibleDescription(/Pour quitter la grille au clavier/);
  await expectAccessible(page, 'entry grid, empty');

  const before = page.getByRole('button', { name: 'Comment saisir ?' });
  const after = page.getByRole('button', { name: 'Terminer la saisie' });
  const kb = page.keyboard;

  // Shift+Tab from the first cell goes back to the control before the grid; Tab comes back into its cell.
  await cell(page, 0, 0).click();
  await kb.press('Shift+Tab');
  await expect(before).toBeFocused();
  await kb.press('Tab');
  await expect(cell(page, 0, 0)).toBeFocused();

  // Tab walks the row (the grid's own moves are kept), and from the last cell (the comment) leaves forward.
  await kb.press('Tab');
  await expect(cell(page, 0, 1)).toBeFocused();
  await kb.press('Tab');
  await kb.press('Tab');
  await expect(cell(page, 0, 3)).toBeFocused();
  await kb.press('Tab');
  await expect(after).toBeFocused();
  // …and Shift+Tab from there comes back to the cell it left.
  await kb.press('Shift+Tab');
  await expect(cell(page, 0, 3)).toBeFocused();

  // Filled: two pupils typed; the cursor is in the new row's code.
  await cell(page, 0, 0).click();
  await kb.type('a12');
  await kb.press('Enter');
  await kb.type('47');
  await kb.type('Très bien');
  await kb.press('Enter');
  await kb.type('b05');
  await kb.press('Enter');
  await kb.type('3*');
  await kb.press('Tab');
  await expect(cell(page, 2, 0)).toBeFocused();
  await expect(page.locator('tr[data-row="1"]')).toHaveAttribute('data-status', 'saved');
  await expectAccessible(page, 'entry grid, two forms typed');

  // Esc then Tab leaves from a cell in the middle of the grid (the 0–10 mark of the first pupil).
  await cell(page, 0, 2).click();
  await expect(cell(page, 0, 2)).toBeFocused();
  await kb.press('Escape');
  await expect(grid).toBeFocused();
  await kb.press('Tab');
  await expect(after).toBeFocused();
  // Esc then Shift+Tab leaves backward; Esc then Enter goes back into the cell that was left.
  await cell(page, 1, 1).click();
  await kb.press('Escape');
  await kb.press('Shift+Tab');
  await expect(before).toBeFocused();
  await cell(page, 1, 3).click();
  await kb.press('Escape');
  await expect(grid).toBeFocused();
  await kb.press('Enter');
  await expect(cell(page, 1, 3)).toBeFocused();
  // Esc from the code cell too.
  await cell(page, 2, 0).click();
  await kb.press('Escape');
  await kb.press('Tab');
  await expect(after).toBeFocused();

  // With an error shown: a letter refused in an answer cell, and a code another form of the class holds.
  await cell(page, 2, 0).click();
  await kb.type('a12');
  await kb.press('Enter');
  await kb.type('z');
  await expect(page.getByTestId('grid-message')).toContainText('z');
  await expect(page.getByTestId('code-clash')).toBeVisible();
  await expect(cell(page, 2, 0)).toHaveAttribute('aria-invalid', 'true');
  await expectAccessible(page, 'entry grid, a key refused and a code clash shown');
  expect(consoleErrors).toEqual([]);
});

// ------------------------------------------------------------------------------------------- Résultats

test('« Résultats » with figures passes axe: progress bars named, the chart read as text, the pairing review', async ({ page, server, consoleErrors }) => {
  // Two states of a long page, each checked by axe twice (light and dark).
  test.setTimeout(180_000);
  const { coordinator, api } = await seedCoordinator(server, PASSWORD);
  await seedResults(api);

  await followSystemColorScheme(page);
  await page.clock.install({ time: NOW });
  await logIn(page, server, coordinator.username, coordinator.password);
  await page.getByRole('link', { name: 'Questionnaires' }).click();
  await page.getByRole('tab', { name: 'Résultats' }).click();
  await expect(page.getByTestId('count-pending-value')).toHaveText('1');

  // Every bar of a distribution is named (its answer and count), inside a group named by its question.
  const bars = page.getByTestId('feedback').getByRole('progressbar');
  await expect(bars.first()).toBeVisible();
  for (const bar of await bars.all()) await expect(bar).toHaveAccessibleName(/\S.*: \d+/);
  await expect(page.getByTestId('feedback').getByRole('group').first()).toHaveAccessibleName(/\S/);
  // The chart is an image whose description gives each dimension's figures.
  const chart = page.getByTestId('dimension-chart').getByRole('img', { name: /Moyennes avant et après/ });
  await expect(chart).toHaveAccessibleDescription(/Stéréotypes : moyenne avant \d,\d\d, après \d,\d\d/);
  // Question by question unfolded: the same axe run covers the cards, tables, chart, feedback and the items.
  await page.getByRole('button', { name: /Afficher le détail des 7 questions/ }).click();
  await expect(page.getByTestId('item-table')).toBeVisible();
  await expectAccessible(page, 'results, school year, a candidate waiting, questions unfolded');

  await page.getByTestId('count-pending').getByRole('button', { name: 'Vérifier les appariements' }).click();
  const candidate = page.getByTestId('pairing-review').getByRole('listitem', { name: /MN07 avant, MN08 après/ });
  await expect(candidate).toBeFocused();
  await page.keyboard.press('a');
  await expect(candidate).toHaveAttribute('data-decision', 'accepted');
  await expectAccessible(page, 'results, pairing review drawer, a pair accepted');
  await page.getByRole('button', { name: 'Fermer' }).click();
  await expect(page.getByTestId('count-pending-value')).toHaveText('0');

  expect(consoleErrors).toEqual([]);
});

test('« Résultats » without figures to show passes axe: a scope not chosen yet, a class under 5 pairs, no form', async ({ page, server, consoleErrors }) => {
  // Three states, each checked by axe twice (light and dark).
  test.setTimeout(180_000);
  const { coordinator, api } = await seedCoordinator(server, PASSWORD);
  const { schoolId, classB } = await seedResults(api);
  // A second school with no form: the empty state.
  const { id: emptySchoolId } = await api.schools.create(schoolInput('École communale de Bressoux'));

  await followSystemColorScheme(page);
  await page.clock.install({ time: NOW });
  await logIn(page, server, coordinator.username, coordinator.password);
  await page.getByRole('link', { name: 'Questionnaires' }).click();
  await page.getByRole('tab', { name: 'Résultats' }).click();
  await expect(page.getByTestId('results-title')).toBeVisible();

  await page.getByRole('radiogroup', { name: 'Portée' }).getByText('Une activité').click();
  await expect(page.getByTestId('scope-incomplete')).toBeVisible();
  await expectAccessible(page, 'results, activity scope not chosen yet');

  // A class of three pairs: "< 5" everywhere, in the chart's description too.
  await page.goto(`${server.origin}/#/questionnaires?tab=results&scope=class&year=2026-2027&school=${schoolId}&class=${classB}`);
  await expect(page.getByTestId('count-paired-value')).toHaveText('< 5');
  await expect(page.getByTestId('dimension-chart').getByRole('img')).toHaveAccessibleDescription(/Stéréotypes : < 5/);
  await expectAccessible(page, 'results, a class under 5 pairs');

  // A school without any form: the empty state.
  await page.goto(`${server.origin}/#/questionnaires?tab=results&scope=school&year=2026-2027&school=${emptySchoolId}`);
  await expect(page.getByText('Aucun formulaire encodé pour cette portée')).toBeVisible();
  await expectAccessible(page, 'results, no form in the scope');
  expect(consoleErrors).toEqual([]);
});
