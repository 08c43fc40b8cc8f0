// The words of the housing report, one record per language (French as CPAS staff say it, the same as the
// housing screens' labels; English as the English interface says it), and the way its numbers and dates are
// written in each. The method note's longer text is in method.ts.
import type { TaskKind } from '../../../../shared/domain/housing/deadlines';
import type { PlacementEndReason } from '../../../../shared/domain/housing/placements-api';
import type { RegistrationKind } from '../../../../shared/domain/housing/registrations';
import type { ReportCount } from '../../../../shared/domain/housing/reports-api';
import type { UnitKind, UnitStatus } from '../../../../shared/domain/housing/units';
import type { DocumentLanguage } from '../../pdf-kit';
import { formatDateFr } from '../../../exports/labels-fr';

export interface ReportWords {
  title: string;
  kicker: string;
  /** "Du 1er janvier 2026 au 28 novembre 2026". */
  period(from: string, to: string): string;
  nights(count: number): string;
  made(day: string): string;
  aggregate: string;
  compared(period: string): string;
  unitKinds: Record<UnitKind, string>;
  unitStatuses: Record<UnitStatus, string>;
  endReasons: Record<PlacementEndReason, string>;
  registrationKinds: Record<RegistrationKind, string>;
  taskKinds: Record<TaskKind, string>;
  /** What a withheld cell shows. */
  withheld: string;
  withheldNote: string;
  lessThanNote: string;
  total: string;
  yearEarlier: string;
  change: string;
  keyFigures: {
    heading: string;
    figure: string;
    thisPeriod: string;
    unitsSupported: string;
    places(day: string): string;
    bedNights: string;
    rate: string;
    placementsStarted: string;
    placementsEnded: string;
    peopleArrived: string;
    registrationsStarted: string;
    deadlinesDue: string;
    deadlinesMet: string;
    deadlinesMissed: string;
    deadlinesOpen: string;
    note: string;
  };
  units: { heading: string; kind: string; identified: string; supported: string; openAt(day: string): string; activeAt(day: string): string; places: string; byStatus(day: string): string; status: string; units: string };
  occupancy: { heading: string; kind: string; activeUnits: string; placeNights: string; bedNights: string; rate: string; none: string; omitted: string };
  placements: { heading: string; kind: string; started: string; ended: string; byReason: string; reason: string; placements: string };
  registrations: { heading: string; kind: string; requested: string; started: string; inForce: string; ended: string };
  deadlines: { heading: string; kind: string; due: string; met: string; missed: string; open: string };
  method: string;
}

const fr: ReportWords = {
  title: 'Logement solidaire et domiciliations',
  kicker: 'RAPPORT LOGEMENT · ACTION 7 « ACCÈS SOLIDAIRE ET INNOVANT AU LOGEMENT »',
  period: (from, to) => `Du ${from} au ${to}`,
  nights: (count) => (count > 1 ? 'nuits' : 'nuit'),
  made: (day) => `Établi le ${day}`,
  aggregate: 'données agrégées, sans nom ni code de personne ou de ménage',
  compared: (period) => `Comparé à la même période un an plus tôt : ${period}.`,
  unitKinds: {
    hebergement_citoyen: 'Hébergement citoyen',
    logement_transit: 'Logement de transit',
    bail_glissant: 'Bail glissant',
    convention_occupation_precaire: "Convention d'occupation précaire",
    occupation_temporaire_partagee: 'Occupation temporaire partagée',
    habitat_leger: 'Habitat léger',
    cooperative_habitat_participatif: 'Coopérative / habitat participatif',
    maison_jeunes_travailleurs: 'Maison de jeunes travailleurs',
    autre: 'Autre',
  },
  unitStatuses: { identified: 'Identifiées', supported: 'Soutenues', active: 'Actives', suspended: 'Suspendues', closed: 'Clôturées' },
  endReasons: {
    moved_to_housing: 'Relogement durable',
    returned: 'Retour (domicile, famille, pays)',
    transferred: 'Transfert (autre unité ou service)',
    left_without_notice: 'Départ sans prévenir',
    evicted: 'Exclusion',
    other: 'Autre motif',
  },
  registrationKinds: {
    reference_address_cpas: 'Adresse de référence au CPAS',
    reference_address_private: 'Adresse de référence chez une personne',
    inscription_provisoire: 'Inscription provisoire',
    temporary_address_nonprofit: 'Adresse temporaire auprès d’une ASBL',
  },
  taskKinds: {
    forward_request: 'Transmission de la demande (CPAS non compétent)',
    cpas_contact: 'Contact au CPAS (adresse de référence)',
    move_declaration: 'Déclaration de déménagement',
    police_check: 'Enquête de résidence',
    strike_off: 'Radiation après absence',
  },
  withheld: 'n.p.',
  withheldNote: 'n.p. : non publié, ce détail concerne moins de 5 personnes ou ménages (voir « Méthode »).',
  lessThanNote: '« < 5 » : entre 1 et 4 personnes.',
  total: 'Total',
  yearEarlier: 'Un an plus tôt',
  change: 'Évolution',
  keyFigures: {
    heading: 'En bref',
    figure: 'Chiffre',
    thisPeriod: 'Période',
    unitsSupported: 'Unités soutenues',
    places: (day) => `Places au ${day}`,
    bedNights: 'Nuitées',
    rate: "Taux d'occupation",
    placementsStarted: 'Placements commencés',
    placementsEnded: 'Placements terminés',
    peopleArrived: 'Personnes arrivées',
    registrationsStarted: 'Domiciliations commencées',
    deadlinesDue: 'Échéances légales échues',
    deadlinesMet: '… respectées',
    deadlinesMissed: '… manquées',
    deadlinesOpen: '… encore ouvertes',
    note: '« Unités soutenues » : soutenues pour la première fois pendant la période. « Personnes arrivées » : places des placements commencés. Évolution : période moins la même période un an plus tôt (en points pour un taux).',
  },
  units: {
    heading: 'Unités de logement',
    kind: 'Type',
    identified: 'Identifiées',
    supported: 'Soutenues',
    openAt: (day) => `Ouvertes au ${day}`,
    activeAt: (day) => `Actives au ${day}`,
    places: 'Places',
    byStatus: (day) => `Unités par statut au ${day}`,
    status: 'Statut',
    units: 'Unités',
  },
  occupancy: {
    heading: 'Places et occupation',
    kind: 'Type',
    activeUnits: 'Unités actives',
    placeNights: 'Places-nuits offertes',
    bedNights: 'Nuitées',
    rate: "Taux d'occupation",
    none: "Aucune unité n'a été active et personne n'a été hébergé pendant la période.",
    omitted: 'Types sans unité active ni nuitée pendant la période : non repris.',
  },
  placements: { heading: 'Placements', kind: 'Type', started: 'Commencés', ended: 'Terminés', byReason: 'Placements terminés par motif', reason: 'Motif', placements: 'Placements' },
  registrations: { heading: 'Domiciliations', kind: 'Type', requested: 'Demandes', started: 'Débuts', inForce: 'En cours', ended: 'Fins' },
  deadlines: { heading: 'Échéances légales', kind: 'Échéance', due: 'Échues', met: 'Respectées', missed: 'Manquées', open: 'Encore ouvertes' },
  method: 'Méthode',
};

const en: ReportWords = {
  title: 'Solidarity housing and address registrations',
  kicker: 'HOUSING REPORT · ACTION 7 “SOLIDARITY AND INNOVATIVE ACCESS TO HOUSING”',
  period: (from, to) => `From ${from} to ${to}`,
  nights: (count) => (count > 1 ? 'nights' : 'night'),
  made: (day) => `Made on ${day}`,
  aggregate: 'aggregate figures, no name or code of a person or household',
  compared: (period) => `Compared with the same period a year earlier: ${period}.`,
  unitKinds: {
    hebergement_citoyen: 'Citizen hosting',
    logement_transit: 'Transitional housing',
    bail_glissant: 'Rolling lease',
    convention_occupation_precaire: 'Temporary occupation agreement',
    occupation_temporaire_partagee: 'Shared temporary occupancy',
    habitat_leger: 'Light housing',
    cooperative_habitat_participatif: 'Cooperative / participatory housing',
    maison_jeunes_travailleurs: "Young workers' hostel",
    autre: 'Other',
  },
  unitStatuses: { identified: 'Identified', supported: 'Supported', active: 'Active', suspended: 'Suspended', closed: 'Closed' },
  endReasons: {
    moved_to_housing: 'Moved to lasting housing',
    returned: 'Returned (home, family, country)',
    transferred: 'Transferred (other unit or service)',
    left_without_notice: 'Left without notice',
    evicted: 'Evicted',
    other: 'Other reason',
  },
  registrationKinds: {
    reference_address_cpas: 'Reference address at the CPAS',
    reference_address_private: 'Reference address with a person',
    inscription_provisoire: 'Provisional registration',
    temporary_address_nonprofit: 'Temporary address (non-profit)',
  },
  taskKinds: {
    forward_request: 'Forwarding the request (CPAS not competent)',
    cpas_contact: 'Contact at the CPAS (reference address)',
    move_declaration: 'Declaring a move',
    police_check: 'Police check of residence',
    strike_off: 'Strike-off after absence',
  },
  withheld: 'n.p.',
  withheldNote: 'n.p.: not published, this detail concerns fewer than 5 people or households (see “Method”).',
  lessThanNote: '“< 5”: between 1 and 4 people.',
  total: 'Total',
  yearEarlier: 'A year earlier',
  change: 'Change',
  keyFigures: {
    heading: 'At a glance',
    figure: 'Figure',
    thisPeriod: 'Period',
    unitsSupported: 'Units supported',
    places: (day) => `Places on ${day}`,
    bedNights: 'Bed-nights',
    rate: 'Occupancy rate',
    placementsStarted: 'Placements started',
    placementsEnded: 'Placements ended',
    peopleArrived: 'People arrived',
    registrationsStarted: 'Registrations started',
    deadlinesDue: 'Legal deadlines due',
    deadlinesMet: '… met',
    deadlinesMissed: '… missed',
    deadlinesOpen: '… still open',
    note: '“Units supported”: supported for the first time during the period. “People arrived”: places of the placements started. Change: the period minus the same period a year earlier (in points for a rate).',
  },
  units: {
    heading: 'Housing units',
    kind: 'Kind',
    identified: 'Identified',
    supported: 'Supported',
    openAt: (day) => `Open on ${day}`,
    activeAt: (day) => `Active on ${day}`,
    places: 'Places',
    byStatus: (day) => `Units by status on ${day}`,
    status: 'Status',
    units: 'Units',
  },
  occupancy: {
    heading: 'Places and occupancy',
    kind: 'Kind',
    activeUnits: 'Active units',
    placeNights: 'Place-nights offered',
    bedNights: 'Bed-nights',
    rate: 'Occupancy rate',
    none: 'No unit was active and nobody was housed during the period.',
    omitted: 'Kinds with no active unit and no bed-night during the period: not listed.',
  },
  placements: { heading: 'Placements', kind: 'Kind', started: 'Started', ended: 'Ended', byReason: 'Placements ended, by reason', reason: 'Reason', placements: 'Placements' },
  registrations: { heading: 'Address registrations', kind: 'Kind', requested: 'Requests', started: 'Starts', inForce: 'In force', ended: 'Ends' },
  deadlines: { heading: 'Legal deadlines', kind: 'Deadline', due: 'Due', met: 'Met', missed: 'Missed', open: 'Still open' },
  method: 'Method',
};

export const WORDS: Record<DocumentLanguage, ReportWords> = { fr, en };

const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** How the report writes numbers, counts, rates, changes and days in one language. */
export interface ReportFormat {
  number(value: number): string;
  count(count: ReportCount): string;
  rate(rate: number | null): string;
  /** current − previous, signed ("+3", "−2", "0"); "—" when either is not an exact number. */
  change(current: number | ReportCount, previous: number | ReportCount): string;
  /** The change of a rate in percentage points ("+4,2 pts"); "—" when either is missing. */
  rateChange(current: number | null, previous: number | null): string;
  /** "1er janvier 2026", "1 January 2026": a day without its weekday. */
  day(date: string): string;
}

const exact = (value: number | ReportCount): number | null => (typeof value === 'number' ? value : value !== null && 'value' in value ? value.value : null);

export function reportFormat(language: DocumentLanguage): ReportFormat {
  const locale = language === 'fr' ? 'fr-BE' : 'en-GB';
  const integer = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
  const points = new Intl.NumberFormat(locale, { maximumFractionDigits: 1, minimumFractionDigits: 1 });
  const signed = (value: number, text: string) => (value > 0 ? `+${text}` : value < 0 ? `−${text}` : text);
  return {
    number: (value) => integer.format(value),
    count: (count) => (count === null ? WORDS[language].withheld : 'value' in count ? integer.format(count.value) : `< ${count.lessThan}`),
    rate: (rate) => (rate === null ? '—' : percent.format(rate)),
    change(current, previous) {
      const [now, before] = [exact(current), exact(previous)];
      if (now === null || before === null) return '—';
      return signed(now - before, integer.format(Math.abs(now - before)));
    },
    rateChange(current, previous) {
      if (current === null || previous === null) return '—';
      const difference = Math.round((current - previous) * 1000) / 10;
      return `${signed(difference, points.format(Math.abs(difference)))} pts`;
    },
    day(date) {
      if (language === 'fr') return formatDateFr(date).replace(/^\S+ /, '');
      const [year, month, day] = date.split('-').map(Number) as [number, number, number];
      return `${day} ${MONTHS_EN[month - 1]} ${year}`;
    },
  };
}
