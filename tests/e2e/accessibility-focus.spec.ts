import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { startServer, type RunningServer } from './server';

/**
 * Issue 21, focus is never lost: every dialog opens on its form's first field (or, with no form, on its title —
 * never on « Fermer »), closing it by Esc, « Fermer », « Annuler » or a save puts focus back on what opened it,
 * and a refused submit puts focus on the first field in error and announces which fields to correct
 * (role=alert). All by real key presses, read from `document.activeElement`.
 */

const CLOCK_START = new Date('2026-11-28T10:00:00+01:00');
const DEMO_PASSWORD = 'passerelle-demo';
let demoDir = '';

test.beforeAll(() => {
  demoDir = mkdtempSync(join(tmpdir(), 'passerelle-focus-demo-'));
  execFileSync(process.execPath, ['dist/main/demo.cjs', '--data-dir', demoDir], {
    env: { ...process.env, PASSERELLE_CLOCK_START: CLOCK_START.toISOString() },
    stdio: 'ignore',
  });
});

test.afterAll(() => rmSync(demoDir, { recursive: true, force: true }));

/** The servers a test started: stopped after it, passed or failed (a failed test must not leave one running). */
const running: RunningServer[] = [];
test.afterEach(async () => {
  for (const server of running.splice(0)) await stopDemo(server);
});

/** A server on a copy of the demo data, logged in as `username`. */
async function demoSession(page: Page, username: string): Promise<RunningServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'passerelle-focus-'));
  cpSync(demoDir, dataDir, { recursive: true });
  const server = await startServer({ dataDir, clockStart: CLOCK_START });
  running.push(server);
  await page.goto(server.url);
  await page.getByLabel("Nom d'utilisateur").fill(username);
  await page.getByLabel('Mot de passe', { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await expect(page.getByRole('navigation', { name: 'Navigation principale' })).toBeVisible();
  return server;
}

async function stopDemo(server: RunningServer): Promise<void> {
  await server.stop();
  rmSync(server.dataDir, { recursive: true, force: true });
}

function goTo(page: Page, section: string): Promise<void> {
  return page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: section }).click();
}

const FIELDS = 'input:not([type="hidden"]):not([disabled]), textarea:not([disabled]), select:not([disabled]), button:not([disabled])';
const ANNOUNCED = /champs? à corriger|Corrigez ces informations/;

/** A press of Enter on `control`, as a keyboard user opens or submits. */
async function pressEnterOn(control: Locator): Promise<void> {
  await control.focus();
  await control.press('Enter');
}

/** After a refused submit: focus on the first field in error, and the summary announced. */
async function expectRefused(scope: Locator): Promise<void> {
  await expect(scope.locator('[aria-invalid="true"]').first()).toBeFocused();
  await expect(scope.getByRole('alert').filter({ hasText: ANNOUNCED })).toHaveCount(1);
  // Each message under its field is a sentence of its own: « Ce champ est obligatoire. », not the lower-case
  // words meant to follow a field's name.
  for (const message of await scope.locator('.mantine-InputWrapper-error').filter({ visible: true }).allInnerTexts()) {
    expect(message, 'a message under a field starts with a capital').toMatch(/^\P{Ll}/u);
  }
}

interface DialogCase {
  /** The row's name in a failure. */
  name: string;
  /** Shows the page the opener is on. */
  show(page: Page): Promise<void>;
  opener(page: Page): Locator;
  dialog: string | RegExp;
  /** How this round closes it. */
  close: 'Escape' | 'Fermer' | 'Annuler';
  /** With a form: opens on its first field; submitting it empty is refused. Without: opens on its title. */
  form: boolean;
  /** False for a form that an empty submit does not refuse (a household: its code is its identity). */
  refusesEmpty?: false;
  /** Fills the form so that it saves; then closing by the save returns focus too. */
  fill?(dialog: Locator, page: Page): Promise<void>;
}

/**
 * The round every dialog goes through: open by Enter → first field (or title) focused → closed the row's way →
 * focus on the opener; then, for a form: open → submit empty by Enter → first field in error focused, the summary
 * announced → Annuler → focus on the opener; then, if it can be filled, saved → focus on the opener.
 */
async function dialogRound(page: Page, row: DialogCase): Promise<void> {
  await test.step(row.name, async () => {
    await row.show(page);
    const opener = row.opener(page);
    const dialog = page.getByRole('dialog', { name: row.dialog });

    await pressEnterOn(opener);
    await expect(dialog).toBeVisible();
    if (row.form) await expect(dialog.locator('form').locator(FIELDS).filter({ visible: true }).first()).toBeFocused();
    else await expect(dialog.getByRole('heading', { name: row.dialog })).toBeFocused();
    await expect(dialog.getByRole('button', { name: 'Fermer' })).not.toBeFocused();

    if (row.close === 'Escape') await page.keyboard.press('Escape');
    else if (row.close === 'Fermer') await pressEnterOn(dialog.getByRole('banner').getByRole('button', { name: 'Fermer' }));
    else await pressEnterOn(dialog.getByRole('button', { name: 'Annuler', exact: true }).last());
    await expect(dialog).toBeHidden();
    await expect(opener).toBeFocused();
    if (!row.form || row.refusesEmpty === false) return;

    await pressEnterOn(opener);
    await expect(dialog).toBeVisible();
    await pressEnterOn(dialog.locator('form button[type="submit"]').last());
    await expectRefused(dialog);
    await pressEnterOn(dialog.getByRole('button', { name: 'Annuler', exact: true }).last());
    await expect(dialog).toBeHidden();
    await expect(opener).toBeFocused();

    if (!row.fill) return;
    await pressEnterOn(opener);
    await expect(dialog).toBeVisible();
    await row.fill(dialog, page);
    await pressEnterOn(dialog.locator('form button[type="submit"]').last());
    await expect(dialog).toBeHidden();
    await expect(opener).toBeFocused();
  });
}

test('first start, login and change of password: an empty submit focuses the first field in error and announces it; passwords are marked invalid', async ({ page, server }) => {
  await page.goto(server.url);
  const submitSetup = page.getByRole('button', { name: "Créer le compte administrateur" });
  await pressEnterOn(submitSetup);
  await expectRefused(page.locator('form'));
  await expect(page.getByLabel("Nom d'utilisateur")).toBeFocused();
  await expect(page.getByLabel('Mot de passe', { exact: true })).toHaveAttribute('aria-invalid', 'true');

  // Only the passwords left in error: focus goes to the first of them, which names its error.
  await page.getByLabel("Nom d'utilisateur").fill('admin');
  await page.getByLabel('Nom affiché').fill('Claire Administratrice');
  await pressEnterOn(submitSetup);
  const password = page.getByLabel('Mot de passe', { exact: true });
  await expect(password).toBeFocused();
  await expect(password).toHaveAttribute('aria-invalid', 'true');
  await expect(password).toHaveAccessibleDescription(/.+/);

  await password.fill('phrase-de-passe-admin');
  await page.getByLabel('Confirmer le mot de passe').fill('phrase-de-passe-admin');
  await pressEnterOn(submitSetup);

  // The login form, the username offered: an empty password is refused on the password field.
  const logIn = page.getByRole('button', { name: 'Se connecter' });
  await expect(logIn).toBeVisible();
  await page.getByLabel("Nom d'utilisateur").fill('');
  await pressEnterOn(logIn);
  await expectRefused(page.locator('form'));
  await expect(page.getByLabel("Nom d'utilisateur")).toBeFocused();
  await page.getByLabel("Nom d'utilisateur").fill('admin');
  await pressEnterOn(logIn);
  await expect(page.getByLabel('Mot de passe', { exact: true })).toBeFocused();
  await expect(page.getByLabel('Mot de passe', { exact: true })).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByRole('alert').filter({ hasText: '1 champ à corriger (Mot de passe)' })).toHaveCount(1);
  await page.getByLabel('Mot de passe', { exact: true }).fill('phrase-de-passe-admin');
  await pressEnterOn(logIn);

  // The change of password, opened from the user menu: back on the menu's button when closed.
  const menu = page.getByRole('button', { name: /Claire Administratrice/ });
  await pressEnterOn(menu);
  await page.getByRole('menuitem', { name: 'Changer mon mot de passe' }).press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Changer mon mot de passe' });
  await expect(dialog.locator('form').locator(FIELDS).filter({ visible: true }).first()).toBeFocused();
  await pressEnterOn(dialog.getByRole('button', { name: 'Enregistrer le nouveau mot de passe' }));
  await expectRefused(dialog);
  await expect(dialog.getByLabel('Mot de passe actuel')).toHaveAttribute('aria-invalid', 'true');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(menu).toBeFocused();
});

test('coordination: activity, loan, loan drawer, school and partner dialogs — first field, focus back on close and save, refused submit announced', async ({ page }) => {
  await demoSession(page, 'coordination');
  const rows: DialogCase[] = [
    {
      name: 'new activity, closed by Esc',
      show: (p) => goTo(p, 'Calendrier'),
      opener: (p) => p.getByRole('button', { name: 'Nouvelle activité' }),
      dialog: 'Nouvelle activité',
      close: 'Escape',
      form: true,
    },
    {
      name: 'new loan, closed by Fermer',
      show: (p) => goTo(p, 'Expositions'),
      opener: (p) => p.getByRole('button', { name: 'Nouvelle demande' }).first(),
      dialog: 'Nouvelle demande de prêt',
      close: 'Fermer',
      form: true,
    },
    {
      name: "a loan's drawer, closed by Esc",
      show: (p) => goTo(p, 'Expositions'),
      opener: (p) => p.getByRole('main').getByRole('table').getByRole('row').nth(1).getByRole('button').first(),
      dialog: /^Prêt à /,
      close: 'Escape',
      form: false,
    },
    {
      name: 'new school, closed by Annuler',
      show: (p) => goTo(p, 'Écoles'),
      opener: (p) => p.getByRole('button', { name: 'Nouvelle école' }),
      dialog: 'Nouvelle école',
      close: 'Annuler',
      form: true,
    },
    {
      name: 'new partner, saved',
      show: async (p) => {
        await goTo(p, 'Écoles');
        await p.getByRole('tab', { name: 'Partenaires' }).click();
      },
      opener: (p) => p.getByRole('button', { name: 'Nouveau partenaire' }),
      dialog: 'Nouveau partenaire',
      close: 'Escape',
      form: true,
      // It opens on its name: typing goes there.
      fill: (_dialog, p) => p.keyboard.type('Théâtre de la Renaissance'),
    },
  ];
  for (const row of rows) await dialogRound(page, row);
});

test('housing: unit, household, placement and registration dialogs — first field, focus back on close, refused submit announced', async ({ page }) => {
  await demoSession(page, 'cpas');
  const openUnit = async (p: Page) => {
    await goTo(p, 'Logement');
    await p.getByRole('button', { name: /^Ouvrir la fiche du logement/ }).first().click();
  };
  const rows: DialogCase[] = [
    {
      name: 'new unit, closed by Esc',
      show: (p) => goTo(p, 'Logement'),
      opener: (p) => p.getByRole('button', { name: 'Nouveau logement' }),
      dialog: 'Nouveau logement',
      close: 'Escape',
      form: true,
    },
    {
      name: 'new household, closed by Annuler',
      show: async (p) => {
        await goTo(p, 'Logement');
        await p.getByRole('tab', { name: 'Ménages' }).click();
      },
      opener: (p) => p.getByRole('button', { name: 'Nouveau ménage' }),
      dialog: 'Nouveau ménage',
      close: 'Annuler',
      form: true,
      refusesEmpty: false,
    },
    {
      name: 'new registration, closed by Annuler',
      show: (p) => goTo(p, 'Domiciliations'),
      opener: (p) => p.getByRole('button', { name: 'Nouvelle domiciliation' }),
      dialog: 'Nouvelle domiciliation',
      close: 'Annuler',
      form: true,
    },
    {
      name: "placing a household from a unit's sheet, closed by Fermer",
      show: openUnit,
      opener: (p) => p.getByRole('dialog').getByRole('button', { name: 'Placer un ménage' }),
      dialog: 'Placer un ménage',
      close: 'Fermer',
      form: true,
    },
  ];
  for (const row of rows) await dialogRound(page, row);
});
