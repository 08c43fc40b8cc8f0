import type { Page } from '@playwright/test';
import { test, expect, setUpAdmin, createUser, logIn, apiSession, type NewUser } from './fixtures';

/**
 * Issue 20, retention: the administrator's home reminds that housing records are past their term; the housing
 * worker opens Settings → Protection des données, sees what would be erased, confirms by typing the word, and the
 * run erases that household's people (and no other); the reminder is gone.
 */
const worker: NewUser = { username: 'l.martin', displayName: 'Léa Martin', password: 'mot-de-passe-retention', roles: ['housing'] };

async function logOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: /Menu du compte de/ }).click();
  await page.getByRole('menuitem', { name: 'Se déconnecter' }).click();
  await expect(page.getByLabel("Nom d'utilisateur")).toBeVisible();
}

test('the admin is reminded, the housing worker previews then confirms a run, and the reminder goes', async ({ page, server }) => {
  test.setTimeout(180_000);
  await setUpAdmin(server);
  await createUser(server, worker);
  const api = await apiSession(server, worker);
  // A household housed from January 2018 to May 2019 (long past the 5-year term), another still housed.
  const unit = await api.housing.createUnit({
    code: 'RET-E2E',
    kind: 'logement_transit',
    address: 'Rue Féronstrée 40, 4000 Liège',
    providerId: null,
    capacity: 6,
    supports: [],
    notes: '',
    citizenStayDays: null,
    lightHousingCriteria: [],
    status: 'active',
    statusDate: '2018-01-01',
  });
  const person = { residenceStatus: null, birthYear: 1980, contact: '', languages: [] };
  const past = await api.housing.createHousehold({
    size: 2,
    notes: '',
    people: [
      { ...person, firstName: 'Yasmina', lastName: 'Oldfile' },
      { ...person, firstName: 'Karim', lastName: 'Oldfile' },
    ],
  });
  const housed = await api.housing.createHousehold({ size: 1, notes: '', people: [{ ...person, firstName: 'Ines', lastName: 'Stillhere' }] });
  const stay = await api.housing.createPlacement({ unitId: unit.id, householdId: past.id, places: 2, start: '2018-01-15', plannedEnd: null, notes: '' });
  await api.housing.endPlacement({ id: stay.id, actualEnd: '2019-05-31', endReason: 'returned' });
  await api.housing.createPlacement({ unitId: unit.id, householdId: housed.id, places: 1, start: '2018-01-15', plannedEnd: null, notes: '' });

  // The administrator's home: the reminder, with the way to the settings.
  await logIn(page, server, 'admin', 'phrase-de-passe-admin');
  const reminder = page.getByRole('region', { name: 'Durées de conservation' });
  await expect(reminder).toBeVisible({ timeout: 30_000 });
  await expect(reminder.getByRole('listitem')).toHaveText(['1 dossier logement à effacer : le service logement le confirme dans Paramètres → Protection des données.']);
  await expect(reminder.getByRole('link', { name: 'Ouvrir la protection des données' })).toBeVisible();
  await logOut(page);

  // The housing worker: the rule, its legal basis, what is past it.
  await logIn(page, server, worker.username, worker.password);
  await page.getByRole('navigation').getByRole('link', { name: 'Paramètres' }).click();
  await page.getByRole('tab', { name: 'Protection des données' }).click();
  const rule = page.getByRole('article', { name: 'Dossiers logement' });
  await expect(rule.getByText('loi organique des CPAS du 8 juillet 1976', { exact: false })).toBeVisible();
  await expect(rule.getByText('5 ans', { exact: true })).toBeVisible();
  await expect(rule.getByText(/^1 dossier a dépassé sa durée de conservation/)).toBeVisible();
  // Contacts are the coordinators' and the admin's to run: no button here for the housing worker.
  await expect(page.getByRole('article', { name: "Contacts de l'annuaire" }).getByRole('button', { name: 'Voir ce qui serait effacé' })).toHaveCount(0);

  await rule.getByRole('button', { name: 'Voir ce qui serait effacé' }).click();
  const list = rule.getByRole('table');
  await expect(list.getByRole('row')).toHaveCount(2);
  await expect(list.getByRole('cell', { name: past.code })).toBeVisible();
  await expect(list.getByRole('cell', { name: '31 mai 2019' })).toBeVisible();
  await expect(list).not.toContainText(housed.code);
  await page.screenshot({ path: '/tmp/pw-retention-preview.png', fullPage: true });

  // The typed confirmation: the red button works only once the word is typed.
  await rule.getByRole('button', { name: 'Effacer 1 dossier' }).click();
  const dialog = page.getByRole('dialog', { name: 'Effacer les dossiers arrivés à échéance ?' });
  const confirm = dialog.getByRole('button', { name: 'Effacer 1 dossier' });
  await expect(confirm).toBeDisabled();
  await dialog.getByLabel('Pour confirmer, tapez EFFACER').fill('effacer');
  await expect(confirm).toBeEnabled();
  await confirm.click();
  await expect(dialog).toBeHidden();
  await expect(rule.getByRole('status').filter({ hasText: '1 dossier effacé (2 personne(s))' })).toBeVisible();
  await expect(rule.getByText(/^Aucun dossier n'a dépassé sa durée/)).toBeVisible();
  await expect(page.getByTestId('retention-history').getByRole('row')).toHaveCount(2);
  await page.screenshot({ path: '/tmp/pw-retention-done.png', fullPage: true });

  // Exactly that household's people are erased.
  expect(await api.housing.personCodes({ householdId: past.id })).toEqual([]);
  expect(await api.housing.personCodes({ householdId: housed.id })).toHaveLength(1);
  await logOut(page);

  // Nothing is due any more: the administrator's home has no reminder.
  await logIn(page, server, 'admin', 'phrase-de-passe-admin');
  await expect(page.getByRole('region', { name: 'Sauvegardes' })).toBeVisible({ timeout: 30_000 });
  // Every read of the home answered (the retention status among them) before the absence is checked.
  await page.waitForLoadState('networkidle');
  await expect(page.getByRole('region', { name: 'Durées de conservation' })).toHaveCount(0);
});
