import type { Db } from '../../db/connection';
import { isPostgres } from '../../db/connection';
import { readSettings } from '../settings/app-settings';
import { CHANNELS, type Domain } from '../../../shared/api/contract';
import { ROLES, type Role } from '../../../shared/domain/roles';
import type { AppModule } from '../../../shared/domain/modules';
import {
  ACTIVITY_DESCRIPTIONS,
  PROCESSING_ACTIVITIES,
  PROCESSING_CATALOGUE,
  type ProcessingRegister,
  type ReachedBy,
  type RegisterAccess,
  type RegisterTable,
} from '../../../shared/domain/privacy/processing-register';
import { retentionTermsInForce, ruleRetention } from './processing-register-retention';

/**
 * The register of processing (GDPR art. 30, issue 20), built at each call from three sources: the catalogue
 * (shared/domain/privacy/processing-register.ts: what each table holds, why, on which basis), the live schema
 * (which tables and columns exist, how many rows), and the installation (modules switched on, retention terms in
 * force). Who may reach a table is computed from the contract: the union of the `access` of every channel of
 * the domains (or the actions) the catalogue names. Nothing personal is read: counts and column names only.
 */

/** The names of the tables of the live schema, whichever the engine, sorted. */
export async function liveTableNames(db: Db): Promise<string[]> {
  const names: string[] = isPostgres(db)
    ? await db('pg_tables').where('schemaname', db.raw('current_schema()')).pluck('tablename')
    : await db('sqlite_master').where({ type: 'table' }).whereNot('name', 'like', 'sqlite_%').pluck('name');
  return [...names].sort();
}

/** A table's columns in the live schema. */
export async function liveColumns(db: Db, table: string): Promise<string[]> {
  return Object.keys(await db(table).columnInfo());
}

/** The roles, and the open kinds of access, of the channels that reach a table. */
export function accessFromContract(reachedBy: ReachedBy): RegisterAccess {
  const roles = new Set<Role>();
  let everySignedIn = false;
  let beforeSignIn = false;
  const domains = Object.keys(reachedBy) as Domain[];
  for (const domain of domains) {
    const reach = reachedBy[domain] as 'all' | readonly string[] | { actions: 'all' | readonly string[]; onlyRoles: readonly Role[] };
    const actions = typeof reach === 'object' && 'onlyRoles' in reach ? reach.actions : reach;
    const onlyRoles = typeof reach === 'object' && 'onlyRoles' in reach ? reach.onlyRoles : null;
    const admit = (role: Role) => {
      if (onlyRoles === null || onlyRoles.includes(role)) roles.add(role);
    };
    for (const channel of CHANNELS) {
      if (channel.domain !== domain || (actions !== 'all' && !actions.includes(channel.action))) continue;
      const { access } = channel.definition;
      if (access === 'public') beforeSignIn = true;
      else if (access === 'signedIn') {
        // Narrowed to some roles, an open channel counts as those roles only.
        if (onlyRoles === null) everySignedIn = true;
        ROLES.forEach(admit);
      } else access.forEach(admit);
    }
  }
  return { roles: ROLES.filter((role) => roles.has(role)), everySignedIn, beforeSignIn, domains };
}

/** Whether a table is used on this installation: its activity's module is switched on (or it has none). */
function inUse(activityModule: AppModule | null, modules: readonly AppModule[]): boolean {
  return activityModule === null || modules.includes(activityModule);
}

export async function buildProcessingRegister(ctx: { db: Db; now: Date }): Promise<ProcessingRegister> {
  const { db } = ctx;
  const [live, settings, terms] = await Promise.all([liveTableNames(db), readSettings(db), retentionTermsInForce(db)]);
  const liveSet = new Set(live);
  const tables: RegisterTable[] = [];
  for (const table of live) {
    const entry = PROCESSING_CATALOGUE[table];
    if (!entry) continue;
    const columns = await liveColumns(db, table);
    const rows = Number((await db(table).count({ n: '*' }).first())?.n ?? 0);
    const activityModule = ACTIVITY_DESCRIPTIONS[entry.activity].module;
    if (!entry.personal) {
      tables.push({ table, activity: entry.activity, columns, rows, inUse: inUse(activityModule, settings.modules), personal: false, why: entry.why });
      continue;
    }
    tables.push({
      table,
      activity: entry.activity,
      columns,
      rows,
      inUse: inUse(activityModule, settings.modules),
      personal: true,
      categoriesOfData: entry.categoriesOfData,
      categoriesOfPeople: entry.categoriesOfPeople,
      purpose: entry.purpose,
      legalBasis: entry.legalBasis,
      access: accessFromContract(entry.reachedBy),
      retention: 'rule' in entry.retention ? ruleRetention(entry.retention.rule, terms) : { rule: null, termYears: null, text: entry.retention.text },
      encryption: entry.encryption.filter((column) => columns.includes(column)),
    });
  }
  const order = (activity: string) => PROCESSING_ACTIVITIES.indexOf(activity as never);
  tables.sort((a, b) => order(a.activity) - order(b.activity) || Number(b.personal) - Number(a.personal) || a.table.localeCompare(b.table));
  return {
    generatedAt: ctx.now.toISOString(),
    engine: isPostgres(db) ? 'postgres' : 'sqlite',
    modules: settings.modules,
    activities: PROCESSING_ACTIVITIES.map((id) => {
      const description = ACTIVITY_DESCRIPTIONS[id];
      return { id, ...description, enabled: description.module === null || settings.modules.includes(description.module) };
    }),
    tables,
    unclassified: live.filter((table) => !PROCESSING_CATALOGUE[table]),
    missing: Object.keys(PROCESSING_CATALOGUE)
      .filter((table) => !liveSet.has(table))
      .sort(),
  };
}
