import type { z } from 'zod';
import type { ChannelDefinition } from './define';
import type { ApiResult } from './result';
import { authChannels } from './channels/auth';
import { settingsChannels } from './channels/settings';
import { systemChannels } from './channels/system';
import { backupsChannels } from './channels/backups';
import { recoveryChannels } from './channels/recovery';
import { usersChannels } from './channels/users';
import { schoolsChannels } from './channels/directory/schools';
import { classesChannels } from './channels/directory/classes';
import { contactsChannels } from './channels/directory/contacts';
import { partnersChannels } from './channels/directory/partners';
import { eventsChannels } from './channels/calendar/events';
import { holidaysChannels } from './channels/calendar/holidays';
import { exhibitionsChannels } from './channels/loans/exhibitions';
import { loansChannels } from './channels/loans/loans';
import { questionnairesChannels } from './channels/questionnaires/questionnaires';
import { questionnaireResultsChannels } from './channels/questionnaires/results';
import { questionnaireImportChannels } from './channels/questionnaires/import';
import { housingChannels } from './channels/housing/housing';
import { registrationsChannels } from './channels/housing/registrations';
import { waitlistChannels } from './channels/housing/waitlist';
import { housingSettingsChannels } from './channels/housing/settings';
import { housingReportsChannels } from './channels/housing/reports';
import { indicatorsChannels } from './channels/indicators/indicators';
import { personalDataChannels } from './channels/privacy/personal-data';
import { retentionChannels } from './channels/privacy/retention';
import { informationNoticeChannels } from './channels/privacy/information-notice';
import { processingRegisterChannels } from './channels/privacy/processing-register';

/**
 * The one contract between the renderer and the Node side. A channel's name is `domain/action`, built from
 * the two keys below; nothing else in the repository spells it. Both transports (Electron IPC and the HTTP
 * bridge) and the renderer's client are derived from this object.
 */
export const contract = {
  auth: authChannels,
  users: usersChannels,
  settings: settingsChannels,
  system: systemChannels,
  backups: backupsChannels,
  recovery: recoveryChannels,
  schools: schoolsChannels,
  classes: classesChannels,
  contacts: contactsChannels,
  partners: partnersChannels,
  events: eventsChannels,
  holidays: holidaysChannels,
  exhibitions: exhibitionsChannels,
  loans: loansChannels,
  questionnaires: questionnairesChannels,
  questionnaireResults: questionnaireResultsChannels,
  questionnaireImport: questionnaireImportChannels,
  housing: housingChannels,
  registrations: registrationsChannels,
  waitlist: waitlistChannels,
  housingSettings: housingSettingsChannels,
  housingReports: housingReportsChannels,
  indicators: indicatorsChannels,
  personalData: personalDataChannels,
  retention: retentionChannels,
  informationNotice: informationNoticeChannels,
  processingRegister: processingRegisterChannels,
};

export type Contract = typeof contract;
export type Domain = keyof Contract;
export type ActionOf<D extends Domain> = keyof Contract[D] & string;

export type ChannelName = { [D in Domain]: `${D}/${ActionOf<D>}` }[Domain];

type DefinitionAt<D extends Domain, A extends ActionOf<D>> = Contract[D][A] extends ChannelDefinition
  ? Contract[D][A]
  : never;

/** What the caller sends (before zod's defaults and trimming). */
export type InputOf<D extends Domain, A extends ActionOf<D>> = z.input<DefinitionAt<D, A>['input']>;
/** What the handler receives (after parsing). */
export type ParsedInputOf<D extends Domain, A extends ActionOf<D>> = z.output<DefinitionAt<D, A>['input']>;
export type OutputOf<D extends Domain, A extends ActionOf<D>> = NonNullable<DefinitionAt<D, A>['output']> extends never
  ? null
  : Exclude<DefinitionAt<D, A>['output'], undefined>;

/** A channel whose input may be omitted (every field optional) takes an optional argument. */
type MethodOf<D extends Domain, A extends ActionOf<D>> = Record<never, never> extends InputOf<D, A>
  ? (input?: InputOf<D, A>) => Promise<ApiResult<OutputOf<D, A>>>
  : (input: InputOf<D, A>) => Promise<ApiResult<OutputOf<D, A>>>;

/** The renderer's API object: `api.users.create({...})`. Exposed by the preload or built over HTTP. */
export type PasserelleApi = { [D in Domain]: { [A in ActionOf<D>]: MethodOf<D, A> } };

export interface ChannelEntry {
  name: ChannelName;
  domain: Domain;
  action: string;
  definition: ChannelDefinition;
}

function buildChannelList(): ChannelEntry[] {
  const entries: ChannelEntry[] = [];
  for (const [domain, actions] of Object.entries(contract)) {
    for (const [action, definition] of Object.entries(actions)) {
      entries.push({
        name: `${domain}/${action}` as ChannelName,
        domain: domain as Domain,
        action,
        definition: definition as ChannelDefinition,
      });
    }
  }
  return entries;
}

/** Every channel, in contract order. */
export const CHANNELS: readonly ChannelEntry[] = buildChannelList();

const byName = new Map<string, ChannelEntry>(CHANNELS.map((entry) => [entry.name, entry]));

/** Looks up a channel from an untrusted name (an IPC message or an HTTP path). */
export function findChannel(name: string): ChannelEntry | undefined {
  return byName.get(name);
}

/**
 * Builds the nested API object from one function that sends a named channel. Used by the preload (over
 * IPC) and by the browser client (over HTTP), so both expose exactly the contract's methods.
 */
export function buildApi(send: (channel: ChannelName, input: unknown) => Promise<ApiResult<unknown>>): PasserelleApi {
  const api: Record<string, Record<string, (input?: unknown) => Promise<ApiResult<unknown>>>> = {};
  for (const entry of CHANNELS) {
    api[entry.domain] ??= {};
    api[entry.domain]![entry.action] = (input?: unknown) => send(entry.name, input ?? {});
  }
  // The mapped type above is exactly what this loop builds; TypeScript cannot follow the loop.
  return api as unknown as PasserelleApi;
}
