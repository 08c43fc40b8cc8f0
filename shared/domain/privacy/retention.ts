/**
 * Retention (issue 20, GDPR art. 5(1)(e), storage limitation): how long each kind of record is kept, on which
 * legal basis, and which day a record's term is over. The terms in force are the settings row `retentionRules`
 * (main/services/privacy/retention-rules.ts); these are the defaults and the accepted ranges.
 *
 * - `housingRecords`: a household (its people, stays, registrations, notes) is kept `termYears` after the end of
 *   its last stay or registration (from its creation when it has no dated activity). A household with an open
 *   stay, an open registration or a waiting-list entry is never past its term. A run erases its people the way a request does (erasePerson).
 * - `directoryContacts`: a teacher's or a contact's details are kept `termYears` after their last activity (the
 *   latest event of one of their classes, their class's school year, a loan they were the contact of, or the
 *   record's last change); never a contact linked to a user account. A run anonymises the contact.
 * - `pupilAnswers`: pupils' questionnaire answers carry no name (pseudonymous from the start); they are kept as
 *   statistics and no run applies to them. Shown so the rule and its basis are written down.
 */
import type { Role } from '../roles';

export const RETENTION_RULE_KINDS = ['housingRecords', 'directoryContacts', 'pupilAnswers'] as const;
export type RetentionRuleKind = (typeof RETENTION_RULE_KINDS)[number];

/** The rules a run applies (the `retention_runs.kind` values). */
export const RETENTION_RUN_KINDS = ['housingRecords', 'directoryContacts'] as const;
export type RetentionRunKind = (typeof RETENTION_RUN_KINDS)[number];

/** The terms in force, in whole years, for the rules that have one. */
export interface RetentionRules {
  readonly housingRecords: { readonly termYears: number };
  readonly directoryContacts: { readonly termYears: number };
}

export const DEFAULT_RETENTION_RULES: RetentionRules = {
  housingRecords: { termYears: 5 },
  directoryContacts: { termYears: 3 },
};

/** Accepted terms (whole years). At least one year: a record is never erased the day its activity ends. */
export const RETENTION_TERM_LIMITS: Readonly<Record<RetentionRunKind, { min: number; max: number }>> = {
  housingRecords: { min: 1, max: 30 },
  directoryContacts: { min: 1, max: 30 },
};

/** Who may change each rule's term (all rules are readable by admin, housing and coordinator). */
export const RETENTION_RULE_EDITORS: Readonly<Record<RetentionRunKind, readonly Role[]>> = {
  housingRecords: ['housing'],
  directoryContacts: ['admin', 'coordinator'],
};

/**
 * Who may preview and confirm a run of each rule: those who see the records it lists (the directory's contacts
 * are the coordinators'; an administrator sees neither them nor housed people, and is only reminded).
 */
export const RETENTION_RUNNERS: Readonly<Record<RetentionRunKind, readonly Role[]>> = {
  housingRecords: ['housing'],
  directoryContacts: ['coordinator'],
};

export const RETENTION_READERS: readonly Role[] = ['admin', 'housing', 'coordinator'];

export interface LocalisedText {
  readonly fr: string;
  readonly en: string;
}

export interface RetentionRuleDescription {
  /** What the rule covers. */
  readonly scope: LocalisedText;
  /** From when the term counts, in plain words. */
  readonly startsFrom: LocalisedText;
  /** Why the data may be kept that long, and why no longer. */
  readonly legalBasis: LocalisedText;
  /** What a run does to a record past its term (`null`: no run for this rule). */
  readonly effect: LocalisedText | null;
  /** The default term in years (`null`: no term, see `effect`). */
  readonly defaultTermYears: number | null;
}

export const RETENTION_RULE_DESCRIPTIONS: Readonly<Record<RetentionRuleKind, RetentionRuleDescription>> = {
  housingRecords: {
    scope: {
      fr: 'Ménages, personnes, séjours, inscriptions d’adresse, liste d’attente et notes.',
      en: 'Households, people, stays, address registrations, waiting list and notes.',
    },
    startsFrom: {
      fr: 'À partir de la fin du dernier séjour ou de la dernière inscription du ménage. Un ménage avec un séjour ou une inscription en cours, ou inscrit sur la liste d’attente, n’arrive jamais à échéance. Un ménage sans aucune activité datée compte à partir de sa création.',
      en: 'From the end of the household’s last stay or registration. A household with an open stay or registration, or on the waiting list, never reaches its term. A household with no dated activity at all counts from its creation.',
    },
    legalBasis: {
      fr: 'Mission légale du CPAS (RGPD art. 6.1.c et e, art. 9.2.b et h) : loi organique des CPAS du 8 juillet 1976 (art. 1er, 57 et 60 : enquête sociale et dossier social) ; limitation de la conservation (RGPD art. 5.1.e) : le dossier social n’est gardé que le temps nécessaire à l’aide et à son contrôle, puis effacé.',
      en: 'The CPAS’s legal task (GDPR art. 6(1)(c) and (e), art. 9(2)(b) and (h)): the organic law on CPAS of 8 July 1976 (art. 1, 57 and 60: social inquiry and social file); storage limitation (GDPR art. 5(1)(e)): the social file is kept only as long as the help and its audit need it, then erased.',
    },
    effect: {
      fr: 'Chaque personne du ménage est effacée comme sur demande (nom, date de naissance, contact et notes effacés ; le code du dossier reste pour les statistiques).',
      en: 'Each person of the household is erased as on request (name, date of birth, contact details and notes cleared; the file code stays for statistics).',
    },
    defaultTermYears: DEFAULT_RETENTION_RULES.housingRecords.termYears,
  },
  directoryContacts: {
    scope: {
      fr: 'Coordonnées des enseignants et contacts de l’annuaire des écoles.',
      en: 'Teachers’ and contacts’ details in the schools directory.',
    },
    startsFrom: {
      fr: 'À partir de leur dernière activité : la dernière animation d’une de leurs classes, l’année scolaire de leur classe, le dernier prêt dont ils étaient le contact, ou la dernière modification de la fiche. Jamais un contact lié à un compte utilisateur.',
      en: 'From their last activity: the latest event of one of their classes, their class’s school year, the latest loan they were the contact of, or the record’s last change. Never a contact linked to a user account.',
    },
    legalBasis: {
      fr: 'Intérêt légitime et mission d’intérêt public de la Ville (RGPD art. 6.1.e et f) : organiser les animations avec les écoles ; limitation de la conservation (RGPD art. 5.1.e) : inutile quand plus aucune activité n’a lieu.',
      en: 'The City’s public task and legitimate interest (GDPR art. 6(1)(e) and (f)): organising activities with schools; storage limitation (GDPR art. 5(1)(e)): no longer needed once no activity takes place.',
    },
    effect: {
      fr: 'Le contact est anonymisé : nom remplacé par « Contact effacé », courriel, téléphone et notes effacés ; les animations et prêts restent, sans son nom.',
      en: 'The contact is anonymised: name replaced by “Contact effacé”, e-mail, phone and notes cleared; events and loans stay, without the name.',
    },
    defaultTermYears: DEFAULT_RETENTION_RULES.directoryContacts.termYears,
  },
  pupilAnswers: {
    scope: {
      fr: 'Réponses des élèves aux questionnaires.',
      en: 'Pupils’ questionnaire answers.',
    },
    startsFrom: {
      fr: 'Aucun nom d’élève n’est jamais enregistré : les réponses sont pseudonymes dès la saisie (seul un code composé par l’élève relie ses réponses d’avant et d’après l’animation).',
      en: 'No pupil’s name is ever recorded: answers are pseudonymous from the start (only a code the pupil makes up links their answers before and after the activity).',
    },
    legalBasis: {
      fr: 'Mission d’intérêt public (RGPD art. 6.1.e) : évaluer les animations ; conservées à des fins statistiques (RGPD art. 5.1.e et art. 89) sous forme pseudonyme.',
      en: 'Public task (GDPR art. 6(1)(e)): evaluating the activities; kept for statistical purposes (GDPR art. 5(1)(e) and art. 89) in pseudonymous form.',
    },
    effect: null,
    defaultTermYears: null,
  },
};

/** Saved settings (JSON of any shape) → complete rules: each valid term kept, anything else the default. */
export function resolveRetentionRules(saved: unknown): RetentionRules {
  const source = typeof saved === 'object' && saved !== null ? (saved as Record<string, unknown>) : {};
  const termOf = (kind: RetentionRunKind): number => {
    const rule = source[kind];
    const value = typeof rule === 'object' && rule !== null ? (rule as Record<string, unknown>).termYears : undefined;
    const { min, max } = RETENTION_TERM_LIMITS[kind];
    return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max
      ? value
      : DEFAULT_RETENTION_RULES[kind].termYears;
  };
  return {
    housingRecords: { termYears: termOf('housingRecords') },
    directoryContacts: { termYears: termOf('directoryContacts') },
  };
}

/**
 * The cutoff day of a term: `today` minus `termYears` years (29 February → 28 February). A record whose last
 * activity ended strictly before the cutoff is past its term; one that ended on the cutoff day itself still has
 * today to run.
 */
export function retentionCutoff(today: string, termYears: number): string {
  const [year, month, day] = today.split('-').map(Number) as [number, number, number];
  const targetYear = year - termYears;
  const leap = (targetYear % 4 === 0 && targetYear % 100 !== 0) || targetYear % 400 === 0;
  const clampedDay = month === 2 && day === 29 && !leap ? 28 : day;
  return `${String(targetYear).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(clampedDay).padStart(2, '0')}`;
}

/** The neutral name an anonymised contact keeps (the directory still lists the row, in past events and loans). */
export const ERASED_CONTACT_NAME = { firstName: 'Contact', lastName: 'effacé' } as const;

/** A record past its term, as a preview lists it: a household by its code, a contact by name (coordinators see the directory anyway). */
export interface RetentionCandidate {
  readonly id: number;
  /** The household's code, or the contact's name. */
  readonly label: string;
  /** The day its last activity ended (YYYY-MM-DD). */
  readonly lastActivity: string;
  /** Housing: how many people the household holds (each is erased). Contacts: 1. */
  readonly people: number;
}

export interface RetentionPreview {
  readonly kind: RetentionRunKind;
  readonly termYears: number;
  /** Records whose last activity ended before this day are past their term. */
  readonly cutoff: string;
  /** Households or contacts to erase. */
  readonly count: number;
  /** People erased with them (housing); equal to `count` for contacts. */
  readonly peopleCount: number;
  readonly candidates: readonly RetentionCandidate[];
  /** Names exactly this list at this cutoff: the run refuses if the list has changed since. */
  readonly token: string;
}

export interface RetentionRunSummary {
  readonly id: number;
  readonly kind: RetentionRunKind;
  readonly ranAt: string;
  readonly termYears: number;
  readonly cutoff: string;
  /** Households (housing) or contacts erased. */
  readonly erasedCount: number;
  /** The erasures the run recorded: people (housing) or contacts. */
  readonly peopleCount: number;
}

export interface RetentionKindStatus {
  readonly kind: RetentionRunKind;
  readonly termYears: number;
  readonly cutoff: string;
  /** Records past their term today: a run is due when above zero. */
  readonly dueCount: number;
  readonly lastRun: RetentionRunSummary | null;
}

export interface RetentionStatus {
  readonly today: string;
  readonly kinds: readonly RetentionKindStatus[];
}
