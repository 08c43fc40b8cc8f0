import type { Page } from '@playwright/test';
import { test, expect, logIn, seedActivity, seedCoordinator } from './fixtures';
import { GRID_ITEMS } from './questionnaire-seeds';

/**
 * Issue 17, entry grid: the keyboard flow never skips a free-text question (after the 0–10 answer the cursor
 * is in the same pupil's comment, and only leaving the row's last cell goes to the next pupil); the counter
 * says "n / 24 saisis" against the class's expected pupils as rows are saved; the help above the grid is one
 * sentence, its details a click away.
 */
const NOW = new Date('2026-12-02T08:00:00+01:00');
const PASSWORD = 'mot-de-passe-e2e';

test.use({ serverClockStart: NOW });

const cell = (page: Page, row: number, col: number) => page.locator(`[data-cell="${row}-${col}"]`);
const row = (page: Page, index: number) => page.locator(`tr[data-row="${index}"]`);

test('typing a pupil by keyboard lands in the comment after the 0–10 answer; the counter follows the class; the help is short', async ({ page, server, consoleErrors }) => {
  const { coordinator, api } = await seedCoordinator(server, PASSWORD);
  const template = await api.questionnaires.createTemplate({
    name: 'Atelier et commentaire',
    audience: 'pupil',
    description: '',
    codeRecipe: ['own_first_letter', 'birth_day'],
    items: GRID_ITEMS,
  });
  const [likert, scale, comment] = [...template.items].sort((a, b) => a.position - b.position);
  const { administrationId } = await seedActivity(api, {
    classes: [{ name: '5e primaire A', pupilCount: 24 }],
    event: { title: 'Atelier « Regards »' },
    templateId: template.id,
  });

  await page.clock.install({ time: NOW });
  await logIn(page, server, coordinator.username, coordinator.password);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.getByRole('link', { name: 'Questionnaires' }).click();
  await page.getByRole('button', { name: /Encoder — Atelier « Regards », 5e primaire A, Avant/ }).click();
  await expect(page).toHaveURL(new RegExp(`administration=${administrationId}`));

  // The help: one sentence; the details only once asked for.
  const help = page.getByTestId('grid-help');
  await expect(help).toContainText('commentaire compris');
  const details = page.getByTestId('grid-help-details');
  await expect(details).toBeHidden();
  const more = page.getByRole('button', { name: 'Comment saisir ?' });
  await expect(more).toHaveAttribute('aria-expanded', 'false');
  await more.click();
  await expect(details).toBeVisible();
  await expect(details).toContainText('Commentaire (texte libre) : tapez-le, puis Entrée ou Tab.');
  await expect(details).toContainText('Ctrl+Suppr supprime la ligne');
  await page.getByRole('button', { name: "Masquer l'aide" }).click();
  await expect(details).toBeHidden();

  // Nothing saved yet, against the 24 pupils expected.
  const counter = page.getByTestId('grid-count');
  await expect(counter).toHaveText('0 / 24 saisi');

  // Pupil 1: code, a Likert answer, 7 on the 0–10 scale… and the cursor is in the same pupil's comment.
  await cell(page, 0, 0).click();
  const kb = page.keyboard;
  await kb.type('a12');
  await kb.press('Enter');
  await kb.type('4');
  await expect(cell(page, 0, 2)).toBeFocused();
  await kb.type('7');
  await expect(cell(page, 0, 3)).toBeFocused();
  await expect(page.getByTestId('grid-hint')).toHaveText('Question 3 — Un commentaire ? — texte libre : tapez, puis Entrée ou Tab.');
  await kb.type('Très bien, merci');
  // Leaving the row's last cell goes to the next pupil; the row is saved and counted.
  await kb.press('Enter');
  await expect(cell(page, 1, 0)).toBeFocused();
  await expect(row(page, 0)).toHaveAttribute('data-status', 'saved');
  await expect(counter).toHaveText('1 / 24 saisi');

  // Pupil 2: 10 typed "*" also stops at the comment; an empty comment is left with Tab.
  await kb.type('b05');
  await kb.press('Tab');
  await kb.type('3*');
  await expect(cell(page, 1, 3)).toBeFocused();
  await kb.press('Tab');
  await expect(cell(page, 2, 0)).toBeFocused();
  await expect(counter).toHaveText('2 / 24 saisis');
  await page.screenshot({ path: 'test-results/entry-grid.png' });

  const saved = await api.questionnaires.responses({ administrationId });
  const answers = (code: string) =>
    saved
      .find((response) => response.code === code)!
      .answers.map((answer) => [answer.itemId, answer.value, answer.text])
      .sort((a, b) => Number(a[0]) - Number(b[0]));
  expect(answers('A12')).toEqual(
    [
      [likert!.id, 4, ''],
      [scale!.id, 7, ''],
      [comment!.id, null, 'Très bien, merci'],
    ].sort((a, b) => Number(a[0]) - Number(b[0])),
  );
  expect(answers('B05')).toEqual(
    [
      [likert!.id, 3, ''],
      [scale!.id, 10, ''],
    ].sort((a, b) => Number(a[0]) - Number(b[0])),
  );
  expect(consoleErrors).toEqual([]);
});
