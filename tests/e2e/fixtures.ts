import { test as base, expect, type Page } from '@playwright/test';
import { startServer, type RunningServer } from './server';
import { activityInput, type ActivityInput } from '../helpers/event-input';
import { buildApi, CHANNELS, type ActionOf, type ChannelName, type Domain, type InputOf, type OutputOf } from '../../shared/api/contract';
import type { ApiResult } from '../../shared/api/result';

/** Each test gets its own server and data directory, and fails on any console error of the page. */
export const test = base.extend<{ server: RunningServer; consoleErrors: string[]; serverClockStart: Date | undefined }>({
  /** `test.use({ serverClockStart: NOW })` starts the server's clock at the page's clock. */
  serverClockStart: [undefined, { option: true }],
  server: async ({ serverClockStart }, use) => {
    const server = await startServer({ clockStart: serverClockStart });
    await use(server);
    await server.stop();
  },
  consoleErrors: async ({ page }, use) => {
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));
    await use(errors);
    expect(errors, 'console errors in the page').toEqual([]);
  },
});

export { expect };

/** Creates the first admin through the API, as the first-start screen would. */
export async function setUpAdmin(server: RunningServer, password = 'phrase-de-passe-admin'): Promise<void> {
  await seedApi(server).auth.setup({ username: 'admin', displayName: 'Claire Administratrice', password });
}

/**
 * The contract as the specs seed and read data through it: `api.housing.createUnit(input)` resolves to the
 * call's data, typed from shared/api like the renderer's client, and throws with the channel and the error when
 * the call fails. No spec spells a channel name or casts an answer.
 */
export type SeedApi = { [D in Domain]: { [A in ActionOf<D>]: (input: InputOf<D, A>) => Promise<OutputOf<D, A>> } };

/** The data of a call that must succeed; throws with the channel and the error otherwise. */
function dataOf(channel: ChannelName, result: ApiResult<unknown>): unknown {
  if (!result.ok) throw new Error(`${channel} failed: ${JSON.stringify(result.error)}`);
  return result.data;
}

/** The typed API over `send` (any transport), each method unwrapped by `dataOf`. */
export function seedApiOver(send: (channel: ChannelName, input: unknown) => Promise<ApiResult<unknown>>): SeedApi {
  const api = buildApi(send) as unknown as Record<Domain, Record<string, (input: unknown) => Promise<ApiResult<unknown>>>>;
  const seed: Record<string, Record<string, (input: unknown) => Promise<unknown>>> = {};
  for (const { name, domain, action } of CHANNELS) {
    const method = api[domain][action]!;
    (seed[domain] ??= {})[action] = async (input) => dataOf(name, await method(input));
  }
  // The mapped type is exactly what the loop builds; TypeScript cannot follow the loop.
  return seed as unknown as SeedApi;
}

/** The typed API over HTTP as the client `tab` (the server's own default client when omitted). */
export function seedApi(server: RunningServer, tab?: string): SeedApi {
  return seedApiOver((channel, input) => server.call(channel, input, tab));
}

/** Logs `user` in through the API on the client `tab` and returns their typed API; throws if the login fails. */
export async function apiSession(
  server: RunningServer,
  user: { username: string; password: string },
  tab = `tab-of-${user.username.replace(/[^A-Za-z0-9_-]/g, '_')}-0123456789`,
): Promise<SeedApi> {
  const api = seedApi(server, tab);
  await api.auth.login({ username: user.username, password: user.password });
  return api;
}

/** What `users.create` takes: a new account and its roles. */
export type NewUser = InputOf<'users', 'create'>;

/** Creates a user with the given roles through an admin API session; they need not change their password. */
export async function createUser(server: RunningServer, user: NewUser): Promise<void> {
  const asAdmin = await apiSession(server, { username: 'admin', password: 'phrase-de-passe-admin' }, 'admin-tab-for-fixtures-01');
  await asAdmin.users.create(user);
  // Clear the forced change, as its owner would, so tests start in the shell.
  const asUser = await apiSession(server, user);
  await asUser.auth.changePassword({ currentPassword: user.password, newPassword: `${user.password}-2` });
  user.password = `${user.password}-2`;
}

/** The admin, then the coordinator Nadia Verlaine (her first password already changed) with an API session of her own. */
export async function seedCoordinator(
  server: RunningServer,
  password: string,
): Promise<{ coordinator: { username: string; password: string }; api: SeedApi }> {
  await setUpAdmin(server);
  const coordinator: NewUser = { username: 'n.verlaine', displayName: 'Nadia Verlaine', password, roles: ['coordinator'] };
  await createUser(server, coordinator);
  return { coordinator, api: await apiSession(server, coordinator, 'tab-of-the-seeding-coordinator') };
}

/** The input of `schools.create` for a primary school of the communal network in Droixhe. */
export function schoolInput(name: string): InputOf<'schools', 'create'> {
  return {
    name,
    network: 'communal',
    levels: ['primaire'],
    street: 'Rue de la Meuse 12',
    postalCode: '4020',
    city: 'Liège',
    neighbourhood: 'Droixhe',
    phone: '',
    email: '',
    notes: '',
  };
}

/** What `seedActivity` makes; every part has a default. */
export interface ActivitySeed {
  /** A school already made; by default « École communale de Droixhe » is created. */
  schoolId?: number;
  /** The activity's classes, of the school year 2026–2027; by default '5e primaire A' (5P) of 20 pupils. */
  classes?: { name: string; pupilCount: number; grade?: string; teacherIds?: number[] }[];
  /** What differs from `activityInput()`'s activity (the school and classes are filled in). */
  event?: Partial<ActivityInput>;
}

export interface SeededActivity {
  schoolId: number;
  /** The ids of `classes`, in order. */
  classIds: number[];
  /** The first class. */
  classId: number;
  eventId: number;
}

/**
 * Through `api`: a school, its classes and one activity for them, expecting the classes' pupils and one
 * teacher per class. With `templateId`, also that questionnaire's 'before' administration for the first class,
 * dated the activity's day.
 */
export async function seedActivity(api: SeedApi, seed: ActivitySeed & { templateId: number }): Promise<SeededActivity & { administrationId: number }>;
export async function seedActivity(api: SeedApi, seed?: ActivitySeed): Promise<SeededActivity>;
export async function seedActivity(
  api: SeedApi,
  { schoolId: existingSchool, classes = [{ name: '5e primaire A', pupilCount: 20 }], event = {}, templateId }: ActivitySeed & { templateId?: number } = {},
): Promise<SeededActivity & { administrationId?: number }> {
  const schoolId = existingSchool ?? (await api.schools.create(schoolInput('École communale de Droixhe'))).id;
  const classIds: number[] = [];
  for (const { name, pupilCount, grade = '5P', teacherIds = [] } of classes) {
    classIds.push((await api.classes.create({ schoolId, schoolYear: '2026–2027', name, grade, pupilCount, teacherIds })).id);
  }
  const input = activityInput({
    schoolId,
    classIds,
    pupilsExpected: classes.reduce((sum, { pupilCount }) => sum + pupilCount, 0),
    teachersExpected: classes.length,
    ...event,
  });
  const saved = await api.events.create(input);
  const seeded = { schoolId, classIds, classId: classIds[0]!, eventId: saved.event.id };
  if (templateId === undefined) return seeded;
  const administration = { templateId, eventId: seeded.eventId, classId: seeded.classId, phase: 'before' as const, date: input.start.slice(0, 10) };
  return { ...seeded, administrationId: (await api.questionnaires.createAdministration(administration)).id };
}

export async function logIn(page: Page, server: RunningServer, username: string, password: string): Promise<void> {
  await page.goto(server.url);
  await page.getByLabel("Nom d'utilisateur").fill(username);
  await page.getByLabel('Mot de passe', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Se connecter' }).click();
}
