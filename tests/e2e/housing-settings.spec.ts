import { test, expect, setUpAdmin, createUser, logIn, apiSession, type NewUser } from './fixtures';

const worker: NewUser = { username: 'l.martin', displayName: 'Léa Martin', password: 'mot-de-passe-delais', roles: ['housing'] };

test('a housing worker changes a deadline, it stays after a reload; an invalid value is named under its field; defaults come back', async ({
  page,
  server,
}) => {
  test.setTimeout(180_000);
  await setUpAdmin(server);
  await createUser(server, worker);
  await logIn(page, server, worker.username, worker.password);
  await expect(page.getByRole('heading', { level: 1, name: 'Accueil' })).toBeVisible();

  await page.getByRole('navigation').getByRole('link', { name: 'Paramètres' }).click();
  await page.getByRole('tab', { name: 'Délais logement' }).click();
  await expect(page).toHaveURL(/#\/settings\/housingDeadlines/);
  await expect(page.getByRole('heading', { level: 2, name: 'Délais du logement et des inscriptions' })).toBeVisible();

  // Each length says what it means and where it comes from.
  const forward = page.getByLabel('Transmission au CPAS compétent');
  await expect(forward).toHaveValue('5');
  await expect(page.getByText('Par défaut : 5 jours — loi organique des CPAS du 8 juillet 1976, art. 58 § 3')).toBeVisible();
  await expect(page.getByText('Par défaut : 3 mois — adresse de référence')).toBeVisible();
  const save = page.getByRole('button', { name: 'Enregistrer' });
  await expect(save).toBeDisabled();

  // A shorter stay: saved with a confirmation, still there after a reload, and what the server answers.
  const stay = page.getByLabel('Séjour en hébergement citoyen');
  await stay.fill('21');
  await page.screenshot({ path: '/tmp/pw-housing-deadlines.png', fullPage: true });
  await stay.press('Enter');
  await expect(page.getByText('Délais enregistrés.')).toBeVisible();
  await page.reload();
  await expect(page.getByLabel('Séjour en hébergement citoyen')).toHaveValue('21');
  const api = await apiSession(server, worker); // createUser has set the password the worker chose
  expect(await api.housingSettings.get({})).toMatchObject({ citizenStayDays: 21, forwardDays: 5 });

  // Out of range: the server's message under that field, nothing saved.
  await page.getByLabel('Transmission au CPAS compétent').fill('0');
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  const forwardInput = page.getByLabel('Transmission au CPAS compétent');
  await expect(forwardInput).toHaveAttribute('aria-invalid', 'true');
  // The message is the field's own (tied to it by aria-describedby); the notification repeats it with the label.
  const message = page.getByText('La valeur minimale est 1.', { exact: true });
  await expect(message).toBeVisible();
  expect((await forwardInput.getAttribute('aria-describedby'))?.split(' ')).toContain(await message.getAttribute('id'));
  await page.screenshot({ path: '/tmp/pw-housing-deadlines-error.png' });
  expect(await api.housingSettings.get({})).toMatchObject({ citizenStayDays: 21, forwardDays: 5 });

  // Back to the defaults: filled in, then saved.
  await page.getByRole('button', { name: 'Rétablir les valeurs par défaut' }).click();
  await expect(page.getByLabel('Séjour en hébergement citoyen')).toHaveValue('28');
  await expect(page.getByLabel('Transmission au CPAS compétent')).toHaveValue('5');
  await expect(page.getByText('La valeur minimale est 1.', { exact: true })).toHaveCount(0);
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.getByText('Délais enregistrés.').first()).toBeVisible();
  await expect.poll(async () => (await api.housingSettings.get({})).citizenStayDays).toBe(28);
  await expect(page.getByRole('button', { name: 'Rétablir les valeurs par défaut' })).toBeDisabled();
});

test('a coordinator has no housing deadlines tab', async ({ page, server }) => {
  const coordinator: NewUser = { username: 'c.lejeune', displayName: 'Chloé Lejeune', password: 'mot-de-passe-coord', roles: ['coordinator'] };
  await setUpAdmin(server);
  await createUser(server, coordinator);
  await logIn(page, server, coordinator.username, coordinator.password);
  await page.getByRole('navigation').getByRole('link', { name: 'Paramètres' }).click();
  await expect(page.getByRole('tab', { name: 'Préférences' })).toBeVisible();
  await expect(page.getByRole('tab', { name: 'Délais logement' })).toHaveCount(0);
});
