import type { Page } from '@playwright/test';
import { test, expect, logIn, seedActivity, seedCoordinator } from './fixtures';

/**
 * Issue 14, item 10: in the entry grid, a pupil code already used in the class is refused at the code as soon
 * as it is entered (Enter or leaving the cell), not when the row is saved; correcting it clears the message;
 * twins are told apart by the variant the grid proposes ("AB12-2"), taken with one click. The seeded pupil
 * template's code is mother's first letter + own first letter + day of birth (LLDD).
 */
const NOW = new Date('2026-12-02T08:00:00+01:00');
const PASSWORD = 'mot-de-passe-e2e';

test.use({ serverClockStart: NOW });

const cell = (page: Page, row: number, col: number) => page.locator(`[data-cell="${row}-${col}"]`);
const row = (page: Page, index: number) => page.locator(`tr[data-row="${index}"]`);

test('a code already used in the class is refused at the code on Enter, cleared once corrected, and twins get "-2" in one click', async ({ page, server }) => {
  const { coordinator, api } = await seedCoordinator(server, PASSWORD);
  const template = (await api.questionnaires.templates({})).find((candidate) => candidate.audience === 'pupil')!;
  const first = template.items.filter((item) => item.phase !== 'after').sort((a, b) => a.position - b.position)[0]!;
  const { administrationId } = await seedActivity(api, { templateId: template.id });
  // A form of the class already saved (typed earlier, or by a colleague) with the code AB12.
  await api.questionnaires.saveResponse({ administrationId, id: null, code: 'AB12', answers: [{ itemId: first.id, value: 4, text: '' }] });

  await page.clock.install({ time: NOW });
  await logIn(page, server, coordinator.username, coordinator.password);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.getByRole('link', { name: 'Questionnaires' }).click();
  const chooser = page.getByRole('combobox', { name: /Activité de l'année scolaire 2026–2027/ });
  await expect(chooser).toBeEnabled();
  await chooser.click();
  await page.getByRole('option', { name: /Atelier « Préjugés »/ }).click();
  await page.getByRole('button', { name: 'Encoder' }).click();
  await expect(page).toHaveURL(new RegExp(`administration=${administrationId}`));
  await expect(row(page, 0)).toHaveAttribute('data-status', 'saved');
  const kb = page.keyboard;

  // While the code is being typed nothing is said; Enter leaves the code and the clash shows at once, at the code.
  await cell(page, 1, 0).click();
  await kb.type('ab12');
  await expect(row(page, 1).getByTestId('code-clash')).toHaveCount(0);
  await kb.press('Enter');
  const clash = row(page, 1).getByTestId('code-clash');
  await expect(clash).toContainText('Code déjà utilisé par le formulaire 1 de cette classe');
  await expect(clash).toContainText('Jumeaux : prenez AB12-2');
  await expect(cell(page, 1, 0)).toHaveAttribute('aria-invalid', 'true');
  await expect(cell(page, 1, 1)).toBeFocused();

  // Corrected (a miscopied day of birth): the message goes as soon as the code is no longer taken.
  await cell(page, 1, 0).click();
  await kb.press('End');
  await kb.press('Backspace');
  await kb.type('3');
  await expect(clash).toHaveCount(0);
  await expect(cell(page, 1, 0)).not.toHaveAttribute('aria-invalid', 'true');
  // Back to the taken code: refused again, and the row is not sent meanwhile.
  await kb.press('Backspace');
  await kb.type('2');
  await expect(clash).toBeVisible();
  await kb.press('Enter');
  await kb.type('5');
  await kb.press('ArrowDown');
  await expect(row(page, 1)).toHaveAttribute('data-status', 'dirty');
  expect((await api.questionnaires.responses({ administrationId })).map((response) => response.code)).toEqual(['AB12']);

  // Twins: the proposed variant, taken with one click, clears the message; the row is saved with it.
  await clash.getByRole('button', { name: 'Utiliser AB12-2' }).click();
  await expect(cell(page, 1, 0)).toHaveValue('AB12-2');
  await expect(clash).toHaveCount(0);
  await expect(cell(page, 1, 0)).toBeFocused();
  await kb.press('ArrowDown');
  await expect(row(page, 1)).toHaveAttribute('data-status', 'saved');
  const saved = await api.questionnaires.responses({ administrationId });
  expect(saved.map((response) => [response.code, response.answers.map((answer) => answer.value)])).toEqual([
    ['AB12', [4]],
    ['AB12-2', [5]],
  ]);

  // A third form with the same code is offered the next free variant; typing the mark by hand works too.
  await cell(page, 2, 0).click();
  await kb.type('AB12');
  await kb.press('Tab');
  await expect(row(page, 2).getByTestId('code-clash')).toContainText('Jumeaux : prenez AB12-3');
  await cell(page, 2, 0).click();
  await kb.press('End');
  await kb.type('-7');
  await expect(row(page, 2).getByTestId('code-clash')).toHaveCount(0);
  await expect(cell(page, 2, 0)).toHaveValue('AB12-7');
  // A dash anywhere else, or a second digit after the mark, is refused with what is possible.
  await kb.type('1');
  await expect(page.getByTestId('grid-message')).toContainText('Le code est complet');
  await expect(cell(page, 2, 0)).toHaveValue('AB12-7');
});
