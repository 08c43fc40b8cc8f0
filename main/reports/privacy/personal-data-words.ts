// The words of a person's data export (right of access), one record per language: French as the CPAS's housing
// staff say it (the housing screens' labels), English as the English interface says it. The names of unit kinds,
// end reasons, registration kinds and deadlines are the housing report's (one wording for both documents).
import type { DeadlineOutcome, TaskStatus } from '../../../shared/domain/housing/deadlines';
import type { HousingAuditAction, ResidenceStatus } from '../../../shared/domain/housing/people';
import type { RegistrationStatus } from '../../../shared/domain/housing/registrations';
import type { WaitlistPriority, WaitlistStatus } from '../../../shared/domain/housing/waitlist';
import type { DocumentLanguage } from '../../../shared/domain/documents';

export interface PersonalDataWords {
  title(code: string): string;
  kicker: string;
  intro(controller: string, day: string): string;
  notGiven: string;
  none: string;
  yes: string;
  identity: {
    heading: string;
    code: string;
    firstName: string;
    lastName: string;
    residenceStatus: string;
    birthYear: string;
    contact: string;
    languages: string;
    created: string;
    updated: string;
  };
  residenceStatuses: Record<ResidenceStatus, string>;
  household: {
    heading: string;
    code: string;
    size: string;
    notes: string;
    notice: string;
    noticeGiven(day: string, language: string): string;
    noticeNotGiven: string;
    others: string;
    othersNote: string;
    nobodyElse: string;
  };
  stays: { heading: string; unit: string; kind: string; places: string; start: string; plannedEnd: string; actualEnd: string; reason: string; notes: string; none: string };
  registrations: {
    heading: string;
    none: string;
    item(index: number, kind: string): string;
    status: string;
    unit: string;
    requestDate: string;
    decisionDate: string;
    startDate: string;
    endDate: string;
    communeReference: string;
    notes: string;
    forwarding: string;
    forwarded(received: string, forwarded: string | null): string;
    move: string;
    moved(date: string, declared: string | null): string;
    policeCheck: string;
    absence: string;
    absent(since: string, resolved: string | null): string;
    contacts: string;
    deadlines: string;
    deadline: string;
    from: string;
    due: string;
    done: string;
    outcome: string;
    noDeadline: string;
  };
  registrationStatuses: Record<RegistrationStatus, string>;
  taskStatuses: Record<TaskStatus, string>;
  outcomes: Record<DeadlineOutcome, string>;
  waitlist: { heading: string; none: string; requested: string; priority: string; places: string; kinds: string; anyKind: string; status: string; closed: string };
  priorities: Record<WaitlistPriority, string>;
  waitlistStatuses: Record<WaitlistStatus, string>;
  leases: {
    heading: string;
    intro: string;
    unit(code: string): string;
    operator: string;
    subleaseStart: string;
    renewals: string;
    transferDate: string;
    endDate: string;
    objectives: string;
    outcome: string;
    review(day: string): string;
  };
  accessLog: { heading: string; intro: string; when: string; action: string; concerns: string; by: string; person: string; household: string; staff: string };
  actions: Record<HousingAuditAction, string>;
  rights: { heading: string; text: string[] };
  /** "12/03/2026 14:05", in Liège's time. */
  instant(iso: string): string;
  /** ISO 639 code → "arabe (ar)". */
  language(code: string): string;
}

function instantIn(locale: string): (iso: string) => string {
  const format = new Intl.DateTimeFormat(locale, {
    timeZone: 'Europe/Brussels',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
  });
  return (iso) => format.format(new Date(iso)).replace(',', '');
}

function languageIn(locale: string): (code: string) => string {
  let names: Intl.DisplayNames | null = null;
  return (code) => {
    try {
      names ??= new Intl.DisplayNames([locale], { type: 'language', fallback: 'none' });
      const name = names.of(code);
      return name && name !== code ? `${name} (${code})` : code;
    } catch {
      return code;
    }
  };
}

const fr: PersonalDataWords = {
  title: (code) => `Données personnelles de ${code}`,
  kicker: "DROIT D'ACCÈS (RGPD, ART. 15) ET PORTABILITÉ (ART. 20)",
  intro: (controller, day) =>
    `Voici toutes les données que le ${controller} enregistre dans Passerelle sur cette personne, établies le ${day}. ` +
    "Les autres membres du ménage n'apparaissent que par leur code : leurs données ne sont pas les siennes. " +
    'Le même contenu existe en fichier JSON, lisible par un programme.',
  notGiven: 'non renseigné',
  none: 'aucun',
  yes: 'oui',
  identity: {
    heading: 'Identité',
    code: 'Code',
    firstName: 'Prénom',
    lastName: 'Nom',
    residenceStatus: 'Statut de séjour',
    birthYear: 'Année de naissance',
    contact: 'Contact',
    languages: 'Langues parlées',
    created: 'Enregistrée le',
    updated: 'Dernière modification',
  },
  residenceStatuses: {
    belgian_or_eu: 'Belge ou citoyen·ne UE',
    permit_long: 'Titre de séjour illimité',
    permit_temporary: 'Titre de séjour temporaire',
    asylum_seeker: 'Demandeur·euse de protection internationale',
    undocumented: 'Sans titre de séjour',
    unknown: 'Inconnu',
  },
  household: {
    heading: 'Ménage',
    code: 'Code du ménage',
    size: 'Taille du ménage (personnes)',
    notes: 'Notes sur le ménage',
    notice: "Notice d'information",
    noticeGiven: (day, language) => `remise le ${day} (${language})`,
    noticeNotGiven: 'pas encore remise',
    others: 'Autres membres (codes)',
    othersNote: 'Les autres personnes du ménage sont nommées par leur code seulement.',
    nobodyElse: "aucune autre personne enregistrée",
  },
  stays: {
    heading: 'Séjours (hébergements)',
    unit: 'Unité',
    kind: 'Type',
    places: 'Places',
    start: 'Arrivée',
    plannedEnd: 'Départ prévu',
    actualEnd: 'Départ',
    reason: 'Motif de fin',
    notes: 'Notes',
    none: 'Aucun séjour enregistré pour le ménage.',
  },
  registrations: {
    heading: 'Domiciliations et échéances',
    none: 'Aucune domiciliation enregistrée pour cette personne.',
    item: (index, kind) => `${index}. ${kind}`,
    status: 'Statut',
    unit: 'Unité',
    requestDate: 'Demande',
    decisionDate: 'Décision',
    startDate: 'Début',
    endDate: 'Fin',
    communeReference: 'Référence communale',
    notes: 'Notes',
    forwarding: 'Transmission',
    forwarded: (received, forwarded) => `reçue le ${received}${forwarded ? `, transmise le ${forwarded}` : ', pas encore transmise'}`,
    move: 'Déménagement',
    moved: (date, declared) => `le ${date}${declared ? `, déclaré le ${declared}` : ', pas encore déclaré'}`,
    policeCheck: 'Enquête de résidence',
    absence: 'Absence',
    absent: (since, resolved) => `introuvable depuis le ${since}${resolved ? `, résolue le ${resolved}` : ''}`,
    contacts: 'Contacts au CPAS',
    deadlines: 'Échéances',
    deadline: 'Échéance',
    from: 'À partir du',
    due: 'Pour le',
    done: 'Fait le',
    outcome: 'Résultat',
    noDeadline: 'Aucune échéance.',
  },
  registrationStatuses: { requested: 'Demandée', active: 'Active', refused: 'Refusée', ended: 'Terminée' },
  taskStatuses: { done: 'Fait', dueSoon: 'Bientôt dû', overdue: 'En retard', upcoming: 'À venir' },
  outcomes: { met: 'Respectée', missed: 'Manquée', open: 'En cours' },
  waitlist: {
    heading: "Liste d'attente",
    none: "Le ménage n'a jamais été sur la liste d'attente.",
    requested: 'Demande',
    priority: 'Priorité',
    places: 'Places',
    kinds: 'Types de logement',
    anyKind: 'tous types',
    status: 'Statut',
    closed: 'Sortie le',
  },
  priorities: { urgent: 'Urgente', high: 'Haute', normal: 'Normale' },
  waitlistStatuses: { waiting: 'En attente', placed: 'Placé', withdrawn: 'Retiré' },
  leases: {
    heading: 'Bail glissant : accompagnement',
    intro: "Le bailleur n'est pas repris : ce peut être une autre personne.",
    unit: (code) => `Unité ${code}`,
    operator: 'Opérateur agréé',
    subleaseStart: 'Début de la sous-location',
    renewals: 'Renouvellements',
    transferDate: 'Glissement du bail',
    endDate: 'Fin',
    objectives: "Objectifs d'accompagnement",
    outcome: 'Résultat',
    review: (day) => `Évaluation du ${day}`,
  },
  accessLog: {
    heading: "Journal d'accès",
    intro:
      'Chaque consultation, création, modification, exportation ou effacement de ces données, et de celles du ménage. ' +
      "Les membres du personnel ne sont pas nommés : ils agissent pour le CPAS (Cour de justice de l'UE, C-579/21).",
    when: 'Date',
    action: 'Action',
    concerns: 'Concerne',
    by: 'Par',
    person: 'la personne',
    household: 'le ménage',
    staff: 'un membre du personnel logement du CPAS',
  },
  actions: { view: 'Consultation', create: 'Création', update: 'Modification', export: 'Exportation', erase: 'Effacement' },
  rights: {
    heading: 'Vos droits',
    text: [
      'Vous pouvez demander que des données inexactes soient corrigées (art. 16), que des données soient effacées (art. 17) ou que leur traitement soit limité (art. 18), en vous adressant au service logement du CPAS ou à son délégué à la protection des données.',
      "Vous pouvez introduire une plainte auprès de l'Autorité de protection des données (APD), rue de la Presse 35, 1000 Bruxelles, www.autoriteprotectiondonnees.be.",
    ],
  },
  instant: instantIn('fr-BE'),
  language: languageIn('fr'),
};

const en: PersonalDataWords = {
  title: (code) => `Personal data of ${code}`,
  kicker: 'RIGHT OF ACCESS (GDPR, ART. 15) AND PORTABILITY (ART. 20)',
  intro: (controller, day) =>
    `This is all the data the ${controller} keeps in Passerelle about this person, as of ${day}. ` +
    'The other members of the household appear by their code only: their data is not this person’s. ' +
    'The same content exists as a JSON file, readable by a program.',
  notGiven: 'not given',
  none: 'none',
  yes: 'yes',
  identity: {
    heading: 'Identity',
    code: 'Code',
    firstName: 'First name',
    lastName: 'Last name',
    residenceStatus: 'Residence status',
    birthYear: 'Year of birth',
    contact: 'Contact',
    languages: 'Languages spoken',
    created: 'Recorded on',
    updated: 'Last changed',
  },
  residenceStatuses: {
    belgian_or_eu: 'Belgian or EU citizen',
    permit_long: 'Permanent residence permit',
    permit_temporary: 'Temporary residence permit',
    asylum_seeker: 'Applicant for international protection',
    undocumented: 'No residence permit',
    unknown: 'Unknown',
  },
  household: {
    heading: 'Household',
    code: 'Household code',
    size: 'Household size (people)',
    notes: 'Notes on the household',
    notice: 'Information notice',
    noticeGiven: (day, language) => `given on ${day} (${language})`,
    noticeNotGiven: 'not given yet',
    others: 'Other members (codes)',
    othersNote: 'The other people of the household are named by their code only.',
    nobodyElse: 'nobody else recorded',
  },
  stays: {
    heading: 'Stays (accommodation)',
    unit: 'Unit',
    kind: 'Kind',
    places: 'Places',
    start: 'Arrival',
    plannedEnd: 'Planned departure',
    actualEnd: 'Departure',
    reason: 'Reason it ended',
    notes: 'Notes',
    none: 'No stay recorded for the household.',
  },
  registrations: {
    heading: 'Address registrations and deadlines',
    none: 'No address registration recorded for this person.',
    item: (index, kind) => `${index}. ${kind}`,
    status: 'Status',
    unit: 'Unit',
    requestDate: 'Requested',
    decisionDate: 'Decided',
    startDate: 'Start',
    endDate: 'End',
    communeReference: "Municipality's reference",
    notes: 'Notes',
    forwarding: 'Forwarding',
    forwarded: (received, forwarded) => `received on ${received}${forwarded ? `, forwarded on ${forwarded}` : ', not forwarded yet'}`,
    move: 'Move',
    moved: (date, declared) => `on ${date}${declared ? `, declared on ${declared}` : ', not declared yet'}`,
    policeCheck: 'Police check of residence',
    absence: 'Absence',
    absent: (since, resolved) => `not found since ${since}${resolved ? `, resolved on ${resolved}` : ''}`,
    contacts: 'Contacts at the CPAS',
    deadlines: 'Deadlines',
    deadline: 'Deadline',
    from: 'From',
    due: 'Due',
    done: 'Done on',
    outcome: 'Outcome',
    noDeadline: 'No deadline.',
  },
  registrationStatuses: { requested: 'Requested', active: 'Active', refused: 'Refused', ended: 'Ended' },
  taskStatuses: { done: 'Done', dueSoon: 'Due soon', overdue: 'Overdue', upcoming: 'Upcoming' },
  outcomes: { met: 'Met', missed: 'Missed', open: 'Open' },
  waitlist: {
    heading: 'Waiting list',
    none: 'The household was never on the waiting list.',
    requested: 'Requested',
    priority: 'Priority',
    places: 'Places',
    kinds: 'Kinds of housing',
    anyKind: 'any kind',
    status: 'Status',
    closed: 'Left on',
  },
  priorities: { urgent: 'Urgent', high: 'High', normal: 'Normal' },
  waitlistStatuses: { waiting: 'Waiting', placed: 'Placed', withdrawn: 'Withdrawn' },
  leases: {
    heading: 'Rolling lease: accompaniment',
    intro: 'The landlord is not included: it may be another person.',
    unit: (code) => `Unit ${code}`,
    operator: 'Approved operator',
    subleaseStart: 'Sublease start',
    renewals: 'Renewals',
    transferDate: 'Lease transferred',
    endDate: 'End',
    objectives: 'Accompaniment objectives',
    outcome: 'Outcome',
    review: (day) => `Review of ${day}`,
  },
  accessLog: {
    heading: 'Access log',
    intro:
      'Every time this data, or the household’s, was viewed, created, changed, exported or erased. ' +
      'Staff members are not named: they act for the CPAS (Court of Justice of the EU, C-579/21).',
    when: 'Date',
    action: 'Action',
    concerns: 'Concerns',
    by: 'By',
    person: 'the person',
    household: 'the household',
    staff: 'a member of the CPAS housing staff',
  },
  actions: { view: 'Viewed', create: 'Created', update: 'Changed', export: 'Exported', erase: 'Erased' },
  rights: {
    heading: 'Your rights',
    text: [
      'You may ask for inaccurate data to be corrected (art. 16), for data to be erased (art. 17) or for its processing to be restricted (art. 18), by contacting the CPAS housing service or its data protection officer.',
      'You may lodge a complaint with the Belgian Data Protection Authority (APD/GBA), rue de la Presse 35, 1000 Brussels, www.dataprotectionauthority.be.',
    ],
  },
  instant: instantIn('en-GB'),
  language: languageIn('en'),
};

export const PERSONAL_DATA_WORDS: Record<DocumentLanguage, PersonalDataWords> = { fr, en };
