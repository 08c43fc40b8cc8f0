import type { Page } from '@playwright/test';
import { test, expect, logIn, seedActivity, seedCoordinator } from './fixtures';
import { onDay } from '../helpers/event-input';

/**
 * Issue 17, reviewing near-matching codes: the two forms of a pair are shown side by side, question by question,
 * the differing answers marked; "Suivant" / "Précédent" walk through the pairs of every class ("2 / 3") and
 * move on to the next class without going back to the list of classes. The seeded pupil questionnaire asks
 * items 1–7 before and after, 8–11 after only.
 */
const NOW = new Date('2026-12-02T08:00:00+01:00');
const PASSWORD = 'mot-de-passe-e2e';

test.use({ serverClockStart: NOW });

type Seven = [number, number, number, number, number, number, number];
/** Before code, after code, before answers, after answers: each pair differs at one question only. */
const CLASS_A: [string, string, Seven, Seven][] = [
  ['AB01', 'AB01', [3, 3, 3, 3, 3, 3, 3], [3, 3, 3, 3, 3, 3, 3]],
  ['MN07', 'MN08', [4, 2, 3, 2, 2, 3, 3], [4, 2, 3, 5, 2, 3, 3]],
  ['CD12', 'DC12', [1, 1, 1, 1, 1, 1, 1], [1, 1, 1, 1, 1, 1, 4]],
];
const CLASS_B: [string, string, Seven, Seven][] = [['EF03', 'EF30', [2, 2, 2, 2, 2, 2, 2], [5, 2, 2, 2, 2, 2, 2]]];
/** The question whose answer differs, and its two answers, by the pair's codes. */
const DIFFERS: Record<string, { question: number; before: string; after: string; className: string }> = {
  'MN07/MN08': { question: 4, before: '2', after: '5', className: '5e primaire A' },
  'CD12/DC12': { question: 7, before: '1', after: '4', className: '5e primaire A' },
  'EF03/EF30': { question: 1, before: '2', after: '5', className: '5e primaire B' },
};

async function currentPair(page: Page): Promise<string> {
  const text = (await page.getByTestId('pair-comparison').getByText(/^Avant \S+ · après \S+$/).textContent()) ?? '';
  const [, before, after] = /^Avant (\S+) · après (\S+)$/.exec(text)!;
  return `${before}/${after}`;
}

/** The pair on screen: its class, its one differing question (marked, both answers), the other questions not. */
async function expectComparison(page: Page, pair: string) {
  const expected = DIFFERS[pair]!;
  const review = page.getByTestId('pairing-review');
  await expect(review.locator('p').first()).toHaveText(expected.className);
  const rows = page.getByTestId('pair-comparison').locator('tbody tr');
  await expect(rows).toHaveCount(11);
  await expect(page.getByTestId('pair-comparison').locator('tbody tr[data-differs="true"]')).toHaveCount(1);
  const marked = rows.nth(expected.question - 1);
  await expect(marked).toHaveAttribute('data-differs', 'true');
  await expect(marked.locator('[data-side="before"]')).toHaveText(expected.before);
  await expect(marked.locator('[data-side="after"]')).toHaveText(expected.after);
  await expect(page.getByTestId('pair-differences')).toContainText('1 réponse diffère');
  // After-only questions: not asked before.
  await expect(rows.nth(8).locator('[data-side="before"]')).toHaveText('non posée');
}

test('near-matching codes: both forms side by side, and Suivant / Précédent across the pairs of every class', async ({ page, server, consoleErrors }) => {
  test.setTimeout(180_000);
  const { coordinator, api } = await seedCoordinator(server, PASSWORD);
  const { classIds, eventId } = await seedActivity(api, {
    classes: [
      { name: '5e primaire A', pupilCount: 20 },
      { name: '5e primaire B', pupilCount: 18 },
    ],
    event: onDay('2026-11-24'),
  });
  const template = (await api.questionnaires.templates({})).find((candidate) => candidate.name === 'Regards sur la migration — élèves')!;
  const items = [...template.items].sort((a, b) => a.position - b.position);
  for (const [classId, pupils] of [
    [classIds[0]!, CLASS_A],
    [classIds[1]!, CLASS_B],
  ] as const) {
    const before = (await api.questionnaires.createAdministration({ templateId: template.id, eventId, classId, phase: 'before', date: '2026-11-23' })).id;
    const after = (await api.questionnaires.createAdministration({ templateId: template.id, eventId, classId, phase: 'after', date: '2026-11-26' })).id;
    for (const [beforeCode, afterCode, beforeValues, afterValues] of pupils) {
      const answers = (values: Seven) => values.map((value, index) => ({ itemId: items[index]!.id, value, text: '' }));
      await api.questionnaires.saveResponse({ administrationId: before, id: null, code: beforeCode, answers: answers(beforeValues) });
      await api.questionnaires.saveResponse({ administrationId: after, id: null, code: afterCode, answers: answers(afterValues) });
    }
  }

  await page.clock.install({ time: NOW });
  await logIn(page, server, coordinator.username, coordinator.password);
  await page.getByRole('link', { name: 'Questionnaires' }).click();
  await page.getByRole('tab', { name: 'Résultats' }).click();
  // The analysis is computed on opening: slow on a loaded machine.
  await expect(page.getByTestId('count-pending-value')).toHaveText('3', { timeout: 60_000 });
  await page.getByTestId('count-pending').getByRole('button', { name: 'Vérifier les appariements' }).click();

  const position = page.getByTestId('pair-position');
  const previous = page.getByRole('button', { name: 'Précédent' });
  const next = page.getByRole('button', { name: 'Suivant' });
  await expect(position).toHaveText('1 / 3');
  await expect(previous).toBeDisabled();
  const first = await currentPair(page);
  expect(['MN07/MN08', 'CD12/DC12']).toContain(first);
  await expectComparison(page, first);

  await next.click();
  await expect(position).toHaveText('2 / 3');
  const second = await currentPair(page);
  expect(second).not.toBe(first);
  await expectComparison(page, second);

  // The next pair is in the other class: the review moves there, no going back to the list of classes.
  await next.click();
  await expect(position).toHaveText('3 / 3');
  expect(await currentPair(page)).toBe('EF03/EF30');
  await expectComparison(page, 'EF03/EF30');
  await expect(next).toBeDisabled();

  // Decided from the comparison: the candidate's line says it too.
  await page.getByTestId('pair-comparison').getByRole('button', { name: 'Accepter' }).click();
  await expect(page.getByTestId('pair-comparison').getByText('Accepté', { exact: true })).toBeVisible();
  await expect(page.getByTestId('pairing-review').getByRole('listitem', { name: /EF03 avant, EF30 après/ })).toHaveAttribute('data-decision', 'accepted');

  // And back, across the classes again.
  await previous.click();
  await expect(position).toHaveText('2 / 3');
  expect(await currentPair(page)).toBe(second);
  await expectComparison(page, second);
  await page.screenshot({ path: 'test-results/entry-review.png' });
  expect(consoleErrors).toEqual([]);
});
