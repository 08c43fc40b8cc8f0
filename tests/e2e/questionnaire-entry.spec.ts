import type { Page } from '@playwright/test';
import type { InputOf, OutputOf } from '../../shared/api/contract';
import { test, expect, createUser, logIn, schoolInput, seedActivity, seedCoordinator, type NewUser } from './fixtures';

/**
 * Keyboard entry of paper questionnaires (issue 5, item 5): a coordinator types the 'before' forms of a class
 * without the mouse. The seeded pupil template asks 7 Likert 1–5 items before the activity; its code is
 * mother's first letter + own first letter + day of birth (LLDD).
 */
const NOW = new Date('2026-12-02T08:00:00+01:00');
const PASSWORD = 'mot-de-passe-e2e';

test.use({ serverClockStart: NOW });

type Response = OutputOf<'questionnaires', 'responses'>[number];

const message = (page: Page) => page.getByTestId('grid-message');
const cell = (page: Page, row: number, col: number) => page.locator(`[data-cell="${row}-${col}"]`);

test('the entry grid: four forms entered by keyboard alone, refused keys, no answer, undo and a duplicate code', async ({ page, server }) => {
  const { coordinator, api } = await seedCoordinator(server, PASSWORD);
  const templates = await api.questionnaires.templates({});
  const template = templates.find((candidate) => candidate.audience === 'pupil')!;
  const before = template.items.filter((item) => item.phase !== 'after').sort((a, b) => a.position - b.position);
  expect(before).toHaveLength(7);
  const { administrationId } = await seedActivity(api, { templateId: template.id });

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

  // Form 4 repeats form 1's code: refused at the code as soon as it is entered, the row kept as typed and not
  // sent (issue 14, item 10: tests/e2e/questionnaire-twin-codes.spec.ts).
  await kb.type('AB12');
  await kb.press('Enter');
  await expect(page.locator('tr[data-row="3"]').getByTestId('code-clash')).toContainText('Code déjà utilisé par le formulaire 1');
  await kb.type('2222222');
  await expect(page.locator('tr[data-row="3"]')).toHaveAttribute('data-status', 'dirty');
  for (const row of [0, 1, 2]) await expect(page.locator(`tr[data-row="${row}"]`)).toHaveAttribute('data-status', 'saved');
  await expect(page.getByTestId('grid-count')).toHaveText('3 / 20 saisis');
  await page.screenshot({ path: 'test-results/questionnaire-grid.png', fullPage: true });

  // Fixed by keyboard: back to its code, a new day of birth, and the row saves when left.
  await kb.press('ArrowUp');
  await expect(cell(page, 3, 0)).toBeFocused();
  await kb.press('End');
  await kb.press('Backspace');
  await kb.type('3');
  await kb.press('ArrowDown');
  await expect(page.locator('tr[data-row="3"]')).toHaveAttribute('data-status', 'saved');

  const responses = await api.questionnaires.responses({ administrationId });
  const values = (response: Response) => before.map((item) => response.answers.find((answer) => answer.itemId === item.id)?.value ?? null);
  expect(responses.map((response) => response.code)).toEqual(['AB12', 'CD05', 'EF23', 'AB13']);
  expect(responses.map(values)).toEqual([
    [1, 2, 3, 4, 5, 1, 2],
    [3, null, 4, 4, 4, 4, 4],
    [5, 3, 1, 1, 1, 1, 1],
    [2, 2, 2, 2, 2, 2, 2],
  ]);
});

/**
 * Issue 5's "done when": a teacher enters 30 paper forms of 20 items without touching the mouse once the grid
 * is open. The template (made by a coordinator through the API) mixes every numeric answer type: Likert 5 and
 * 4, yes/no, 0–10 (10 typed "*") and single choices valued 10/20/30, typed by the option's rank (1, 2, 3).
 */
const TEACHER_FORMS = 30;
const ITEMS = 20;

type Kind = 'likert5' | 'likert4' | 'yes_no' | 'scale_0_10' | 'single_choice';
const KINDS: Kind[] = Array.from({ length: ITEMS }, (_, index) =>
  index < 8 ? 'likert5' : index < 11 ? 'likert4' : index < 14 ? 'yes_no' : index < 17 ? 'scale_0_10' : 'single_choice',
);
const CHOICES = [
  { value: 10, labelFr: 'À pied', labelEn: 'On foot' },
  { value: 20, labelFr: 'En bus', labelEn: 'By bus' },
  { value: 30, labelFr: 'En voiture', labelEn: 'By car' },
];

function templateItem(kind: Kind, index: number): InputOf<'questionnaires', 'createTemplate'>['items'][number] {
  const anchors: Record<Kind, string[]> = {
    likert5: ["Pas du tout d'accord", "Plutôt pas d'accord", "Ni d'accord ni pas d'accord", "Plutôt d'accord", "Tout à fait d'accord"],
    likert4: ['Jamais', 'Parfois', 'Souvent', 'Toujours'],
    yes_no: [],
    scale_0_10: ['Pas du tout', 'Énormément'],
    single_choice: [],
  };
  return {
    id: null,
    dimension: 'other',
    answerType: kind,
    reverseKeyed: false,
    wordingFr: `Question ${index + 1} du test`,
    wordingEn: '',
    phase: 'both',
    anchorsFr: anchors[kind],
    anchorsEn: [],
    choices: kind === 'single_choice' ? CHOICES : [],
  };
}

/**
 * What form `form` answers to item `item`: null for a "no answer" (".") on a few forms, else a value on the
 * item's scale; spread so that every key of every type is typed somewhere.
 */
function answerOf(form: number, item: number): number | null {
  if (form % 10 === 3 && item === form % ITEMS) return null;
  switch (KINDS[item]!) {
    case 'likert5':
      return 1 + ((form + item) % 5);
    case 'likert4':
      return 1 + ((form * 3 + item) % 4);
    case 'yes_no':
      return (form + item) % 2;
    case 'scale_0_10':
      return (form * 7 + item) % 11;
    case 'single_choice':
      return CHOICES[(form + item) % 3]!.value;
  }
}

/** The key typed for an answer: the digit, "*" for 10 on the 0–10 scale, the rank of a choice, "." for none. */
function keyOf(item: number, value: number | null): string {
  if (value === null) return '.';
  if (KINDS[item] === 'single_choice') return String(CHOICES.findIndex((choice) => choice.value === value) + 1);
  return value === 10 ? '*' : String(value);
}

/** Codes follow the recipe own first letter + day of birth (LDD): B01, C02… one per form. */
const codeOf = (form: number) => `${String.fromCharCode(66 + (form % 24))}${String(form + 1).padStart(2, '0')}`;
/** Form 5 skips item 8 with Tab: not entered (no answer row), unlike a "." (no answer, stored as null). */
const SKIPPED = { form: 5, item: 7 };

test('a teacher enters 30 forms of 20 items by keyboard alone in the Saisie tab, and every answer is saved', async ({ page, server, consoleErrors }) => {
  test.setTimeout(300_000);
  const { api } = await seedCoordinator(server, PASSWORD);
  const teacher: NewUser = { username: 'p.lambert', displayName: 'Paul Lambert', password: PASSWORD, roles: ['teacher'] };
  await createUser(server, teacher);
  const accounts = await api.contacts.teacherAccounts({});
  const schoolId = (await api.schools.create(schoolInput('École communale de Droixhe'))).id;
  const { id: contactId } = await api.contacts.create({
    schoolId,
    kind: 'teacher',
    firstName: 'Paul',
    lastName: 'Lambert',
    email: '',
    phone: '',
    userId: accounts.find((account) => account.displayName === 'Paul Lambert')!.id,
    notes: '',
  });
  const template = await api.questionnaires.createTemplate({
    name: 'Questionnaire de vingt questions',
    audience: 'pupil',
    description: '',
    codeRecipe: ['own_first_letter', 'birth_day'],
    items: KINDS.map(templateItem),
  });
  const itemIds = [...template.items].sort((a, b) => a.position - b.position).map((item) => item.id);
  expect(itemIds).toHaveLength(ITEMS);
  const { administrationId } = await seedActivity(api, {
    schoolId,
    classes: [{ name: '6e primaire B', grade: '6P', pupilCount: 30, teacherIds: [contactId] }],
    event: { title: 'Atelier « Migrations »', themes: [] },
    templateId: template.id,
  });

  await page.clock.install({ time: NOW });
  await logIn(page, server, teacher.username, teacher.password);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.getByRole('link', { name: 'Questionnaires' }).click();
  // A teacher has the entry only: no Results or Templates tab, and no import (the coordinators' work).
  await expect(page.getByRole('combobox', { name: /Activité de l'année scolaire 2026–2027/ })).toBeEnabled();
  await expect(page.getByRole('tab', { name: 'Résultats' })).toHaveCount(0);
  await expect(page.getByRole('tab', { name: 'Modèles' })).toHaveCount(0);
  await page.getByRole('combobox', { name: /Activité de l'année scolaire 2026–2027/ }).click();
  await page.getByRole('option', { name: /Atelier « Migrations »/ }).click();
  await expect(page.getByRole('button', { name: 'Encoder' })).toBeVisible();
  await expect(page.getByRole('button', { name: /Importer un fichier CSV/ })).toHaveCount(0);
  await page.getByRole('button', { name: 'Encoder' }).click();

  // From here on, the keyboard only.
  await expect(cell(page, 0, 0)).toBeFocused();
  await expect(page.getByTestId('grid-hint')).toHaveText('Code du formulaire : lettre · chiffre · chiffre, puis Entrée.');
  const kb = page.keyboard;
  for (let form = 0; form < TEACHER_FORMS; form += 1) {
    await kb.type(codeOf(form).toLowerCase());
    await kb.press('Enter');
    const keys = Array.from({ length: ITEMS }, (_, item) => keyOf(item, answerOf(form, item)));
    if (form === 0) {
      // The choice items say their keys above the grid while the cursor is in them.
      await kb.type(keys.slice(0, 17).join(''));
      await expect(page.getByTestId('grid-hint')).toHaveText(
        'Question 18 — Question 18 du test — touches : par rang : 1 → 10 (À pied), 2 → 20 (En bus), 3 → 30 (En voiture)',
      );
      await kb.type(keys.slice(17).join(''));
    } else if (form === SKIPPED.form) {
      await kb.type(keys.slice(0, SKIPPED.item).join(''));
      await kb.press('Tab');
      await kb.type(keys.slice(SKIPPED.item + 1).join(''));
    } else {
      await kb.type(keys.join(''));
    }
    await expect(cell(page, form + 1, 0)).toBeFocused();
  }
  await expect(page.getByTestId('grid-count')).toHaveText(`${TEACHER_FORMS} / ${TEACHER_FORMS} saisis`, { timeout: 20_000 });
  for (const row of [0, 14, 29]) await expect(page.locator(`tr[data-row="${row}"]`)).toHaveAttribute('data-status', 'saved');
  // A choice typed by rank shows the value recorded, as printed beside the paper box.
  await expect(cell(page, 0, 18)).toHaveText(String(answerOf(0, 17)));

  const responses = await api.questionnaires.responses({ administrationId });
  expect(responses).toHaveLength(TEACHER_FORMS);
  const expected = Array.from({ length: TEACHER_FORMS }, (_, form) => ({
    code: codeOf(form),
    answers: itemIds.map((_, item) => (form === SKIPPED.form && item === SKIPPED.item ? 'not entered' : answerOf(form, item))),
  }));
  const stored = responses.map((response) => ({
    code: response.code,
    answers: itemIds.map((itemId) => {
      const answer = response.answers.find((candidate) => candidate.itemId === itemId);
      return answer === undefined ? 'not entered' : answer.value;
    }),
  }));
  expect(stored.sort((a, b) => a.code.localeCompare(b.code))).toEqual(expected.sort((a, b) => a.code.localeCompare(b.code)));
  // "No answer" was typed on three forms and is stored as null; the skipped item has no row at all.
  expect(stored.flatMap((form) => form.answers).filter((value) => value === null)).toHaveLength(3);

  // Reopened, the grid tells the two apart: "—" for no answer, blank for not entered.
  await page.reload();
  await expect(page.getByTestId('grid-count')).toHaveText(`${TEACHER_FORMS} / ${TEACHER_FORMS} saisis`, { timeout: 30_000 });
  // The grid lists the forms in the order the server gives them.
  const rowOf = (code: string) => responses.findIndex((response) => response.code === code);
  const noAnswer = cell(page, rowOf(codeOf(3)), 3 % ITEMS + 1);
  await expect(noAnswer).toHaveAttribute('data-value', 'none');
  await expect(noAnswer).toHaveText('—');
  const notEntered = cell(page, rowOf(codeOf(SKIPPED.form)), SKIPPED.item + 1);
  await expect(notEntered).toHaveAttribute('data-value', '');
  await expect(notEntered).toHaveText('');
  await notEntered.focus();
  await page.screenshot({ path: 'test-results/questionnaire-grid-teacher.png' });
  expect(consoleErrors).toEqual([]);
});
