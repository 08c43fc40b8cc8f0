import { test, expect, schoolInput, seedCoordinator } from './fixtures';
import { CALENDAR_NOW, openWeek, pickOption } from './calendar-view';

/**
 * Issue 17, point 3: nothing typed twice in the activity form. Classes fill the pupils expected (never over a
 * number the user typed); once a partner is chosen, the facilitator picker offers that partner's people.
 */
const PASSWORD = 'mot-de-passe-e2e';

test.use({ serverClockStart: CALENDAR_NOW });

test('classes fill the pupils expected unless typed, and facilitators follow the chosen partner', async ({ page, server, consoleErrors }) => {
  const { coordinator, api } = await seedCoordinator(server, PASSWORD);
  const schoolId = (await api.schools.create(schoolInput('École communale de Droixhe'))).id;
  await api.classes.create({ schoolId, schoolYear: '2026–2027', name: '5e primaire A', grade: '5P', pupilCount: 21, teacherIds: [] });
  await api.classes.create({ schoolId, schoolYear: '2026–2027', name: '6e primaire B', grade: '6P', pupilCount: 18, teacherIds: [] });
  const partner = { kind: 'association' as const, contactName: '', email: '', phone: '', notes: '' };
  const cripel = (await api.partners.create({ ...partner, name: 'CRIPEL' })).id;
  const miroir = (await api.partners.create({ ...partner, name: 'Cité Miroir' })).id;
  await api.partners.createFacilitator({ name: 'Samira Benali', partnerId: cripel, email: '', phone: '' });
  await api.partners.createFacilitator({ name: 'Jean Lemaire', partnerId: miroir, email: '', phone: '' });
  await openWeek(page, server, coordinator);

  await page.getByRole('button', { name: 'Nouvelle activité' }).click();
  const dialog = page.getByRole('dialog', { name: 'Nouvelle activité' });
  const pupils = dialog.getByLabel('Élèves attendus');
  await pickOption(page, dialog, 'École', 'École communale de Droixhe');
  await pickOption(page, dialog, 'Classes', '5e primaire A');
  await expect(pupils).toHaveValue('21');
  await pickOption(page, dialog, 'Classes', '6e primaire B');
  await expect(pupils).toHaveValue('39');
  await page.keyboard.press('Escape');

  // A number typed by the user stays when the classes change.
  await pupils.fill('25');
  await dialog.getByRole('combobox', { name: 'Classes', exact: true }).click();
  await page.getByRole('option', { name: '6e primaire B', exact: true }).click();
  await page.keyboard.press('Escape');
  await expect(pupils).toHaveValue('25');

  // Facilitators: everyone without a partner, only the partner's once one is chosen.
  await dialog.getByRole('combobox', { name: 'Intervenant·e', exact: true }).click();
  await expect(page.getByRole('option', { name: /Jean Lemaire/ })).toBeVisible();
  await page.keyboard.press('Escape');
  await pickOption(page, dialog, 'Partenaires', 'CRIPEL');
  await page.keyboard.press('Escape');
  await dialog.getByRole('combobox', { name: 'Intervenant·e', exact: true }).click();
  await expect(page.getByRole('option', { name: 'Samira Benali (CRIPEL)' })).toBeVisible();
  await expect(page.getByRole('option', { name: /Jean Lemaire/ })).toHaveCount(0);
  expect(consoleErrors).toEqual([]);
});
