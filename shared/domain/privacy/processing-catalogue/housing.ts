import type { CatalogueEntry } from '../processing-register';
import { HOUSING_BASIS, REGISTRATION_BASIS, ACCOUNT_BASIS, HOUSED_PEOPLE, STAFF, HOUSING_PURPOSE, HOUSING_RETENTION, APPEND_ONLY, HOUSING_RETENTION_REACH, HOUSING_REACH, NOTES_MAY_NAME } from './shared-texts';

/** Housing (CPAS): the CPAS's households, people, stays, registrations, units and their log. */
export const HOUSING_TABLES: Readonly<Record<string, CatalogueEntry>> = {
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
};
