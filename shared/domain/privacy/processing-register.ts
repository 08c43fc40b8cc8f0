/**
 * The register of processing (GDPR art. 30, issue 20): every table of the schema, classified. A table either
 * holds no personal data (`personal: false`, and why), or it is described the way a data protection officer
 * needs it: which data about whom, why, on which legal basis, how long it is kept and which columns are
 * encrypted. Who may reach it is never written here: `reachedBy` names the contract's domains (optionally some
 * of their actions) that read or write it, and main/services/privacy/processing-register.ts computes the roles
 * from those channels' `access` lists, so the register follows the role × channel table.
 *
 * Every table of the migrated schema must be here: tests/api/privacy-processing-register.test.ts lists the
 * live tables (SQLite and PostgreSQL) and fails on one that is not, and on a table with a column that looks
 * personal (a name, an e-mail, notes, an encrypted value…) classified as non-personal.
 */
import type { ActionOf, Domain } from '../../api/contract';
import type { AppModule } from '../modules';
import type { Role } from '../roles';
import { HOUSING_TABLES } from './processing-catalogue/housing';
import { SCHOOLS_PROGRAMME_TABLES } from './processing-catalogue/schools-programme';
import { LOANS_TABLES } from './processing-catalogue/loans';
import { QUESTIONNAIRES_TABLES } from './processing-catalogue/questionnaires';
import { ACCOUNTS_TABLES } from './processing-catalogue/accounts';
import { OPERATION_TABLES } from './processing-catalogue/operation';

export interface Localised {
  readonly fr: string;
  readonly en: string;
}

/** The retention rules of shared/domain/privacy/retention.ts (issue 20, retention), by their kind. */
export const REGISTER_RETENTION_RULES = ['housingRecords', 'directoryContacts', 'pupilAnswers'] as const;
export type RegisterRetentionRule = (typeof REGISTER_RETENTION_RULES)[number];

/** How long a table's rows are kept: one of the retention rules (its term in force is read), or a sentence. */
export type RetentionSource = { readonly rule: RegisterRetentionRule } | { readonly text: Localised };

/**
 * How one domain reaches a table: every channel of the domain (`'all'`), some of its actions, or either of these
 * narrowed to `onlyRoles` — when the domain's channels admit more roles than reach this table (a per-kind role
 * check in the handler, as the retention rules do, or a channel of the domain that never touches it). The roles
 * shown are then the contract's roles ∩ `onlyRoles`: a role the contract drops still disappears.
 */
export type DomainReach<D extends Domain> =
  | 'all'
  | readonly ActionOf<D>[]
  | { readonly actions: 'all' | readonly ActionOf<D>[]; readonly onlyRoles: readonly Role[] };

/** The contract's domains that read or write a table. */
export type ReachedBy = { readonly [D in Domain]?: DomainReach<D> };

/** The processing activities (the register's chapters): each table belongs to one. */
export const PROCESSING_ACTIVITIES = ['housing', 'schoolsProgramme', 'loans', 'questionnaires', 'accounts', 'operation'] as const;
export type ProcessingActivity = (typeof PROCESSING_ACTIVITIES)[number];

export interface ActivityDescription {
  readonly name: Localised;
  /** Who decides the purposes and means (art. 30.1.a). */
  readonly controller: Localised;
  /** The module it belongs to (null: every install). */
  readonly module: AppModule | null;
}

const CPAS: Localised = { fr: 'CPAS de Liège', en: 'CPAS of Liège' };
const CITY: Localised = { fr: 'Ville de Liège', en: 'City of Liège' };
const BOTH: Localised = {
  fr: 'Ville de Liège ou CPAS de Liège, selon l’installation',
  en: 'City of Liège or CPAS of Liège, depending on the installation',
};

export const ACTIVITY_DESCRIPTIONS: Readonly<Record<ProcessingActivity, ActivityDescription>> = {
  housing: {
    name: { fr: 'Logement solidaire (Action 7) : ménages hébergés, séjours, inscriptions d’adresse', en: 'Solidarity housing (Action 7): housed households, stays, address registrations' },
    controller: CPAS,
    module: 'housing',
  },
  schoolsProgramme: {
    name: { fr: 'Programme scolaire (Action 9) : écoles, classes, enseignants, partenaires, animations', en: 'Schools programme (Action 9): schools, classes, teachers, partners, activities' },
    controller: CITY,
    module: 'schools',
  },
  loans: {
    name: { fr: 'Prêt des expositions itinérantes', en: 'Loans of the travelling exhibitions' },
    controller: CITY,
    module: 'schools',
  },
  questionnaires: {
    name: { fr: 'Questionnaires aux élèves (évaluation des animations)', en: 'Pupils’ questionnaires (evaluation of the activities)' },
    controller: CITY,
    module: 'schools',
  },
  accounts: {
    name: { fr: 'Comptes des utilisateurs, sessions et journaux d’accès', en: 'User accounts, sessions and access logs' },
    controller: BOTH,
    module: null,
  },
  operation: {
    name: { fr: 'Fonctionnement de l’application (aucune donnée personnelle)', en: 'Running the application (no personal data)' },
    controller: BOTH,
    module: null,
  },
};

export interface NonPersonalTable {
  readonly activity: ProcessingActivity;
  readonly personal: false;
  /** Why no row identifies anyone. */
  readonly why: Localised;
}

export interface PersonalTable {
  readonly activity: ProcessingActivity;
  readonly personal: true;
  readonly categoriesOfData: Localised;
  readonly categoriesOfPeople: Localised;
  readonly purpose: Localised;
  readonly legalBasis: Localised;
  readonly reachedBy: ReachedBy;
  readonly retention: RetentionSource;
  /** The columns holding field-cipher envelopes (AES-256-GCM); [] when none. */
  readonly encryption: readonly string[];
}

export type CatalogueEntry = NonPersonalTable | PersonalTable;

/** Every table of the migrated schema, by name: one file per processing activity (`processing-catalogue/`). */
export const PROCESSING_CATALOGUE: Readonly<Record<string, CatalogueEntry>> = {
  ...HOUSING_TABLES,
  ...SCHOOLS_PROGRAMME_TABLES,
  ...LOANS_TABLES,
  ...QUESTIONNAIRES_TABLES,
  ...ACCOUNTS_TABLES,
  ...OPERATION_TABLES,
};


/** Who may reach a table, computed from the contract's channels (never written by hand). */
export interface RegisterAccess {
  /** The roles listed by the channels' `access` (a `signedIn` channel counts every role). */
  roles: Role[];
  /** Some channel is open to every signed-in user (their own account, for instance). */
  everySignedIn: boolean;
  /** Some channel is called before sign-in (the sign-in check itself, the recovery page). */
  beforeSignIn: boolean;
  /** The contract's domains that read or write it. */
  domains: Domain[];
}

/** A retention as the register prints it: the rule and its term in force, or the table's sentence. */
export interface RegisterRetention {
  rule: RegisterRetentionRule | null;
  /** The term in force, in years (null: no term, e.g. pseudonymous answers). */
  termYears: number | null;
  text: Localised;
}

interface RegisterTableBase {
  table: string;
  activity: ProcessingActivity;
  /** Columns in the live schema. */
  columns: string[];
  rows: number;
  /** False when every module the table serves is switched off on this installation. */
  inUse: boolean;
}

export interface RegisterPersonalTable extends RegisterTableBase {
  personal: true;
  categoriesOfData: Localised;
  categoriesOfPeople: Localised;
  purpose: Localised;
  legalBasis: Localised;
  access: RegisterAccess;
  retention: RegisterRetention;
  /** Encrypted columns (field cipher, AES-256-GCM), as found in the live schema. */
  encryption: string[];
}

export interface RegisterNonPersonalTable extends RegisterTableBase {
  personal: false;
  why: Localised;
}

export type RegisterTable = RegisterPersonalTable | RegisterNonPersonalTable;

export interface RegisterActivity extends ActivityDescription {
  id: ProcessingActivity;
  /** Whether this installation has the activity's module switched on. */
  enabled: boolean;
}

/** The register as the screen and the PDF show it. */
export interface ProcessingRegister {
  generatedAt: string;
  engine: 'sqlite' | 'postgres';
  modules: AppModule[];
  activities: RegisterActivity[];
  tables: RegisterTable[];
  /** Live tables the catalogue does not describe: a developer must classify them (a test fails meanwhile). */
  unclassified: string[];
  /** Catalogue entries with no table in the live schema. */
  missing: string[];
}
