import type { Locator, Page } from '@playwright/test';
import { test, expect, setUpAdmin, createUser, logIn, seedCoordinator, type NewUser } from './fixtures';

const PROMPT = 'Abandonner les modifications ?';
const PASSWORD = 'mot-de-passe-coordination';

function prompt(page: Page): Locator {
  return page.getByRole('dialog', { name: PROMPT });
}

/** What has the focus, read from the page itself: never the body. */
async function focusedText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const active = document.activeElement;
    if (!active || active === document.body) return '(body)';
    return (active.getAttribute('aria-label') ?? active.textContent ?? '').trim();
  });
}

/**
 * The user's round in a form modal: Esc with typing asks ("Continuer la saisie" focused, Esc = continue, the
 * typing kept); *Annuler* asks, "Abandonner" closes; a clean form closes at once; focus is back on the button.
 */
async function discardRound(page: Page, opener: Locator, dialogName: string, field: (dialog: Locator) => Locator, text: string) {
  await opener.click();
  const dialog = page.getByRole('dialog', { name: dialogName });
  await expect(dialog).toBeVisible();

  // Clean: Esc closes at once, no question; focus back on the opening button.
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(prompt(page)).toHaveCount(0);
  await expect(opener).toBeFocused();

  await opener.click();
  await expect(dialog).toBeVisible();
  await field(dialog).fill(text);
  await page.keyboard.press('Escape');
  await expect(prompt(page)).toBeVisible();
  await expect(prompt(page).getByRole('button', { name: 'Continuer la saisie' })).toBeVisible();
  // Esc on the question keeps typing.
  await page.keyboard.press('Escape');
  await expect(prompt(page)).toBeHidden();
  await expect(dialog).toBeVisible();
  await expect(field(dialog)).toHaveValue(text);

  // The close button asks too; "Continuer la saisie" keeps the text.
  await dialog.getByRole('button', { name: 'Fermer' }).click();
  await prompt(page).getByRole('button', { name: 'Continuer la saisie' }).click();
  await expect(prompt(page)).toBeHidden();
  await expect(field(dialog)).toHaveValue(text);

  // Annuler asks; "Abandonner" closes, and focus is back on what opened the form.
  await dialog.getByRole('button', { name: 'Annuler' }).click();
  await expect(prompt(page)).toBeVisible();
  await prompt(page).getByRole('button', { name: 'Abandonner' }).click();
  await expect(dialog).toBeHidden();
  await expect(prompt(page)).toHaveCount(0);
  await expect(opener).toBeFocused();
  expect(await focusedText(page)).not.toBe('(body)');
}

test('settings: a new user form asks before its typing is lost, and focus returns to "Nouvel utilisateur"', async ({ page, server }) => {
  await setUpAdmin(server);
  await logIn(page, server, 'admin', 'phrase-de-passe-admin');
  await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Paramètres' }).click();
  await page.getByRole('tab', { name: 'Utilisateurs' }).click();
  const opener = page.getByRole('button', { name: 'Nouvel utilisateur' });
  await discardRound(page, opener, 'Nouvel utilisateur', (dialog) => dialog.getByLabel('Nom affiché'), 'Amina Bensaïd');
});

test('calendar: a new activity asks before its typing is lost, and focus returns to "Nouvelle activité"', async ({ page, server }) => {
  const { coordinator } = await seedCoordinator(server, PASSWORD);
  await logIn(page, server, coordinator.username, coordinator.password);
  await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Calendrier' }).click();
  const opener = page.getByRole('button', { name: 'Nouvelle activité' });
  await discardRound(page, opener, 'Nouvelle activité', (dialog) => dialog.getByLabel('Titre'), 'Atelier « Préjugés »');
});

test('housing: a new household asks before its typing is lost; after saving, closing its sheet puts focus back on "Nouveau ménage"', async ({ page, server }) => {
  test.setTimeout(120_000);
  const worker: NewUser = { username: 'n.dubois', displayName: 'Nora Dubois', password: 'mot-de-passe-menages', roles: ['housing'] };
  await setUpAdmin(server);
  await createUser(server, worker);
  await logIn(page, server, worker.username, worker.password);
  await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Logement' }).click();
  await page.getByRole('tab', { name: 'Ménages' }).click();
  const opener = page.getByRole('button', { name: 'Nouveau ménage' });
  const firstName = (dialog: Locator) => dialog.getByRole('group', { name: 'Personne 1' }).getByLabel('Prénom');
  await discardRound(page, opener, 'Nouveau ménage', firstName, 'Amina');

  // The form is replaced by the household's sheet once saved; closing the sheet goes back to the button.
  await opener.click();
  const dialog = page.getByRole('dialog', { name: 'Nouveau ménage' });
  await firstName(dialog).fill('Amina');
  await dialog.getByRole('button', { name: 'Enregistrer le ménage' }).click();
  const sheet = page.getByRole('dialog').filter({ hasText: "Chaque consultation est enregistrée dans le journal d'accès" });
  await expect(sheet).toBeVisible();
  await expect(dialog).toBeHidden();
  // Nothing typed in the sheet: Esc closes it without a question.
  await sheet.getByRole('button', { name: 'Fermer' }).focus();
  await page.keyboard.press('Escape');
  await expect(sheet).toBeHidden();
  await expect(prompt(page)).toHaveCount(0);
  await expect(opener).toBeFocused();
});

test('template editor and settings page: leaving the section or signing out with unsaved typing asks first', async ({ page, server }) => {
  const { coordinator } = await seedCoordinator(server, PASSWORD);
  await logIn(page, server, coordinator.username, coordinator.password);
  const nav = page.getByRole('navigation', { name: 'Navigation principale' });
  await nav.getByRole('link', { name: 'Questionnaires' }).click();
  await page.getByRole('tab', { name: 'Modèles' }).click();
  await page.getByRole('button', { name: 'Nouveau questionnaire' }).click();
  const name = page.getByLabel('Nom du questionnaire');
  await name.fill('Regards croisés');

  // Another section: asked; "Continuer la saisie" stays with the typing.
  await nav.getByRole('link', { name: 'Calendrier' }).click();
  await expect(prompt(page)).toBeVisible();
  await expect(prompt(page).getByRole('button', { name: 'Continuer la saisie' })).toBeFocused();
  await prompt(page).getByRole('button', { name: 'Continuer la saisie' }).click();
  // Gone, closing transition included, before the next question opens (two would then be on screen a moment).
  await expect(prompt(page)).toHaveCount(0);
  await expect(name).toHaveValue('Regards croisés');
  await expect(page).not.toHaveURL(/calendar|calendrier/);

  // Signing out by hand: asked too; staying keeps the session and the text.
  await page.getByRole('button', { name: /Nadia Verlaine/ }).click();
  await page.getByRole('menuitem', { name: 'Se déconnecter' }).click();
  await expect(prompt(page)).toBeVisible();
  await prompt(page).getByRole('button', { name: 'Continuer la saisie' }).click();
  await expect(prompt(page)).toHaveCount(0);
  await expect(name).toHaveValue('Regards croisés');

  // The editor's own way back asks the same question.
  await page.getByRole('button', { name: 'Retour aux questionnaires' }).click();
  await expect(prompt(page)).toBeVisible();
  await prompt(page).getByRole('button', { name: 'Continuer la saisie' }).click();
  await expect(prompt(page)).toHaveCount(0);

  // "Abandonner" goes where the user asked.
  await nav.getByRole('link', { name: 'Calendrier' }).click();
  await prompt(page).getByRole('button', { name: 'Abandonner' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Calendrier' })).toBeVisible();
  await expect(prompt(page)).toHaveCount(0);

  // Nothing typed: no question.
  await nav.getByRole('link', { name: 'Questionnaires' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Questionnaires' })).toBeVisible();
  await expect(prompt(page)).toHaveCount(0);
});

test('closing the tab with unsaved typing is held (the desktop app asks « Quitter sans enregistrer ? » on the same refusal)', async ({ page, server }) => {
  await setUpAdmin(server);
  await logIn(page, server, 'admin', 'phrase-de-passe-admin');
  await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Paramètres' }).click();
  await page.getByRole('tab', { name: 'Utilisateurs' }).click();
  await page.getByRole('button', { name: 'Nouvel utilisateur' }).click();
  const dialog = page.getByRole('dialog', { name: 'Nouvel utilisateur' });
  await dialog.getByLabel('Nom affiché').fill('Amina Bensaïd');
  const asked = page.waitForEvent('dialog');
  await page.close({ runBeforeUnload: true });
  const question = await asked;
  expect(question.type()).toBe('beforeunload');
  // "Stay": the page and the typing are still there.
  await question.dismiss();
  await expect(dialog.getByLabel('Nom affiché')).toHaveValue('Amina Bensaïd');
  expect(page.isClosed()).toBe(false);
});
