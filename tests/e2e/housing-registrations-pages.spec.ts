import { registrationInput } from '../helpers/housing';
import { test, expect, setUpAdmin, createUser, logIn, apiSession, type NewUser } from './fixtures';

/**
 * The registrations list in pages (issue 19): the list is read once and searched on the screen, 50 rows a page.
 * With 60 registrations, the search finds one that is not on the first page, the count says how many match
 * (to screen readers too), the pages turn from the keyboard, and sorting a column starts again from page 1.
 */
const NOW = new Date('2027-03-15T09:00:00+01:00');
test.use({ serverClockStart: NOW });

const worker: NewUser = { username: 'n.dumont', displayName: 'Nora Dumont', password: 'mot-de-passe-pages-domiciliations', roles: ['housing'] };
const person = { firstName: '', lastName: '', residenceStatus: null, birthYear: 1990, contact: '', languages: [] };

test('60 registrations: the search finds one beyond the first page, the pages turn from the keyboard, sorting keeps working', async ({ page, server, consoleErrors }) => {
  test.setTimeout(240_000);
  await setUpAdmin(server);
  await createUser(server, worker);
  const api = await apiSession(server, worker);
  const codes: string[] = [];
  const households: { code: string; people: string[] }[] = [];
  for (let household = 0; household < 3; household += 1) {
    const created = await api.housing.createHousehold({ size: 20, notes: '', people: Array.from({ length: 20 }, () => person) });
    households.push({ code: created.code, people: created.people.map((member) => member.code) });
    for (const member of created.people) {
      await api.registrations.create(registrationInput(member.id));
      codes.push(member.code);
    }
  }
  expect(await api.registrations.list({})).toHaveLength(60);

  await page.clock.install({ time: NOW });
  await logIn(page, server, worker.username, worker.password);
  await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Domiciliations' }).click();
  const panel = page.getByRole('tabpanel', { name: 'Toutes les domiciliations' });
  const table = panel.getByRole('table');
  const bodyRows = table.locator('tbody tr');
  // The whole list is read once: on a loaded machine, give that first read time.
  await expect(panel.getByText('60 domiciliations', { exact: true })).toBeVisible({ timeout: 30_000 });
  await expect(panel.getByText('1–50 sur 60')).toBeVisible();
  await expect(bodyRows).toHaveCount(50);

  // A registration the first page does not show.
  const firstPage = (await bodyRows.locator('td:first-child button').allTextContents()).map((text) => text.trim());
  const beyond = codes.find((code) => !firstPage.includes(code))!;
  expect(beyond).toBeDefined();
  await expect(table.getByRole('button', { name: beyond, exact: true })).toHaveCount(0);

  // Searching its code finds it, whatever page it was on; the count (read out politely) says 1.
  const search = panel.getByPlaceholder('Code de la personne ou du ménage');
  await search.fill(beyond.toLowerCase());
  await expect(panel.getByText('1 domiciliation', { exact: true })).toHaveAttribute('aria-live', 'polite');
  await expect(bodyRows).toHaveCount(1);
  await expect(table.getByRole('button', { name: beyond, exact: true })).toBeVisible();
  await search.fill('');
  await expect(panel.getByText('60 domiciliations', { exact: true })).toBeVisible();

  // The next page from the keyboard: the last 10 rows, the chosen one among them unless page 1 shows it.
  const next = panel.getByRole('button', { name: 'Page suivante' });
  await next.focus();
  await page.keyboard.press('Enter');
  await expect(panel.getByText('51–60 sur 60')).toBeVisible();
  await expect(bodyRows).toHaveCount(10);
  await expect(table.getByRole('button', { name: beyond, exact: true })).toBeVisible();
  await panel.getByRole('button', { name: 'Page 1', exact: true }).focus();
  await page.keyboard.press('Space');
  await expect(panel.getByText('1–50 sur 60')).toBeVisible();

  // Sorting by person from the keyboard: every code in order across the pages, from page 1.
  await next.focus();
  await page.keyboard.press('Enter');
  await expect(panel.getByText('51–60 sur 60')).toBeVisible();
  const sorted = [...codes].sort((a, b) => a.localeCompare(b, 'fr', { numeric: true }));
  const personHeader = table.getByRole('columnheader', { name: 'Personne' });
  await personHeader.getByRole('button').focus();
  await page.keyboard.press('Enter');
  await expect(personHeader).toHaveAttribute('aria-sort', 'ascending');
  await expect(panel.getByText('1–50 sur 60')).toBeVisible();
  await expect(bodyRows.locator('td:first-child button')).toHaveText(sorted.slice(0, 50));
  await page.keyboard.press('Enter');
  await expect(personHeader).toHaveAttribute('aria-sort', 'descending');
  await expect(bodyRows.locator('td:first-child button')).toHaveText([...sorted].reverse().slice(0, 50));

  // A household's code narrows to its 20 people, still in the chosen order, on one page.
  const household = households[1]!;
  await search.fill(household.code);
  await expect(panel.getByText('20 domiciliations', { exact: true })).toBeVisible();
  await expect(panel.getByText('1–20 sur 20')).toBeVisible();
  await expect(bodyRows.locator('td:first-child button')).toHaveText(
    [...household.people].sort((a, b) => a.localeCompare(b, 'fr', { numeric: true })).reverse(),
  );
  expect(consoleErrors).toEqual([]);
});
