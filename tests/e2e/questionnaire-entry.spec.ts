import type { Page } from '@playwright/test';
import { test, expect, logIn, schoolInput, seedCoordinator } from './fixtures';

/**
 * Keyboard entry of paper questionnaires (issue 5, item 5): a coordinator types the 'before' forms of a class
 * without the mouse. The seeded pupil template asks 7 Likert 1–5 items before the activity; its code is
 * mother's first letter + own first letter + day of birth (LLDD).
 */
const NOW = new Date('2026-12-02T08:00:00+01:00');
const PASSWORD = 'mot-de-passe-e2e';

test.use({ serverClockStart: NOW });

interface Response {
  id: number;
  code: string;
  answers: { itemId: number; value: number | null; text: string }[];
}

const message = (page: Page) => page.getByTestId('grid-message');
const cell = (page: Page, row: number, col: number) => page.locator(`[data-cell="${row}-${col}"]`);

test('the entry grid: four forms entered by keyboard alone, refused keys, no answer, undo and a duplicate code', async ({ page, server }) => {
  const { coordinator, call } = await seedCoordinator(server, PASSWORD);
  const id = (data: unknown) => (data as { id: number }).id;
  const schoolId = id(await call('schools/create', schoolInput('École communale de Droixhe')));
  const classId = id(await call('classes/create', { schoolId, schoolYear: '2026–2027', name: '5e primaire A', grade: '5P', pupilCount: 20, teacherIds: [] }));
  const saved = await call<{ event: { id: number } }>('events/create', {
    type: 'workshop',
    title: 'Atelier « Préjugés »',
    themes: ['discrimination'],
    schoolId,
    classIds: [classId],
    partnerIds: [],
    facilitatorId: null,
    location: '',
    start: '2026-12-03T09:00',
    end: '2026-12-03T10:40',
    status: 'planned',
    cancelReason: '',
    pupilsExpected: 20,
    teachersExpected: 1,
    pupilsPresent: null,
    teachersPresent: null,
    notes: '',
  });
  const templates = await call<{ id: number; audience: string; items: { id: number; phase: string; position: number }[] }[]>('questionnaires/templates', {});
  const template = templates.find((candidate) => candidate.audience === 'pupil')!;
  const before = template.items.filter((item) => item.phase !== 'after').sort((a, b) => a.position - b.position);
  expect(before).toHaveLength(7);
  const administrationId = id(
    await call('questionnaires/createAdministration', { templateId: template.id, eventId: saved.event.id, classId, phase: 'before', date: '2026-12-03' }),
  );

  await page.clock.install({ time: NOW });
  await logIn(page, server, coordinator.username, coordinator.password);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

  // From the section: the activity, its administration, then the grid.
  await page.getByRole('link', { name: 'Questionnaires' }).click();
  const chooser = page.getByRole('combobox', { name: /Activité de l'année scolaire 2026–2027/ });
  await expect(chooser).toBeEnabled();
  await chooser.click();
  await page.getByRole('option', { name: /Atelier « Préjugés »/ }).click();
  await page.getByRole('button', { name: 'Encoder' }).click();
  await expect(page).toHaveURL(new RegExp(`administration=${administrationId}`));
  await expect(page.getByTestId('grid-help')).toContainText('pas de réponse');
  await expect(page.getByRole('columnheader', { name: /^1\. Les personnes venues d'ailleurs/ })).toBeVisible();
  await expect(cell(page, 0, 0)).toBeFocused();

  const kb = page.keyboard;
  // Form 1: typed straight through; the last answer moves to the next form's code.
  await kb.type('ab12');
  await kb.press('Enter');
  await kb.type('1234512');
  await expect(cell(page, 1, 0)).toBeFocused();

  // Form 2: "6" is out of the 1–5 scale: refused visibly, nothing recorded, the cursor stays; "." = no answer.
  await kb.type('CD05');
  await kb.press('Tab');
  await kb.press('6');
  await expect(message(page)).toContainText('« 6 » refusé pour la question 1');
  await expect(cell(page, 1, 1)).toBeFocused();
  await expect(cell(page, 1, 1)).toHaveAttribute('data-value', '');
  await kb.type('3.44444');
  await expect(cell(page, 1, 2)).toHaveAttribute('data-value', 'none');
  await expect(cell(page, 2, 0)).toBeFocused();

  // Form 3: a wrong "2" undone with Ctrl+Z, then corrected.
  await kb.type('EF23');
  await kb.press('Enter');
  await kb.type('52');
  await expect(cell(page, 2, 2)).toHaveAttribute('data-value', '2');
  await kb.press('Control+z');
  await expect(cell(page, 2, 2)).toHaveAttribute('data-value', '');
  await expect(cell(page, 2, 2)).toBeFocused();
  await kb.type('311111');
  await expect(cell(page, 3, 0)).toBeFocused();

  // Form 4 repeats form 1's code: refused with the message, the row kept as typed.
  await kb.type('AB12');
  await kb.press('Enter');
  await kb.type('2222222');
  await expect(page.locator('tr[data-row="3"]').getByTestId('row-error')).toContainText('Ce code est déjà utilisé');
  await expect(page.locator('tr[data-row="3"]')).toHaveAttribute('data-status', 'error');
  for (const row of [0, 1, 2]) await expect(page.locator(`tr[data-row="${row}"]`)).toHaveAttribute('data-status', 'saved');
  await expect(page.getByText('3 formulaires enregistrés')).toBeVisible();
  await page.screenshot({ path: 'test-results/questionnaire-grid.png', fullPage: true });

  // Fixed by keyboard: back to its code, a new day of birth, and the row saves when left.
  await kb.press('ArrowUp');
  await expect(cell(page, 3, 0)).toBeFocused();
  await kb.press('End');
  await kb.press('Backspace');
  await kb.type('3');
  await kb.press('ArrowDown');
  await expect(page.locator('tr[data-row="3"]')).toHaveAttribute('data-status', 'saved');

  const responses = await call<Response[]>('questionnaires/responses', { administrationId });
  const values = (response: Response) => before.map((item) => response.answers.find((answer) => answer.itemId === item.id)?.value ?? null);
  expect(responses.map((response) => response.code)).toEqual(['AB12', 'CD05', 'EF23', 'AB13']);
  expect(responses.map(values)).toEqual([
    [1, 2, 3, 4, 5, 1, 2],
    [3, null, 4, 4, 4, 4, 4],
    [5, 3, 1, 1, 1, 1, 1],
    [2, 2, 2, 2, 2, 2, 2],
  ]);
});
