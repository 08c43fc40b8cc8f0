import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { pairedStatistics } from '../../shared/domain/questionnaires/paired-stats';
import { test, expect, logIn, schoolInput, seedCoordinator } from './fixtures';
import { CLASS_A, CLASS_B, seedResults, type Answers7 } from './questionnaire-seeds';

/**
 * The results view (issue 5, points 3, 7, 8, 9): a coordinator reads the before/after results of a school
 * year, reviews the one tolerant candidate of a class (the match rate and the pairs go up), checks a
 * dimension's statistics against numbers computed here, sees "< 5" for a class of three pairs, and saves a
 * file of the results. The forms seeded are described in `questionnaire-seeds.ts`.
 */
const NOW = new Date('2026-12-02T08:00:00+01:00');
const PASSWORD = 'mot-de-passe-e2e';

test.use({ serverClockStart: NOW });

/** The stereotypes score as the analysis defines it: the mean of items 1–3, items 1 and 3 turned around on 1–5. */
const stereotypes = (values: Answers7) => (6 - values[0] + values[1] + (6 - values[2])) / 3;
const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
/** French number with two decimals, as the page writes it. */
const fr2 = (value: number, sign = false) => `${sign && value > 0 ? '+' : ''}${value.toFixed(2).replace('.', ',')}`;

const card = (page: Page, name: string) => page.getByTestId(`count-${name}-value`);
const plain = (text: string | null) => (text ?? '').replace(/[\u00a0\u202f]/g, ' ');

test('results: counts and match rate, a tolerant pair reviewed, statistics as computed, "< 5" for a small class, a file saved', async ({ page, server }) => {
  // Two impact reports (French, then English after a reload) on top of the review: longer on a loaded machine.
  test.setTimeout(180_000);
  const { coordinator, api } = await seedCoordinator(server, PASSWORD);
  const { schoolId, classB } = await seedResults(api);

  await page.clock.install({ time: NOW });
  await logIn(page, server, coordinator.username, coordinator.password);
  await page.getByRole('link', { name: 'Questionnaires' }).click();
  await page.getByRole('tab', { name: 'Résultats' }).click();

  // Default: the seeded questionnaire over the current school year.
  await expect(page.getByRole('combobox', { name: 'Questionnaire' })).toHaveValue('Regards sur la migration — élèves');
  await expect(page.getByTestId('results-title')).toHaveText('Regards sur la migration — élèves');
  await expect(card(page, 'before')).toHaveText('10');
  await expect(card(page, 'after')).toHaveText('10');
  // 6 + 3 exact pairs; the MN07/MN08 candidate waits for a person.
  await expect(card(page, 'paired')).toHaveText('9');
  await expect(card(page, 'match-rate')).toHaveText(/^90\s%$/);
  await expect(card(page, 'pending')).toHaveText('1');
  const stereotypesRow = page.getByTestId('dimension-table').locator('tr[data-dimension="stereotypes"]');
  await expect(stereotypesRow.locator('[data-column="n"]')).toHaveText('9');

  const groups = page.getByTestId('groups-table');
  const rowA = groups.getByRole('row', { name: /5e primaire A/ });
  const rowB = groups.getByRole('row', { name: /5e primaire B/ });
  await expect(rowA.locator('[data-column="paired"]')).toHaveText('6');
  await expect(rowB.locator('[data-column="paired"]')).toHaveText('< 5');
  await expect(rowB.locator('[data-column="matchRate"]')).toHaveText('—');
  await page.screenshot({ path: '/tmp/results-before-review.png', fullPage: true });

  // The review: the differing character is marked, the kind explained; A accepts, U takes back, A again.
  await page.getByTestId('count-pending').getByRole('button', { name: 'Vérifier les appariements' }).click();
  const review = page.getByTestId('pairing-review');
  await expect(review).toContainText('5e primaire A');
  await expect(page.getByTestId('review-exact-value')).toHaveText('6');
  await expect(page.getByTestId('review-match-rate-value')).toHaveText(/^86\s%$/);
  const candidate = review.getByRole('listitem', { name: /MN07 avant, MN08 après/ });
  await expect(candidate.locator('mark')).toHaveText(['7', '8']);
  await expect(candidate).toContainText('Un caractère différent (position 4)');
  await expect(review.getByTestId('unmatched-before')).toContainText('MN07');
  // The keyboard is already on the candidate to check.
  await expect(candidate).toBeFocused();
  await page.keyboard.press('a');
  await expect(candidate).toHaveAttribute('data-decision', 'accepted');
  await expect(candidate).toContainText('Accepté');
  await expect(page.getByTestId('review-match-rate-value')).toHaveText(/^100\s%$/);
  await expect(review.getByTestId('unmatched-before')).toContainText('Aucun.');
  await page.screenshot({ path: '/tmp/results-review.png' });
  await candidate.focus();
  await page.keyboard.press('u');
  await expect(candidate).toHaveAttribute('data-decision', 'none');
  await expect(page.getByTestId('review-match-rate-value')).toHaveText(/^86\s%$/);
  await page.keyboard.press('r');
  await expect(candidate).toHaveAttribute('data-decision', 'rejected');
  await expect(candidate).toContainText('Rejeté');
  await expect(review.getByTestId('unmatched-after')).toContainText('MN08');
  await candidate.getByRole('button', { name: 'Annuler la décision' }).click();
  await expect(candidate).toHaveAttribute('data-decision', 'none');
  await candidate.getByRole('button', { name: 'Accepter' }).click();
  await expect(candidate).toHaveAttribute('data-decision', 'accepted');
  await expect(candidate).toBeFocused();
  await page.getByRole('button', { name: 'Fermer' }).click();

  // Counts and pairs went up.
  await expect(card(page, 'paired')).toHaveText('10');
  await expect(card(page, 'match-rate')).toHaveText(/^100\s%$/);
  await expect(card(page, 'pending')).toHaveText('0');
  await expect(rowA.locator('[data-column="paired"]')).toHaveText('7');

  // The stereotypes dimension, pooled over both classes (pairs made within each class): as computed here.
  const all = [...CLASS_A, ...CLASS_B];
  const before = all.map((form) => stereotypes(form.before.values));
  const after = all.map((form) => stereotypes(form.after.values));
  const statistics = pairedStatistics(before.map((value, index) => ({ before: value, after: after[index]! })));
  const ci = statistics.confidenceInterval.value!;
  await expect(stereotypesRow.locator('[data-column="n"]')).toHaveText('10');
  await expect(stereotypesRow.locator('[data-column="meanBefore"]')).toHaveText(fr2(mean(before)));
  await expect(stereotypesRow.locator('[data-column="meanAfter"]')).toHaveText(fr2(mean(after)));
  const change = mean(after) - mean(before);
  await expect(stereotypesRow.locator('[data-column="change"]')).toHaveText(`${fr2(change, true)} [${fr2(ci.lower, true)} ; ${fr2(ci.upper, true)}]`);
  const p = statistics.tTest.value!.p;
  await expect(stereotypesRow.locator('[data-column="pT"]')).toHaveText(p < 0.001 ? '< 0,001' : p.toFixed(p < 0.1 ? 3 : 2).replace('.', ','));
  await expect(page.getByTestId('plain-sentences').locator('[data-dimension="stereotypes"]')).toContainText('progressé');
  await expect(page.getByTestId('dimension-chart').locator('[data-row="stereotypes"] [data-bar="after"]')).toContainText(fr2(mean(after)));

  // Question by question (folded at first): reverse-keyed questions are marked.
  await page.getByRole('button', { name: 'Afficher le détail des 7 questions' }).click();
  const itemTable = page.getByTestId('item-table');
  await expect(itemTable.locator('tr[data-item="1"]')).toContainText('inversée');
  await expect(itemTable.locator('tr[data-item="2"]')).not.toContainText('inversée');
  await expect(itemTable.locator('tr[data-item="1"] [data-column="n"]')).toHaveText('10');
  await itemTable.screenshot({ path: '/tmp/results-items.png' });
  await page.getByTestId('dimension-chart').screenshot({ path: '/tmp/results-chart.png' });

  // Satisfaction: the comments of the pupils, and the teacher's feedback.
  const feedback = page.getByTestId('feedback');
  await expect(feedback.locator('[data-feedback-comments="11"]')).toContainText("J'ai aimé les histoires des familles.");
  await expect(feedback.locator('[data-feedback-comments="11"] li')).toHaveCount(5);
  const liked = mean(all.map((form) => form.after.satisfaction[0]));
  const teacher = feedback.locator('[data-audience="teacher"]');
  await expect(teacher).toContainText("Retour de l'enseignant·e");
  await expect(teacher).toContainText('Les élèves en parlent encore.');
  await expect(teacher).toContainText('Formulaires : 1');
  await expect(feedback.locator('[data-audience="pupil"] [data-feedback-item="8"]').getByTestId('feedback-mean')).toHaveText(`moyenne ${fr2(liked)} / 5 · réponses : 10`);
  await page.screenshot({ path: '/tmp/results-after-review.png', fullPage: true });

  // The impact report of the year: a valid PDF with the same figures.
  const pdfDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: "Rapport d'impact (PDF)" }).click();
  const pdf = await pdfDownload;
  expect(pdf.suggestedFilename()).toMatch(/^rapport-impact-.+\.pdf$/);
  const pdfPath = (await pdf.path())!;
  expect(execFileSync('qpdf', ['--check', pdfPath], { encoding: 'utf8' })).toContain('No syntax or stream encoding errors');
  const report = plain(execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' }));
  expect(report).toContain('Année scolaire 2026–2027');
  expect(report).toContain('Regards sur la migration — élèves');
  expect(report.replace(/\s+/g, ' ')).toContain("Ces résultats portent sur 10 élèves dont on a retrouvé le questionnaire d'avant et celui d'après l'activité (100 % des élèves).");
  expect(report).toMatch(new RegExp(`Stéréotypes\\s+10\\s+${fr2(mean(before))}\\s+${fr2(mean(after))}\\s+\\${fr2(change, true)}`));

  // The same report from an English interface is written in English.
  await page.evaluate(() => localStorage.setItem('passerelle.language', 'en'));
  await page.reload();
  const englishDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Impact report (PDF)' }).click();
  const english = await englishDownload;
  expect(english.suggestedFilename()).toMatch(/^impact-report-.+\.pdf$/);
  const englishText = plain(execFileSync('pdftotext', [(await english.path())!, '-'], { encoding: 'utf8' })).replace(/\s+/g, ' ');
  expect(englishText).toContain('School year 2026–2027');
  expect(englishText).toContain('These results are about 10 pupils');
  expect(englishText).not.toContain('élèves appariés');
  await page.evaluate(() => localStorage.setItem('passerelle.language', 'fr'));
  await page.reload();
  await expect(page.getByRole('button', { name: "Rapport d'impact (PDF)" })).toBeVisible();

  // One activity: the same forms (both classes took part), without the per-activity table.
  await page.getByRole('radiogroup', { name: 'Portée' }).getByText('Une activité').click();
  await expect(page.getByTestId('scope-incomplete')).toBeVisible();
  await page.getByRole('combobox', { name: 'Activité' }).click();
  await page.getByRole('option', { name: /Atelier « Préjugés »/ }).click();
  await expect(page.getByTestId('results-scope')).toHaveText('Atelier « Préjugés »');
  await expect(card(page, 'before')).toHaveText('10');
  await expect(card(page, 'paired')).toHaveText('10');
  await expect(page.getByTestId('feedback')).toBeVisible();
  await expect(page.getByTestId('feedback-by-event')).toHaveCount(0);

  // The class of three pairs alone: "< 5" in every cell, never a number.
  await page.goto(`${server.origin}/#/questionnaires?tab=results&scope=class&year=2026-2027&school=${schoolId}&class=${classB}`);
  await expect(page.getByTestId('results-title')).toBeVisible();
  await expect(card(page, 'paired')).toHaveText('< 5');
  await expect(card(page, 'match-rate')).toHaveText('—');
  const smallRow = page.getByTestId('dimension-table').locator('tr[data-dimension="stereotypes"]');
  for (const column of ['n', 'meanBefore', 'meanAfter', 'change', 'pT', 'pWilcoxon', 'dz', 'r']) {
    await expect(smallRow.locator(`[data-column="${column}"]`)).toHaveText('< 5');
  }
  await expect(page.getByTestId('dimension-chart').locator('[data-suppressed="means"]').first()).toHaveText('< 5');
  await page.screenshot({ path: '/tmp/results-small-class.png', fullPage: true });

  // The answers of the class as CSV: pseudonymous codes, raw values.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Réponses (CSV)' }).click();
  const file = await (await download).path();
  const csv = readFileSync(file, 'utf8');
  expect(csv).toContain('OP01');
  expect(csv).not.toContain('AB01');
  expect(plain(csv).split(/\r?\n/).filter((line) => line.trim() !== '')).toHaveLength(1 + 6);
});

test('results: an empty scope points to the entry tab, a school scope waits for its school, and the view speaks English', async ({ page, server }) => {
  const { coordinator, api } = await seedCoordinator(server, PASSWORD);
  await api.schools.create(schoolInput('École communale de Droixhe'));

  await page.clock.install({ time: NOW });
  await logIn(page, server, coordinator.username, coordinator.password);
  await page.getByRole('link', { name: 'Questionnaires' }).click();
  await page.getByRole('tab', { name: 'Résultats' }).click();

  await expect(page.getByText('Aucun formulaire encodé pour cette portée')).toBeVisible();
  await expect(card(page, 'before')).toHaveText('0');
  await expect(card(page, 'match-rate')).toHaveText('—');
  await expect(page.getByRole('button', { name: "Rapport d'impact (PDF)" })).toBeDisabled();
  await expect(page.getByRole('button', { name: 'Dictionnaire des codes (CSV)' })).toBeEnabled();

  // A school scope says what it needs, then shows the school's results once it is chosen.
  await page.getByRole('radiogroup', { name: 'Portée' }).getByText('Une école').click();
  await expect(page.getByTestId('scope-incomplete')).toHaveText('Choisissez une école pour voir ses résultats.');
  await page.getByRole('combobox', { name: 'École' }).click();
  await page.getByRole('option', { name: 'École communale de Droixhe' }).click();
  await expect(page.getByTestId('results-title')).toBeVisible();
  await expect(page.getByTestId('results-scope')).toHaveText('École communale de Droixhe (2026–2027)');
  await expect(page).toHaveURL(/scope=school/);

  await page.getByText('EN', { exact: true }).first().click();
  await expect(page.getByText('No form entered for this scope')).toBeVisible();
  await expect(page.getByTestId('count-before')).toContainText('Forms before');
  await page.screenshot({ path: '/tmp/results-empty-en.png', fullPage: true });
  await page.getByRole('button', { name: 'Go to entry' }).click();
  await expect(page.getByRole('tab', { name: 'Entry' })).toHaveAttribute('aria-selected', 'true');
});

test('results: a candidate whose code was corrected meanwhile is refused with the reason, and the review reads again', async ({ page, server }) => {
  const { coordinator, api } = await seedCoordinator(server, PASSWORD);
  const { afterForms } = await seedResults(api);

  await page.clock.install({ time: NOW });
  await logIn(page, server, coordinator.username, coordinator.password);
  await page.getByRole('link', { name: 'Questionnaires' }).click();
  await page.getByRole('tab', { name: 'Résultats' }).click();
  await page.getByTestId('groups-table').getByRole('button', { name: /Vérifier les appariements de 5e primaire A/ }).click();
  const review = page.getByTestId('pairing-review');
  const candidate = review.getByRole('listitem', { name: /MN07 avant, MN08 après/ });
  await expect(candidate).toBeVisible();

  // Someone corrects the 'after' code in the entry grid while the review is open.
  const form = afterForms.get('MN08')!;
  await api.questionnaires.saveResponse({ administrationId: form.administrationId, id: form.id, code: 'ZZ99', answers: form.answers });

  await candidate.focus();
  await page.keyboard.press('a');
  await expect(page.getByText('Ces deux formulaires ne forment pas (ou plus) une paire possible', { exact: false })).toBeVisible();
  await expect(review).toContainText('Aucun code presque identique dans cette classe');
  await expect(review.getByTestId('unmatched-after')).toContainText('ZZ99');
  await expect(review.getByTestId('unmatched-before')).toContainText('MN07');
});
