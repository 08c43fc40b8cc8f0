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

// Texts several tables share.
const HOUSING_BASIS: Localised = {
  fr: 'Mission d’intérêt public et obligation légale du CPAS (RGPD art. 6.1.c et e) : loi organique des CPAS du 8 juillet 1976 (art. 1er, 57 et 60 : aide sociale, enquête sociale, dossier social).',
  en: 'The CPAS’s public task and legal obligation (GDPR art. 6(1)(c) and (e)): organic law on CPAS of 8 July 1976 (art. 1, 57 and 60: social assistance, social inquiry, social file).',
};
const REGISTRATION_BASIS: Localised = {
  fr: 'Obligation légale (RGPD art. 6.1.c) : loi du 19 juillet 1991 relative aux registres de la population (adresse de référence au CPAS) et loi organique des CPAS du 8 juillet 1976.',
  en: 'Legal obligation (GDPR art. 6(1)(c)): law of 19 July 1991 on the population registers (reference address at the CPAS) and organic law on CPAS of 8 July 1976.',
};
const SCHOOLS_BASIS: Localised = {
  fr: 'Mission d’intérêt public de la Ville (RGPD art. 6.1.e) : le plan « Liège, ville hospitalière », animations avec les écoles.',
  en: 'The City’s public task (GDPR art. 6(1)(e)): the plan “Liège, a hospitable city”, activities with schools.',
};
const ACCOUNT_BASIS: Localised = {
  fr: 'Sécurité du traitement et responsabilité (RGPD art. 32 et 5.2), au titre de la mission du responsable (art. 6.1.e).',
  en: 'Security of processing and accountability (GDPR art. 32 and 5(2)), as part of the controller’s task (art. 6(1)(e)).',
};
const HOUSED_PEOPLE: Localised = {
  fr: 'Personnes et ménages hébergés ou accompagnés par le CPAS (dont des mineurs et des personnes sans titre de séjour).',
  en: 'People and households housed or supported by the CPAS (including minors and people without a residence permit).',
};
const STAFF: Localised = { fr: 'Membres du personnel utilisateurs de Passerelle.', en: 'Staff members using Passerelle.' };
const HOUSING_PURPOSE: Localised = {
  fr: 'Organiser l’hébergement des ménages et leur accompagnement social.',
  en: 'Organising the households’ housing and their social support.',
};
const HOUSING_RETENTION: RetentionSource = { rule: 'housingRecords' };
const CONTACTS_RETENTION: RetentionSource = { rule: 'directoryContacts' };
const PROGRAMME_HISTORY: RetentionSource = {
  text: {
    fr: 'Gardé comme historique du programme (indicateurs annuels) ; supprimé à la main quand il n’est plus utile.',
    en: 'Kept as the programme’s history (annual indicators); deleted by hand when no longer useful.',
  },
};
const APPEND_ONLY: RetentionSource = {
  text: {
    fr: 'Sans limite : journal en ajout seul (ni modification ni suppression), des identifiants seulement, jamais une valeur.',
    en: 'Without limit: an append-only log (no change, no removal), ids only, never a value.',
  },
};
/** A retention run of housing records is the housing role's (checked per rule kind in the handler). */
const HOUSING_RETENTION_REACH = { actions: 'all', onlyRoles: ['housing'] } as const;
/** A retention run of directory contacts is the administrators' and coordinators' (checked per rule kind). */
const CONTACTS_RETENTION_REACH = { actions: 'all', onlyRoles: ['admin', 'coordinator'] } as const;
const HOUSING_REACH: ReachedBy = { housing: 'all', personalData: 'all', retention: HOUSING_RETENTION_REACH };
const NOTES_MAY_NAME: Localised = {
  fr: 'notes libres, qui peuvent nommer une personne',
  en: 'free-text notes, which may name a person',
};

/** Every table of the migrated schema, by name. */
export const PROCESSING_CATALOGUE: Readonly<Record<string, CatalogueEntry>> = {
  // ── Housing (CPAS) ────────────────────────────────────────────────────────────────────────────────────────
  housing_households: {
    activity: 'housing',
    personal: true,
    categoriesOfData: {
      fr: 'Code du ménage (M-XXXX), taille, notes du travailleur social (chiffrées), date et langue de remise de la notice d’information.',
      en: 'Household code (M-XXXX), size, the social worker’s notes (encrypted), day and language the information notice was given.',
    },
    categoriesOfPeople: HOUSED_PEOPLE,
    purpose: HOUSING_PURPOSE,
    legalBasis: HOUSING_BASIS,
    reachedBy: {
      housing: 'all',
      registrations: 'all',
      waitlist: 'all',
      personalData: 'all',
      retention: HOUSING_RETENTION_REACH,
      // Recording the notice's delivery is the housing role's; the notice's settings (admin too) touch no household.
      informationNotice: { actions: 'all', onlyRoles: ['housing'] },
    },
    retention: HOUSING_RETENTION,
    encryption: ['notes_enc'],
  },
  housing_people: {
    activity: 'housing',
    personal: true,
    categoriesOfData: {
      fr: 'Prénom, nom, statut de séjour et moyen de contact (chiffrés) ; code de la personne (P-XXXX), année de naissance et langues parlées (en clair).',
      en: 'First name, last name, residence status and contact details (encrypted); the person’s code (P-XXXX), year of birth and languages spoken (in clear).',
    },
    categoriesOfPeople: HOUSED_PEOPLE,
    purpose: HOUSING_PURPOSE,
    legalBasis: HOUSING_BASIS,
    reachedBy: { housing: 'all', registrations: 'all', personalData: 'all', retention: HOUSING_RETENTION_REACH },
    retention: HOUSING_RETENTION,
    encryption: ['first_name_enc', 'last_name_enc', 'residence_status_enc', 'contact_enc'],
  },
  housing_placements: {
    activity: 'housing',
    personal: true,
    categoriesOfData: {
      fr: 'Séjours d’un ménage : logement, places, dates d’entrée et de sortie, motif de fin, notes (chiffrées).',
      en: 'A household’s stays: unit, places, start and end days, end reason, notes (encrypted).',
    },
    categoriesOfPeople: HOUSED_PEOPLE,
    purpose: HOUSING_PURPOSE,
    legalBasis: HOUSING_BASIS,
    reachedBy: { ...HOUSING_REACH, registrations: 'all', housingReports: 'all' },
    retention: HOUSING_RETENTION,
    encryption: ['notes_enc'],
  },
  housing_registrations: {
    activity: 'housing',
    personal: true,
    categoriesOfData: {
      fr: 'Inscriptions d’adresse d’une personne (adresse de référence, inscription provisoire) : type, statut, dates, référence communale et notes (chiffrées), suivi des délais.',
      en: 'A person’s address registrations (reference address, provisional registration): kind, status, dates, the commune’s reference and notes (encrypted), follow-up of the deadlines.',
    },
    categoriesOfPeople: HOUSED_PEOPLE,
    purpose: {
      fr: 'Inscrire les personnes hébergées aux registres de la population et tenir les délais légaux.',
      en: 'Registering housed people in the population registers and keeping the legal deadlines.',
    },
    legalBasis: REGISTRATION_BASIS,
    reachedBy: { registrations: 'all', housingReports: 'all', personalData: 'all', retention: HOUSING_RETENTION_REACH },
    retention: HOUSING_RETENTION,
    encryption: ['commune_reference_enc', 'notes_enc'],
  },
  housing_registration_contacts: {
    activity: 'housing',
    personal: true,
    categoriesOfData: {
      fr: 'Jours où la personne inscrite en adresse de référence s’est présentée au CPAS.',
      en: 'Days on which the person with a reference address came to the CPAS.',
    },
    categoriesOfPeople: HOUSED_PEOPLE,
    purpose: {
      fr: 'Prouver le contact régulier exigé pour une adresse de référence.',
      en: 'Proving the regular contact a reference address requires.',
    },
    legalBasis: REGISTRATION_BASIS,
    reachedBy: { registrations: 'all', personalData: 'all', retention: HOUSING_RETENTION_REACH },
    retention: HOUSING_RETENTION,
    encryption: [],
  },
  housing_waitlist: {
    activity: 'housing',
    personal: true,
    categoriesOfData: {
      fr: 'Demande d’hébergement d’un ménage : priorité, date de demande, places et types de logement souhaités, issue.',
      en: 'A household’s request for housing: priority, request day, places and kinds of unit wanted, outcome.',
    },
    categoriesOfPeople: HOUSED_PEOPLE,
    purpose: {
      fr: 'Attribuer les logements libres dans un ordre juste et connu.',
      en: 'Allocating free units in a fair, known order.',
    },
    legalBasis: HOUSING_BASIS,
    reachedBy: { waitlist: 'all', housing: 'all', housingReports: 'all', personalData: 'all', retention: HOUSING_RETENTION_REACH },
    retention: HOUSING_RETENTION,
    encryption: [],
  },
  rolling_leases: {
    activity: 'housing',
    personal: true,
    categoriesOfData: {
      fr: 'Bail glissant d’un logement : opérateur, propriétaire, dates de sous-location et de transfert, objectifs et issue de l’accompagnement (chiffrés).',
      en: 'A unit’s rolling lease: operator, owner, sublease and transfer days, the support’s objectives and outcome (encrypted).',
    },
    categoriesOfPeople: {
      fr: 'Ménage sous-locataire ; propriétaire quand c’est un particulier.',
      en: 'The subtenant household; the owner when a private person.',
    },
    purpose: {
      fr: 'Accompagner le ménage jusqu’au transfert du bail à son nom.',
      en: 'Supporting the household until the lease is transferred to its name.',
    },
    legalBasis: HOUSING_BASIS,
    reachedBy: HOUSING_REACH,
    retention: HOUSING_RETENTION,
    encryption: ['outcome_enc', 'objectives_enc'],
  },
  rolling_lease_reviews: {
    activity: 'housing',
    personal: true,
    categoriesOfData: {
      fr: 'Évaluations d’un bail glissant : date et notes (chiffrées).',
      en: 'Reviews of a rolling lease: day and notes (encrypted).',
    },
    categoriesOfPeople: HOUSED_PEOPLE,
    purpose: {
      fr: 'Suivre l’accompagnement du ménage sous bail glissant.',
      en: 'Following the support of the household under a rolling lease.',
    },
    legalBasis: HOUSING_BASIS,
    reachedBy: HOUSING_REACH,
    retention: HOUSING_RETENTION,
    encryption: ['notes_enc'],
  },
  rolling_lease_renewals: {
    activity: 'housing',
    personal: true,
    categoriesOfData: {
      fr: 'Dates de renouvellement d’un bail glissant, qui concerne le ménage logé.',
      en: 'Renewal days of a rolling lease, which concerns the household living there.',
    },
    categoriesOfPeople: HOUSED_PEOPLE,
    purpose: {
      fr: 'Tenir les échéances du bail glissant.',
      en: 'Keeping the rolling lease’s deadlines.',
    },
    legalBasis: HOUSING_BASIS,
    reachedBy: HOUSING_REACH,
    retention: HOUSING_RETENTION,
    encryption: [],
  },
  housing_providers: {
    activity: 'housing',
    personal: true,
    categoriesOfData: {
      fr: 'Fournisseurs de logements (organisations et hébergeurs citoyens) : nom, personne de contact, courriel, téléphone, adresse, notes.',
      en: 'Housing providers (organisations and citizen hosts): name, contact person, e-mail, phone, address, notes.',
    },
    categoriesOfPeople: {
      fr: 'Hébergeurs citoyens et personnes de contact des organisations.',
      en: 'Citizen hosts and the organisations’ contact people.',
    },
    purpose: {
      fr: 'Gérer les logements mis à disposition et joindre qui les fournit.',
      en: 'Managing the units made available and reaching whoever provides them.',
    },
    legalBasis: {
      fr: 'Exécution des conventions de mise à disposition (RGPD art. 6.1.b) et mission du CPAS (art. 6.1.e).',
      en: 'Performance of the agreements making units available (GDPR art. 6(1)(b)) and the CPAS’s task (art. 6(1)(e)).',
    },
    reachedBy: { housing: 'all' },
    retention: {
      text: {
        fr: 'Tant que le fournisseur a des logements ; supprimé à la main ensuite (un fournisseur avec des logements ne peut pas l’être).',
        en: 'While the provider has units; deleted by hand afterwards (a provider with units cannot be).',
      },
    },
    encryption: [],
  },
  housing_units: {
    activity: 'housing',
    personal: true,
    categoriesOfData: {
      fr: `Logements : code, type, adresse, capacité, statut, ${NOTES_MAY_NAME.fr} ; l’adresse est celle où vivent les ménages logés.`,
      en: `Units: code, kind, address, capacity, status, ${NOTES_MAY_NAME.en}; the address is where the housed households live.`,
    },
    categoriesOfPeople: {
      fr: 'Ménages logés (par l’adresse), hébergeurs citoyens.',
      en: 'Housed households (through the address), citizen hosts.',
    },
    purpose: HOUSING_PURPOSE,
    legalBasis: HOUSING_BASIS,
    reachedBy: { housing: 'all', registrations: 'all', housingReports: 'all', personalData: 'all' },
    retention: {
      text: {
        fr: 'Tant que le logement existe ; un logement qui a servi est fermé, pas supprimé (l’historique des séjours en dépend).',
        en: 'While the unit exists; a unit that has been used is closed, not deleted (the stays’ history depends on it).',
      },
    },
    encryption: [],
  },
  housing_unit_status_changes: {
    activity: 'housing',
    personal: true,
    categoriesOfData: {
      fr: 'Changements de statut d’un logement : statut, date, et le compte de l’agent qui l’a noté.',
      en: 'A unit’s status changes: status, day, and the account of the staff member who recorded it.',
    },
    categoriesOfPeople: STAFF,
    purpose: {
      fr: 'Savoir quand un logement pouvait recevoir des ménages (taux d’occupation).',
      en: 'Knowing when a unit could receive households (occupancy rate).',
    },
    legalBasis: HOUSING_BASIS,
    reachedBy: { housing: 'all', housingReports: 'all' },
    retention: { text: { fr: 'Tant que le logement existe.', en: 'While the unit exists.' } },
    encryption: [],
  },
  housing_unit_supports: {
    activity: 'housing',
    personal: true,
    categoriesOfData: {
      fr: `Aides liées à un logement : type, dates, ${NOTES_MAY_NAME.fr}.`,
      en: `Supports attached to a unit: kind, days, ${NOTES_MAY_NAME.en}.`,
    },
    categoriesOfPeople: HOUSED_PEOPLE,
    purpose: HOUSING_PURPOSE,
    legalBasis: HOUSING_BASIS,
    reachedBy: { housing: 'all' },
    retention: { text: { fr: 'Tant que le logement existe.', en: 'While the unit exists.' } },
    encryption: [],
  },
  housing_audit_log: {
    activity: 'housing',
    personal: true,
    categoriesOfData: {
      fr: 'Journal d’accès aux dossiers logement : date, compte de l’agent, action (consultation, création, modification, export, effacement), code interne de la personne ou du ménage. Aucune valeur.',
      en: 'Access log of the housing records: time, staff account, action (view, create, update, export, erase), internal id of the person or household. No value.',
    },
    categoriesOfPeople: {
      fr: 'Membres du personnel logement ; personnes et ménages hébergés (par leur identifiant).',
      en: 'Housing staff; housed people and households (by their id).',
    },
    purpose: {
      fr: 'Savoir qui a consulté ou modifié le dossier d’une personne (sécurité, droit d’accès).',
      en: 'Knowing who viewed or changed a person’s record (security, right of access).',
    },
    legalBasis: ACCOUNT_BASIS,
    reachedBy: { housing: 'all', registrations: 'all', personalData: 'all' },
    retention: APPEND_ONLY,
    encryption: [],
  },

  // ── Schools programme (City) ──────────────────────────────────────────────────────────────────────────────
  schools: {
    activity: 'schoolsProgramme',
    personal: true,
    categoriesOfData: {
      fr: `Écoles : nom, réseau, adresse, téléphone et courriel de l’école, ${NOTES_MAY_NAME.fr}.`,
      en: `Schools: name, network, address, the school’s phone and e-mail, ${NOTES_MAY_NAME.en}.`,
    },
    categoriesOfPeople: {
      fr: 'Personnel des écoles (par les coordonnées et les notes).',
      en: 'Schools’ staff (through the contact details and notes).',
    },
    purpose: { fr: 'Organiser les animations avec les écoles.', en: 'Organising activities with schools.' },
    legalBasis: SCHOOLS_BASIS,
    reachedBy: { schools: 'all', classes: 'all', contacts: 'all', events: 'all', loans: 'all', indicators: 'all' },
    retention: { text: { fr: 'Tant que l’école participe au programme.', en: 'While the school takes part in the programme.' } },
    encryption: [],
  },
  contacts: {
    activity: 'schoolsProgramme',
    personal: true,
    categoriesOfData: {
      fr: 'Enseignants et contacts des écoles : prénom, nom, type, courriel, téléphone, notes, lien vers un compte utilisateur.',
      en: 'Teachers and school contacts: first name, last name, kind, e-mail, phone, notes, link to a user account.',
    },
    categoriesOfPeople: { fr: 'Enseignants et personnel des écoles.', en: 'Teachers and schools’ staff.' },
    purpose: { fr: 'Joindre les enseignants et organiser les animations de leurs classes.', en: 'Reaching teachers and organising their classes’ activities.' },
    legalBasis: SCHOOLS_BASIS,
    reachedBy: { contacts: 'all', classes: 'all', schools: 'all', events: 'all', loans: 'all', indicators: 'all', retention: CONTACTS_RETENTION_REACH },
    retention: CONTACTS_RETENTION,
    encryption: [],
  },
  class_teachers: {
    activity: 'schoolsProgramme',
    personal: true,
    categoriesOfData: { fr: 'Quel enseignant a quelle classe.', en: 'Which teacher has which class.' },
    categoriesOfPeople: { fr: 'Enseignants.', en: 'Teachers.' },
    purpose: {
      fr: 'Montrer à chaque enseignant les animations et questionnaires de ses classes.',
      en: 'Showing each teacher their classes’ activities and questionnaires.',
    },
    legalBasis: SCHOOLS_BASIS,
    reachedBy: { classes: 'all', contacts: 'all', schools: 'all', events: 'all', questionnaires: 'all', indicators: 'all' },
    retention: CONTACTS_RETENTION,
    encryption: [],
  },
  partners: {
    activity: 'schoolsProgramme',
    personal: true,
    categoriesOfData: {
      fr: `Partenaires (associations) : nom, type, personne de contact, courriel, téléphone, ${NOTES_MAY_NAME.fr}.`,
      en: `Partners (associations): name, kind, contact person, e-mail, phone, ${NOTES_MAY_NAME.en}.`,
    },
    categoriesOfPeople: { fr: 'Personnes de contact des partenaires.', en: 'The partners’ contact people.' },
    purpose: { fr: 'Organiser les animations avec les partenaires.', en: 'Organising activities with the partners.' },
    legalBasis: SCHOOLS_BASIS,
    reachedBy: { partners: 'all', events: 'all' },
    retention: { text: { fr: 'Tant que le partenariat dure.', en: 'While the partnership lasts.' } },
    encryption: [],
  },
  facilitators: {
    activity: 'schoolsProgramme',
    personal: true,
    categoriesOfData: { fr: 'Animateurs : nom, partenaire, courriel, téléphone.', en: 'Facilitators: name, partner, e-mail, phone.' },
    categoriesOfPeople: { fr: 'Animateurs des partenaires.', en: 'The partners’ facilitators.' },
    purpose: { fr: 'Planifier qui anime quelle animation.', en: 'Planning who leads which activity.' },
    legalBasis: SCHOOLS_BASIS,
    reachedBy: { partners: 'all', events: 'all' },
    retention: { text: { fr: 'Tant que l’animateur travaille avec le programme.', en: 'While the facilitator works with the programme.' } },
    encryption: [],
  },
  events: {
    activity: 'schoolsProgramme',
    personal: true,
    categoriesOfData: {
      fr: `Animations : titre, école, animateur, lieu, horaire, nombres d’élèves et d’enseignants, ${NOTES_MAY_NAME.fr}.`,
      en: `Activities: title, school, facilitator, place, times, numbers of pupils and teachers, ${NOTES_MAY_NAME.en}.`,
    },
    categoriesOfPeople: { fr: 'Animateurs, enseignants (par leurs classes).', en: 'Facilitators, teachers (through their classes).' },
    purpose: { fr: 'Planifier les animations et en rendre compte.', en: 'Planning the activities and reporting on them.' },
    legalBasis: SCHOOLS_BASIS,
    reachedBy: { events: 'all', schools: 'all', loans: 'all', questionnaires: 'all', indicators: 'all' },
    retention: PROGRAMME_HISTORY,
    encryption: [],
  },
  event_classes: {
    activity: 'schoolsProgramme',
    personal: false,
    why: { fr: 'Lien entre une animation et une classe : aucun nom, aucune personne.', en: 'Link between an activity and a class: no name, no person.' },
  },
  event_partners: {
    activity: 'schoolsProgramme',
    personal: false,
    why: { fr: 'Lien entre une animation et un partenaire (une organisation).', en: 'Link between an activity and a partner (an organisation).' },
  },
  event_themes: {
    activity: 'schoolsProgramme',
    personal: false,
    why: { fr: 'Thèmes d’une animation.', en: 'An activity’s themes.' },
  },
  holidays: {
    activity: 'schoolsProgramme',
    personal: false,
    why: { fr: 'Congés scolaires et jours fériés.', en: 'School holidays and public holidays.' },
  },
  school_classes: {
    activity: 'schoolsProgramme',
    personal: false,
    why: {
      fr: 'Classes d’une école : nom (« 3A »), année, niveau et nombre d’élèves ; aucun élève n’y est nommé.',
      en: 'A school’s classes: name (“3A”), year, grade and number of pupils; no pupil is named.',
    },
  },
  school_levels: {
    activity: 'schoolsProgramme',
    personal: false,
    why: { fr: 'Niveaux d’enseignement d’une école.', en: 'A school’s levels of teaching.' },
  },

  // ── Loans of exhibitions (City) ───────────────────────────────────────────────────────────────────────────
  exhibitions: {
    activity: 'loans',
    personal: true,
    categoriesOfData: {
      fr: `Expositions itinérantes : titre, propriétaire, description, conditions de prêt, ${NOTES_MAY_NAME.fr} (transport, montage).`,
      en: `Travelling exhibitions: title, owner, description, loan conditions, ${NOTES_MAY_NAME.en} (transport, set-up).`,
    },
    categoriesOfPeople: { fr: 'Propriétaires et transporteurs nommés dans les notes.', en: 'Owners and carriers named in the notes.' },
    purpose: { fr: 'Prêter les expositions aux écoles.', en: 'Lending the exhibitions to schools.' },
    legalBasis: SCHOOLS_BASIS,
    reachedBy: { exhibitions: 'all', loans: 'all', indicators: 'all' },
    retention: { text: { fr: 'Tant que l’exposition existe (archivée ensuite).', en: 'While the exhibition exists (archived afterwards).' } },
    encryption: [],
  },
  loans: {
    activity: 'loans',
    personal: true,
    categoriesOfData: {
      fr: 'Prêts : école, lieu, adresse, nom, courriel et téléphone de la personne de contact, dates, statut, notes.',
      en: 'Loans: school, venue, address, the contact person’s name, e-mail and phone, days, status, notes.',
    },
    categoriesOfPeople: { fr: 'Personnes de contact des emprunteurs (enseignants, personnel).', en: 'The borrowers’ contact people (teachers, staff).' },
    purpose: { fr: 'Organiser la livraison, le prêt et le retour des expositions.', en: 'Organising the delivery, loan and return of exhibitions.' },
    legalBasis: SCHOOLS_BASIS,
    reachedBy: { loans: 'all', exhibitions: 'all', schools: 'all', indicators: 'all', retention: CONTACTS_RETENTION_REACH },
    retention: {
      text: {
        fr: 'Gardé comme historique du programme ; la copie des coordonnées de la personne de contact est effacée quand la règle « contacts de l’annuaire » anonymise ce contact.',
        en: 'Kept as the programme’s history; the copy of the contact person’s details is cleared when the rule “directory contacts” anonymises that contact.',
      },
    },
    encryption: [],
  },
  loan_checks: {
    activity: 'loans',
    personal: true,
    categoriesOfData: {
      fr: 'Contrôles d’état à la livraison et au retour : date, compte de l’agent qui a contrôlé, notes.',
      en: 'Condition checks at delivery and return: day, account of the staff member who checked, notes.',
    },
    categoriesOfPeople: STAFF,
    purpose: { fr: 'Savoir dans quel état une exposition part et revient, et qui l’a constaté.', en: 'Knowing in which condition an exhibition leaves and comes back, and who saw it.' },
    legalBasis: SCHOOLS_BASIS,
    reachedBy: { loans: 'all', exhibitions: 'all' },
    retention: PROGRAMME_HISTORY,
    encryption: [],
  },
  loan_decisions: {
    activity: 'loans',
    personal: true,
    categoriesOfData: {
      fr: 'Décisions sur un prêt (demande, accord, refus, annulation) : date, compte de l’agent, motif.',
      en: 'Decisions on a loan (request, approval, refusal, cancellation): time, staff account, reason.',
    },
    categoriesOfPeople: STAFF,
    purpose: { fr: 'Signer et dater chaque décision.', en: 'Signing and dating each decision.' },
    legalBasis: SCHOOLS_BASIS,
    reachedBy: { loans: 'all' },
    retention: PROGRAMME_HISTORY,
    encryption: [],
  },
  item_flag_resolutions: {
    activity: 'loans',
    personal: true,
    categoriesOfData: {
      fr: 'Réparations d’une pièce signalée : dates, compte de l’agent qui l’a résolue, note.',
      en: 'Repairs of a flagged item: days, account of the staff member who resolved it, note.',
    },
    categoriesOfPeople: STAFF,
    purpose: { fr: 'Suivre l’état des pièces des expositions.', en: 'Following the condition of the exhibitions’ items.' },
    legalBasis: SCHOOLS_BASIS,
    reachedBy: { exhibitions: 'all' },
    retention: PROGRAMME_HISTORY,
    encryption: [],
  },
  exhibition_items: {
    activity: 'loans',
    personal: false,
    why: { fr: 'Pièces d’une exposition et leur état.', en: 'An exhibition’s items and their condition.' },
  },
  loan_check_items: {
    activity: 'loans',
    personal: false,
    why: {
      fr: 'État de chaque pièce lors d’un contrôle (qui a contrôlé est dans loan_checks).',
      en: 'Each item’s condition at a check (who checked is in loan_checks).',
    },
  },
  loan_events: {
    activity: 'loans',
    personal: false,
    why: { fr: 'Lien entre un prêt et une animation.', en: 'Link between a loan and an activity.' },
  },

  // ── Questionnaires (City) ─────────────────────────────────────────────────────────────────────────────────
  questionnaire_responses: {
    activity: 'questionnaires',
    personal: true,
    categoriesOfData: {
      fr: 'Un questionnaire rempli : le code que l’élève compose (jamais son nom), la passation (classe, animation, avant ou après).',
      en: 'One filled-in form: the code the pupil makes up (never their name), the administration (class, activity, before or after).',
    },
    categoriesOfPeople: { fr: 'Élèves (mineurs), sous pseudonyme.', en: 'Pupils (minors), under a pseudonym.' },
    purpose: { fr: 'Évaluer l’effet des animations, avant et après.', en: 'Evaluating the activities’ effect, before and after.' },
    legalBasis: {
      fr: 'Mission d’intérêt public (RGPD art. 6.1.e), à des fins statistiques (art. 89) sous pseudonyme ; résultats publiés seulement pour des groupes d’au moins 5 élèves.',
      en: 'Public task (GDPR art. 6(1)(e)), for statistical purposes (art. 89) under a pseudonym; results published only for groups of at least 5 pupils.',
    },
    reachedBy: { questionnaires: 'all', questionnaireResults: 'all', questionnaireImport: 'all', indicators: 'all', schools: 'all' },
    retention: { rule: 'pupilAnswers' },
    encryption: [],
  },
  questionnaire_answers: {
    activity: 'questionnaires',
    personal: true,
    categoriesOfData: {
      fr: 'Les réponses d’un questionnaire (valeurs et commentaires libres), rattachées au code de l’élève.',
      en: 'A form’s answers (values and free comments), tied to the pupil’s code.',
    },
    categoriesOfPeople: { fr: 'Élèves (mineurs), sous pseudonyme.', en: 'Pupils (minors), under a pseudonym.' },
    purpose: { fr: 'Évaluer l’effet des animations, avant et après.', en: 'Evaluating the activities’ effect, before and after.' },
    legalBasis: {
      fr: 'Mission d’intérêt public (RGPD art. 6.1.e), à des fins statistiques (art. 89) sous pseudonyme.',
      en: 'Public task (GDPR art. 6(1)(e)), for statistical purposes (art. 89) under a pseudonym.',
    },
    reachedBy: { questionnaires: 'all', questionnaireResults: 'all', questionnaireImport: 'all' },
    retention: { rule: 'pupilAnswers' },
    encryption: [],
  },
  questionnaire_pair_decisions: {
    activity: 'questionnaires',
    personal: true,
    categoriesOfData: {
      fr: 'Appariement accepté ou refusé de deux questionnaires (avant, après) d’un même élève : compte du coordinateur, date.',
      en: 'Accepted or refused pairing of two forms (before, after) of one pupil: the coordinator’s account, time.',
    },
    categoriesOfPeople: { fr: 'Élèves (sous pseudonyme) ; coordinateurs.', en: 'Pupils (under a pseudonym); coordinators.' },
    purpose: { fr: 'Relier les réponses d’avant et d’après d’un même élève.', en: 'Linking one pupil’s answers before and after.' },
    legalBasis: {
      fr: 'Mission d’intérêt public (RGPD art. 6.1.e), à des fins statistiques (art. 89) sous pseudonyme.',
      en: 'Public task (GDPR art. 6(1)(e)), for statistical purposes (art. 89) under a pseudonym.',
    },
    reachedBy: { questionnaireResults: 'all', questionnaires: 'all' },
    retention: { rule: 'pupilAnswers' },
    encryption: [],
  },
  questionnaire_administrations: {
    activity: 'questionnaires',
    personal: false,
    why: { fr: 'Une passation : modèle, animation, classe, avant ou après, date.', en: 'An administration: template, activity, class, before or after, day.' },
  },
  questionnaire_items: {
    activity: 'questionnaires',
    personal: false,
    why: { fr: 'Les questions d’un modèle.', en: 'A template’s questions.' },
  },
  questionnaire_templates: {
    activity: 'questionnaires',
    personal: false,
    why: { fr: 'Les modèles de questionnaires.', en: 'The questionnaire templates.' },
  },

  // ── Accounts, sessions, logs (every install) ──────────────────────────────────────────────────────────────
  users: {
    activity: 'accounts',
    personal: true,
    categoriesOfData: {
      fr: 'Nom d’utilisateur, nom affiché, empreinte du mot de passe (scrypt), actif ou non, dernière connexion.',
      en: 'Username, display name, password hash (scrypt), active or not, last sign-in.',
    },
    categoriesOfPeople: STAFF,
    purpose: { fr: 'Identifier les utilisateurs et leur donner les accès de leur rôle.', en: 'Identifying users and giving them their role’s access.' },
    legalBasis: ACCOUNT_BASIS,
    reachedBy: { users: 'all', auth: 'all', system: ['audit'], contacts: ['teacherAccounts'] },
    retention: {
      text: {
        fr: 'Tant que le compte existe ; un compte est désactivé, jamais supprimé (les journaux y renvoient).',
        en: 'While the account exists; an account is deactivated, never deleted (the logs refer to it).',
      },
    },
    encryption: [],
  },
  user_roles: {
    activity: 'accounts',
    personal: true,
    categoriesOfData: { fr: 'Rôles de chaque utilisateur.', en: 'Each user’s roles.' },
    categoriesOfPeople: STAFF,
    purpose: { fr: 'Donner à chacun les accès de son rôle, et rien d’autre.', en: 'Giving each user their role’s access and nothing else.' },
    legalBasis: ACCOUNT_BASIS,
    reachedBy: { users: 'all', auth: 'all', contacts: ['teacherAccounts'] },
    retention: { text: { fr: 'Tant que le compte existe.', en: 'While the account exists.' } },
    encryption: [],
  },
  server_sessions: {
    activity: 'accounts',
    personal: true,
    categoriesOfData: {
      fr: 'Sessions du serveur d’équipe : empreinte SHA-256 du cookie, compte, début et dernière activité.',
      en: 'Team server sessions: SHA-256 hash of the cookie, account, start and last activity.',
    },
    categoriesOfPeople: STAFF,
    purpose: { fr: 'Garder un utilisateur connecté, et le déconnecter après inactivité.', en: 'Keeping a user signed in, and signing them out when idle.' },
    legalBasis: ACCOUNT_BASIS,
    reachedBy: { auth: 'all' },
    retention: {
      text: {
        fr: 'Jusqu’à la déconnexion ou la fin d’inactivité (réglage idleMinutes) ; vide sur le poste de travail (sessions en mémoire).',
        en: 'Until sign-out or the idle timeout (setting idleMinutes); empty on the desktop (sessions in memory).',
      },
    },
    encryption: [],
  },
  login_throttle: {
    activity: 'accounts',
    personal: true,
    categoriesOfData: {
      fr: 'Empreinte SHA-256 du nom d’utilisateur tapé, nombre d’échecs de connexion, prochain essai permis.',
      en: 'SHA-256 hash of the username typed, number of failed sign-ins, next attempt allowed.',
    },
    categoriesOfPeople: { fr: 'Toute personne qui tente de se connecter.', en: 'Anyone who tries to sign in.' },
    purpose: { fr: 'Freiner qui devine des mots de passe.', en: 'Slowing down password guessing.' },
    legalBasis: ACCOUNT_BASIS,
    reachedBy: { auth: ['login'] },
    retention: {
      text: {
        fr: 'Effacé à la connexion réussie ; serveur d’équipe seulement (en mémoire sur le poste de travail).',
        en: 'Cleared at a successful sign-in; team server only (in memory on the desktop).',
      },
    },
    encryption: [],
  },
  audit_events: {
    activity: 'accounts',
    personal: true,
    categoriesOfData: {
      fr: 'Journal général : date, compte de l’utilisateur, action, type et identifiant de l’enregistrement. Aucune valeur.',
      en: 'General log: time, user account, action, kind and id of the record. No value.',
    },
    categoriesOfPeople: STAFF,
    purpose: { fr: 'Rendre compte de qui a fait quoi (connexions, comptes, réglages, exports, sauvegardes).', en: 'Accounting for who did what (sign-ins, accounts, settings, exports, backups).' },
    legalBasis: ACCOUNT_BASIS,
    reachedBy: { system: ['audit'] },
    retention: APPEND_ONLY,
    encryption: [],
  },
  retention_runs: {
    activity: 'accounts',
    personal: true,
    categoriesOfData: {
      fr: 'Chaque passage de conservation confirmé : règle, durée, date limite, nombre d’effacements, compte de l’agent qui l’a confirmé. Jamais un nom.',
      en: 'Each confirmed retention run: rule, term, cutoff day, number of erasures, account of the staff member who confirmed it. Never a name.',
    },
    categoriesOfPeople: STAFF,
    purpose: { fr: 'Prouver que les durées de conservation sont appliquées (RGPD art. 5.1.e et 5.2).', en: 'Proving that the retention terms are applied (GDPR art. 5(1)(e) and 5(2)).' },
    legalBasis: ACCOUNT_BASIS,
    reachedBy: { retention: 'all' },
    retention: { text: { fr: 'Sans limite (preuve des effacements).', en: 'Without limit (proof of the erasures).' } },
    encryption: [],
  },
  settings: {
    activity: 'accounts',
    personal: true,
    categoriesOfData: {
      fr: 'Réglages de l’installation ; parmi eux, les coordonnées du délégué à la protection des données telles qu’elles sont saisies.',
      en: 'The installation’s settings; among them, the data protection officer’s contact details as typed.',
    },
    categoriesOfPeople: { fr: 'Délégué à la protection des données.', en: 'The data protection officer.' },
    purpose: { fr: 'Faire fonctionner l’application ; indiquer qui joindre dans la notice d’information.', en: 'Running the application; saying whom to reach in the information notice.' },
    legalBasis: {
      fr: 'Obligation légale (RGPD art. 6.1.c, art. 13.1.b et 37.7 : publier les coordonnées du délégué).',
      en: 'Legal obligation (GDPR art. 6(1)(c), art. 13(1)(b) and 37(7): publishing the officer’s contact details).',
    },
    reachedBy: { settings: 'all', housingSettings: 'all', retention: 'all', informationNotice: 'all' },
    retention: { text: { fr: 'Jusqu’à ce qu’un réglage soit changé.', en: 'Until a setting is changed.' } },
    encryption: [],
  },

  // ── Running the application (no personal data) ────────────────────────────────────────────────────────────
  erasures: {
    activity: 'operation',
    personal: false,
    why: {
      fr: 'Identifiants d’enregistrements déjà supprimés (type, numéro, date de création) : la ligne qu’ils nommaient n’existe plus, rien ne les relie à une personne. Ils servent à refaire un effacement après la restauration d’une sauvegarde.',
      en: 'Ids of records already deleted (kind, number, creation time): the row they named no longer exists, nothing links them to a person. They serve to redo an erasure after a backup is restored.',
    },
  },
  installation: {
    activity: 'operation',
    personal: false,
    why: { fr: 'Identifiant de l’installation et empreinte de la clé de chiffrement.', en: 'The installation’s id and the encryption key’s fingerprint.' },
  },
  knex_migrations: {
    activity: 'operation',
    personal: false,
    why: { fr: 'Liste des migrations du schéma appliquées (outil knex).', en: 'The schema migrations applied (knex’s own table).' },
  },
  knex_migrations_lock: {
    activity: 'operation',
    personal: false,
    why: { fr: 'Verrou des migrations du schéma (outil knex).', en: 'The schema migrations’ lock (knex’s own table).' },
  },
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
