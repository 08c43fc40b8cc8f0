import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect, seedCoordinator, seedActivity, createUser, logIn, setUpAdmin, type NewUser, type SeedApi } from './fixtures';
import { onDay } from '../helpers/event-input';
import { schoolLoanInput } from '../helpers/loan-input';
import type { IndicatorsSummary } from '../../shared/domain/indicators/indicators';

/**
 * The indicators dashboard on Rapports (issue 16, point 1). The page's and the server's clocks start on Saturday
 * 28 November 2026, in the school year 2026–2027, the dashboard's default. Seeded through the contract: two held
 * activities (one with its pupils present recorded, one counted from its classes' sizes), a cancelled one and a
 * planned one in December, an approved exhibition loan in January 2027, and one held activity the year before.
 * What the page shows is compared with what `indicators.summary` answers for the same year.
 */
const NOW = new Date('2026-11-28T10:00:00+01:00');
test.use({ serverClockStart: NOW });

const PASSWORD = 'mot-de-passe-indicateurs';
const YEAR = { kind: 'schoolYear', schoolYear: '2026–2027' } as const;

async function seedYear(api: SeedApi): Promise<void> {
  const droixhe = await seedActivity(api, {
    classes: [{ name: '5e primaire A', pupilCount: 20 }, { name: '6e primaire B', pupilCount: 22 }],
    event: { ...onDay('2026-09-15'), title: 'Atelier « Préjugés » à Droixhe', status: 'held', pupilsPresent: 38, teachersPresent: 2 },
  });
  const waha = (await api.schools.create({ ...schoolInputAt('Athénée Léonie de Waha', 'Centre', '4000') })).id;
  const wahaClass = (await api.classes.create({ schoolId: waha, schoolYear: '2026–2027', name: '1re secondaire C', grade: '1S', pupilCount: 24, teacherIds: [] })).id;
  await api.events.create(activity(waha, [wahaClass], { ...onDay('2026-10-06'), type: 'theatre', title: 'Spectacle « Partir » à Waha', status: 'held' }));
  await api.events.create(activity(droixhe.schoolId, [droixhe.classId], { ...onDay('2026-11-17'), title: 'Atelier annulé', status: 'cancelled', cancelReason: 'Grève des transports' }));
  await api.events.create(activity(waha, [wahaClass], { ...onDay('2026-12-08'), type: 'guided_visit', title: 'Visite guidée du Grand Curtius' }));
  // The year before: one held workshop, so the previous column and the change are not all zero.
  await api.events.create(activity(droixhe.schoolId, [], { ...onDay('2025-10-07'), title: 'Atelier de l’an passé', status: 'held', pupilsPresent: 19 }));
  const exhibition = await api.exhibitions.create({
    title: 'Une brève histoire de l’immigration',
    owner: 'Ville de Liège',
    kind: 'loanable',
    description: '',
    audience: '',
    languages: ['fr'],
    items: [{ id: null, number: 1, kind: 'panel', label: 'Introduction' }],
    transportNotes: '',
    setupNotes: '',
    insuranceValue: null,
    minLoanDays: null,
    maxLoanDays: null,
    bufferDays: 2,
    notes: '',
    archived: false,
  });
  const loan = await api.loans.create(schoolLoanInput(exhibition.id, waha, '2027-01-11', '2027-01-22'));
  await api.loans.approve({ id: loan.id });
}

function schoolInputAt(name: string, neighbourhood: string, postalCode: string) {
  return { name, network: 'communal' as const, levels: ['secondaire' as const], street: 'Rue Hazinelle 2', postalCode, city: 'Liège', neighbourhood, phone: '', email: '', notes: '' };
}

function activity(schoolId: number, classIds: number[], changes: Partial<Parameters<SeedApi['events']['create']>[0]>): Parameters<SeedApi['events']['create']>[0] {
  return {
    type: 'workshop', title: '', themes: ['discrimination'], classIds, partnerIds: [], facilitatorId: null, location: '', start: '', end: '',
    status: 'planned', cancelReason: '', pupilsExpected: null, teachersExpected: null, pupilsPresent: null, teachersPresent: null, notes: '',
    schoolId, ...changes,
  };
}

/** The number a key figure shows (its button, or its text when nothing stands behind it). */
function keyFigure(page: Page, key: string) {
  return page.locator(`[data-key-figure="${key}"] [data-value]`);
}

const fr = (value: number) => new Intl.NumberFormat('fr-BE').format(value);

test('a coordinator sees the year’s indicators as the service counts them, opens the list behind a figure and downloads a table as CSV', async ({ page, server }) => {
  test.setTimeout(180_000);
  const { coordinator, api } = await seedCoordinator(server, PASSWORD);
  await seedYear(api);
  const summary: IndicatorsSummary = await api.indicators.summary({ period: YEAR });
  // The seed is what the service counts (so the page below is compared with numbers that mean something).
  expect(summary.current.activities.totals).toEqual({ planned: 4, held: 2, cancelled: 1, open: 1 });
  expect(summary.previous.activities.totals.held).toBe(1);

  await page.clock.install({ time: NOW });
  await logIn(page, server, coordinator.username, coordinator.password);
  await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Rapports' }).click();
  const dashboard = page.getByTestId('indicators-dashboard');
  await expect(dashboard.getByRole('heading', { name: 'Indicateurs du programme scolaire' })).toBeVisible();
  // The current school year by default, beside the one before.
  await expect(page.getByTestId('period-legend')).toContainText('Période : 2026–2027');
  await expect(page.getByTestId('period-legend')).toContainText('Comparée à : 2025–2026');

  const { current, previous } = summary;
  await expect(keyFigure(page, 'held')).toHaveText(fr(current.activities.totals.held));
  await expect(keyFigure(page, 'schools')).toHaveText(fr(current.reach.schools));
  await expect(keyFigure(page, 'classes')).toHaveText(fr(current.reach.classes));
  await expect(keyFigure(page, 'pupils')).toHaveText(fr(current.reach.pupils));
  await expect(keyFigure(page, 'teachers')).toHaveText(fr(current.reach.teachers));
  await expect(keyFigure(page, 'loans')).toHaveText(fr(current.loans.loans));

  // The activities table: every status of the total row, this year and the year before.
  const total = page.getByTestId('activities-table').locator('[data-row="total"]');
  for (const status of ['planned', 'held', 'cancelled', 'open'] as const) {
    const cell = total.locator(`[data-status="${status}"]`);
    await expect(cell.locator(`[data-period="2026–2027"]`)).toHaveText(fr(current.activities.totals[status]));
    await expect(cell.locator('[data-cell="previous"]')).toContainText(`2025–2026 : ${fr(previous.activities.totals[status])}`);
  }
  // Reach: pupils recorded and estimated, as the method says.
  const reach = page.getByTestId('reach-table');
  await expect(reach.locator('[data-row="pupils"] [data-cell="current"]')).toHaveText(fr(current.reach.pupils));
  await expect(reach.locator('[data-row="pupilsRecorded"] [data-cell="current"]')).toHaveText(fr(current.reach.pupilsRecorded));
  await expect(reach.locator('[data-row="pupilsEstimated"] [data-cell="current"]')).toHaveText(fr(current.reach.pupilsEstimated));
  await expect(page.getByTestId('pupils-method')).toContainText(`${fr(current.reach.pupilsEstimated)} élèves sur ${fr(current.reach.pupils)} sont estimés`);
  const loans = page.getByTestId('loans-table');
  await expect(loans.locator('[data-row="weeks"] [data-cell="current"]')).toHaveText(new Intl.NumberFormat('fr-BE', { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(current.loans.weeksOnLoan));

  // The list behind the held activities: both of them, searchable.
  await page.getByRole('button', { name: 'Voir la liste : Activités réalisées (2026–2027)' }).click();
  const drawer = page.getByRole('dialog', { name: 'Activités réalisées — 2026–2027' });
  await expect(drawer.getByTestId('figure-rows-total')).toHaveText(`${current.activities.totals.held} lignes`);
  await expect(drawer.getByRole('row')).toHaveCount(1 + current.activities.totals.held);
  await expect(drawer.getByRole('cell', { name: 'Atelier « Préjugés » à Droixhe' })).toBeVisible();
  await expect(drawer.getByRole('cell', { name: 'Spectacle « Partir » à Waha' })).toBeVisible();
  await drawer.getByLabel('Rechercher').fill('partir');
  await expect(drawer.getByRole('row')).toHaveCount(2);
  await expect(drawer.getByRole('cell', { name: 'Atelier « Préjugés » à Droixhe' })).toHaveCount(0);
  await page.keyboard.press('Escape');
  await expect(drawer).toBeHidden();

  // The loans behind their figure link to the loan's page.
  await loans.getByRole('button', { name: /^Voir la liste : Prêts .*\(2026–2027\)$/ }).click();
  const loanDrawer = page.getByRole('dialog', { name: /Prêts .* — 2026–2027/ });
  await expect(loanDrawer.getByRole('link', { name: 'Une brève histoire de l’immigration' })).toBeVisible();
  await page.keyboard.press('Escape');

  // The activities table as CSV: the file the service makes, in French.
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Télécharger le tableau « Activités par type » en CSV' }).click();
  const download = await downloading;
  const expected = await api.indicators.tableCsv({ period: YEAR, table: 'activities', language: 'fr' });
  expect(download.suggestedFilename()).toBe(expected.fileName);
  expect(readFileSync((await download.path())!, 'utf8')).toBe(expected.content);
  await expect(page.getByText(`Fichier « ${expected.fileName} » téléchargé.`)).toBeVisible();

  // The annual report for the council, from the export menu: the same figures, read back from the PDF.
  const reporting = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Exporter' }).click();
  await page.getByRole('menuitem', { name: 'Rapport annuel au Conseil (PDF)' }).click();
  const report = await reporting;
  expect(report.suggestedFilename()).toBe('rapport-annuel-2026-2027.pdf');
  const reportText = execFileSync('pdftotext', ['-raw', (await report.path())!, '-'], { encoding: 'utf8' });
  expect(reportText).toContain('Rapport annuel');
  expect(reportText).toContain(`Activités réalisées ${fr(current.activities.totals.held)} ${fr(previous.activities.totals.held)}`);
  expect(reportText).toContain(`Écoles atteintes ${fr(current.reach.schools)} ${fr(previous.reach.schools)}`);

  // The method, in plain words, folded until asked for.
  await page.getByRole('button', { name: 'Comment ces chiffres sont calculés' }).click();
  await expect(page.getByTestId('method-notes').locator('[data-note]')).toHaveCount(summary.method.notes.length);
});

test('a chosen range with its end before its start is refused under « Au », and an empty period says so', async ({ page, server }) => {
  const { coordinator } = await seedCoordinator(server, PASSWORD);
  await page.clock.install({ time: NOW });
  await logIn(page, server, coordinator.username, coordinator.password);
  await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Rapports' }).click();
  // Nothing recorded yet: the year is empty, and the page says what to do.
  await expect(page.getByTestId('indicators-empty')).toContainText('Rien à compter dans cette période');
  await page.getByText('Dates choisies').click();
  await page.getByLabel('Du', { exact: true }).fill('2026-10-01');
  await page.getByLabel('Au', { exact: true }).fill('2026-09-01');
  await expect(page.getByText('La fin de la période ne peut pas précéder son début')).toBeVisible();
  await expect(page.getByLabel('Au', { exact: true })).toHaveAttribute('aria-invalid', 'true');
  await page.getByLabel('Au', { exact: true }).fill('2026-10-31');
  await expect(page.getByTestId('period-legend')).toContainText('Comparée à : 1er–31 octobre 2025');
});

const housingWorker: NewUser = { username: 'c.lejeune', displayName: 'Camille Lejeune', password: PASSWORD, roles: ['housing'] };
const both: NewUser = { username: 'm.delvaux', displayName: 'Marie Delvaux', password: PASSWORD, roles: ['coordinator', 'housing'] };

test('housing staff keep their housing report without the school dashboard; a user with both roles sees both', async ({ page, server }) => {
  await setUpAdmin(server);
  await createUser(server, housingWorker);
  await createUser(server, both);
  await page.clock.install({ time: NOW });

  await logIn(page, server, housingWorker.username, housingWorker.password);
  await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Rapports' }).click();
  await expect(page.getByRole('heading', { name: 'Rapport logement' })).toBeVisible();
  await expect(page.getByTestId('indicators-dashboard')).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Indicateurs du programme scolaire' })).toHaveCount(0);

  await page.getByRole('button', { name: /Menu du compte de/ }).click();
  await page.getByRole('menuitem', { name: 'Se déconnecter' }).click();
  await page.getByLabel("Nom d'utilisateur").fill(both.username);
  await page.getByLabel('Mot de passe', { exact: true }).fill(both.password);
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Rapports' }).click();
  await expect(page.getByRole('heading', { name: 'Indicateurs du programme scolaire' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Rapport logement' })).toBeVisible();
  await expect(page.getByTestId('key-figures')).toBeVisible();
});
