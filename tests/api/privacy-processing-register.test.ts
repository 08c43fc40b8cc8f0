import { describe, expect, it } from 'vitest';
import { ok, signedIn, unchecked, useTestCore } from '../helpers/api';
import { everyTableName, testDatabaseEngine } from '../helpers/core';
import { pdfReader } from '../helpers/pdf';
import { CHANNELS } from '../../shared/api/contract';
import { ROLES, type Role } from '../../shared/domain/roles';
import {
  PROCESSING_CATALOGUE,
  type CatalogueEntry,
  type ProcessingRegister,
  type RegisterPersonalTable,
} from '../../shared/domain/privacy/processing-register';

/**
 * The register of processing (GDPR art. 30, issue 20). Runs on SQLite and, in the postgres project, on
 * PostgreSQL: the live schema of each engine is compared with the catalogue.
 */
const readPdf = pdfReader('processing-register');
const setup = useTestCore(['admin']);

/**
 * Column names that betray personal data: a person's name, an e-mail, a phone, contact details, free-text
 * notes, an encrypted value, an address, a birth date or year, a hash of a name or a secret, a link to a user
 * account or the staff member who acted, a pupil's or a person's code, an owner.
 */
const PERSONAL_LOOKING = [
  /^(first|last|display|contact)_name$/,
  /^username$/,
  /email/,
  /phone/,
  /^contact/,
  /(^|_)notes$/,
  /_enc$/,
  /address/,
  /^birth_/,
  /_hash$/,
  /(^|_)user_id$/,
  /_by$/,
  /^code$/,
  /^owner$/,
];

/**
 * What is wrong between the live schema and a catalogue: a table not classified, an entry without a table,
 * a table with a personal-looking column classified as non-personal, an encrypted column not declared (or
 * declared and absent).
 */
function classificationProblems(
  catalogue: Readonly<Record<string, CatalogueEntry>>,
  columnsByTable: Record<string, string[]>,
): string[] {
  const problems: string[] = [];
  for (const [table, columns] of Object.entries(columnsByTable)) {
    const entry = catalogue[table];
    if (!entry) {
      problems.push(`${table}: not in the catalogue`);
      continue;
    }
    const looking = columns.filter((column) => PERSONAL_LOOKING.some((pattern) => pattern.test(column)));
    if (!entry.personal && looking.length > 0) problems.push(`${table}: classified non-personal but has ${looking.join(', ')}`);
    if (entry.personal) {
      const encrypted = columns.filter((column) => column.endsWith('_enc'));
      if ([...encrypted].sort().join() !== [...entry.encryption].sort().join()) problems.push(`${table}: encryption ${entry.encryption.join(',')} ≠ ${encrypted.join(',')}`);
    }
  }
  for (const table of Object.keys(catalogue)) if (!columnsByTable[table]) problems.push(`${table}: in the catalogue, not in the schema`);
  return problems;
}

async function liveColumnsByTable(): Promise<Record<string, string[]>> {
  const result: Record<string, string[]> = {};
  for (const table of await everyTableName(setup.core)) result[table] = Object.keys(await setup.core.db(table).columnInfo());
  return result;
}

function personalTable(register: ProcessingRegister, name: string): RegisterPersonalTable {
  const table = register.tables.find((candidate) => candidate.table === name);
  if (!table?.personal) expect.fail(`${name} is not a personal table of the register`);
  return table;
}

describe('the catalogue against the migrated schema', () => {
  it(`classifies every table of the ${testDatabaseEngine()} schema, and only those`, async () => {
    const live = await everyTableName(setup.core);
    expect(live).toContain('erasures');
    expect(live).toContain('retention_runs');
    expect(live).toContain('knex_migrations');
    expect([...live].sort()).toEqual(Object.keys(PROCESSING_CATALOGUE).sort());
    expect(classificationProblems(PROCESSING_CATALOGUE, await liveColumnsByTable())).toEqual([]);
    const register = ok(await setup.api.processingRegister.view());
    expect(register.unclassified).toEqual([]);
    expect(register.missing).toEqual([]);
    expect(register.tables.map((table) => table.table).sort()).toEqual([...live].sort());
    expect(register.engine).toBe(testDatabaseEngine());
  });

  it('fails when a table is added without being classified, and the register names it', async () => {
    await setup.core.db.schema.createTable('tenant_visits', (table) => {
      table.increments('id');
      table.string('first_name_enc');
      table.string('visited_on');
    });
    expect(classificationProblems(PROCESSING_CATALOGUE, await liveColumnsByTable())).toEqual(['tenant_visits: not in the catalogue']);
    const register = ok(await setup.api.processingRegister.view());
    expect(register.unclassified).toEqual(['tenant_visits']);
    const pdf = readPdf(Buffer.from(ok(await setup.api.processingRegister.pdf({ language: 'en' })).content, 'base64'), 'unclassified');
    expect(pdf.flow).toContain('Tables not described');
    expect(pdf.flow).toContain('tenant_visits');
  });

  it('fails when a table holding personal-looking columns is classified non-personal', async () => {
    const columns = await liveColumnsByTable();
    const wrong = { ...PROCESSING_CATALOGUE, contacts: { activity: 'schoolsProgramme', personal: false, why: { fr: 'x', en: 'x' } } } as const;
    expect(classificationProblems(wrong, columns)).toEqual([expect.stringMatching(/^contacts: classified non-personal but has first_name, last_name, email, phone, user_id, notes$/)]);
    const withoutKey: Record<string, CatalogueEntry> = { ...PROCESSING_CATALOGUE };
    delete withoutKey.erasures;
    expect(classificationProblems(withoutKey, columns)).toEqual(['erasures: not in the catalogue']);
  });

  it('lists every encrypted column of the schema, and marks the housed people’s tables as personal', async () => {
    const register = ok(await setup.api.processingRegister.view());
    expect(personalTable(register, 'housing_people').encryption.sort()).toEqual(['contact_enc', 'first_name_enc', 'last_name_enc', 'residence_status_enc']);
    expect(personalTable(register, 'housing_registrations').encryption.sort()).toEqual(['commune_reference_enc', 'notes_enc']);
    for (const name of ['housing_households', 'housing_placements', 'housing_waitlist', 'questionnaire_responses', 'questionnaire_answers', 'contacts', 'users', 'audit_events', 'housing_audit_log'])
      expect(personalTable(register, name).personal).toBe(true);
    for (const name of ['erasures', 'knex_migrations', 'knex_migrations_lock', 'holidays'])
      expect(register.tables.find((table) => table.table === name)?.personal).toBe(false);
  });
});

describe('who may access each table', () => {
  /** The roles the contract gives the channels of these domains (and actions), computed here from the channel list. */
  function contractRoles(entry: CatalogueEntry): { roles: Role[]; everySignedIn: boolean; beforeSignIn: boolean } {
    if (!entry.personal) throw new Error('not personal');
    type Reach = 'all' | readonly string[] | { actions: 'all' | readonly string[]; onlyRoles: readonly Role[] };
    const reaches = CHANNELS.flatMap((channel) => {
      const reach = (entry.reachedBy as Record<string, Reach | undefined>)[channel.domain];
      if (reach === undefined) return [];
      const actions = typeof reach === 'object' && 'onlyRoles' in reach ? reach.actions : reach;
      if (actions !== 'all' && !actions.includes(channel.action)) return [];
      return [{ access: channel.definition.access, onlyRoles: typeof reach === 'object' && 'onlyRoles' in reach ? reach.onlyRoles : ROLES }];
    });
    return {
      roles: ROLES.filter((role) =>
        reaches.some(({ access, onlyRoles }) => onlyRoles.includes(role) && (access === 'signedIn' || (Array.isArray(access) && access.includes(role)))),
      ),
      everySignedIn: reaches.some(({ access, onlyRoles }) => access === 'signedIn' && onlyRoles.length === ROLES.length),
      beforeSignIn: reaches.some(({ access }) => access === 'public'),
    };
  }

  it('shows, for every personal table, the roles of the contract’s channels that reach it', async () => {
    const register = ok(await setup.api.processingRegister.view());
    for (const table of register.tables) {
      if (!table.personal) continue;
      const { roles, everySignedIn, beforeSignIn } = table.access;
      expect({ table: table.table, roles, everySignedIn, beforeSignIn }).toEqual({ table: table.table, ...contractRoles(PROCESSING_CATALOGUE[table.table]!) });
    }
    // What the role × channel table says, spelt out: housed people are the housing role's only (whatever other
    // roles the retention channels admit, a housing run is checked per kind), the general log the
    // administrators', teachers reach the contacts through the activities they see, housing staff never.
    expect(personalTable(register, 'housing_people').access.roles).toEqual(['housing']);
    expect(personalTable(register, 'audit_events').access.roles).toEqual(['admin']);
    expect(personalTable(register, 'contacts').access.roles).toEqual(expect.arrayContaining(['coordinator', 'teacher']));
    expect(personalTable(register, 'contacts').access.roles).not.toContain('housing');
    expect(personalTable(register, 'questionnaire_answers').access.roles).toEqual(['coordinator', 'teacher']);
    expect(personalTable(register, 'login_throttle').access).toMatchObject({ roles: [], beforeSignIn: true, everySignedIn: false });
    expect(personalTable(register, 'users').access).toMatchObject({ everySignedIn: true, beforeSignIn: true });
  });

  it('marks the tables of a switched-off module as not in use', async () => {
    ok(await setup.api.settings.update({ idleMinutes: 15, modules: ['schools'] }));
    const register = ok(await setup.api.processingRegister.view());
    expect(register.modules).toEqual(['schools']);
    expect(personalTable(register, 'housing_people').inUse).toBe(false);
    expect(personalTable(register, 'contacts').inUse).toBe(true);
    expect(personalTable(register, 'users').inUse).toBe(true);
    expect(register.activities.find((activity) => activity.id === 'housing')?.enabled).toBe(false);
  });

  it('is the administrators’ only', async () => {
    for (const roles of [['coordinator'], ['housing'], ['teacher']] as Role[][]) {
      const other = await signedIn(setup.core, roles);
      for (const result of [await other.api.processingRegister.view(), await other.api.processingRegister.pdf({ language: 'fr' })]) {
        expect(result.ok ? null : result.error.code).toBe('FORBIDDEN');
      }
    }
  });
});

describe('retention in force', () => {
  it('shows the saved terms, and the defaults for a term missing or out of range', async () => {
    const defaults = ok(await setup.api.processingRegister.view());
    expect(personalTable(defaults, 'housing_people').retention).toMatchObject({ rule: 'housingRecords', termYears: 5 });
    expect(personalTable(defaults, 'contacts').retention).toMatchObject({ rule: 'directoryContacts', termYears: 3 });
    expect(personalTable(defaults, 'questionnaire_answers').retention).toMatchObject({ rule: 'pupilAnswers', termYears: null });
    expect(personalTable(defaults, 'users').retention.rule).toBeNull();
    await setup.core.db('settings').insert({ key: 'retentionRules', value: JSON.stringify({ housingRecords: { termYears: 7 }, directoryContacts: { termYears: 99 } }) });
    const saved = ok(await setup.api.processingRegister.view());
    expect(personalTable(saved, 'housing_placements').retention).toMatchObject({ termYears: 7 });
    expect(personalTable(saved, 'housing_placements').retention.text.fr).toMatch(/^7 ans après/);
    expect(personalTable(saved, 'contacts').retention.termYears).toBe(3);
  });
});

describe('the PDF', () => {
  it.each(['fr', 'en'] as const)('reads back, in %s, with every personal table’s name and its roles, and is audited', async (language) => {
    const before = await setup.core.db('audit_events').where({ action: 'processingRegister.export' }).count({ n: '*' }).first();
    const file = ok(await setup.api.processingRegister.pdf({ language }));
    expect(file.mimeType).toBe('application/pdf');
    expect(file.fileName).toMatch(language === 'fr' ? /^registre-des-traitements-\d{4}-\d{2}-\d{2}\.pdf$/ : /^register-of-processing-\d{4}-\d{2}-\d{2}\.pdf$/);
    const pdf = readPdf(Buffer.from(file.content, 'base64'), `register-${language}`);
    expect(pdf.flow).toContain(language === 'fr' ? 'Registre des activités de traitement' : 'Register of processing activities');
    const register = ok(await setup.api.processingRegister.view());
    for (const table of register.tables) expect(pdf.flow).toContain(table.table);
    expect(pdf.flow).toContain(language === 'fr' ? 'Logement (CPAS)' : 'Housing (CPAS)');
    expect(pdf.flow).toContain('first_name_enc');
    expect(pdf.flow).toContain(language === 'fr' ? 'CPAS de Liège' : 'CPAS of Liège');
    expect(pdf.fonts.every((font) => font.embedded)).toBe(true);
    const after = await setup.core.db('audit_events').where({ action: 'processingRegister.export' }).count({ n: '*' }).first();
    expect(Number(after?.n) - Number(before?.n)).toBe(1);
  });

  it('refuses an unknown language, naming the field', async () => {
    const refused = await unchecked(setup.api).processingRegister.pdf({ language: 'de' });
    expect(refused.ok ? null : refused.error.code).toBe('VALIDATION');
    if (!refused.ok) expect(refused.error.fields?.map((field) => field.path)).toEqual(['language']);
    expect(Number((await setup.core.db('audit_events').where({ action: 'processingRegister.export' }).count({ n: '*' }).first())?.n)).toBe(0);
  });
});
