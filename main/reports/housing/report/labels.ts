// French words of the housing report: kinds, statuses, reasons and tasks as CPAS staff say them (the same as
// the housing screens' French labels), and the way its numbers and dates are written.
import type { TaskKind } from '../../../../shared/domain/housing/deadlines';
import type { PlacementEndReason } from '../../../../shared/domain/housing/placements-api';
import type { RegistrationKind } from '../../../../shared/domain/housing/registrations';
import type { ReportCount } from '../../../../shared/domain/housing/reports-api';
import type { UnitKind, UnitStatus } from '../../../../shared/domain/housing/units';
import { formatDateFr } from '../../../exports/labels-fr';

export const REPORT_TITLE = 'Logement solidaire et domiciliations';

export const UNIT_KIND_FR: Record<UnitKind, string> = {
  hebergement_citoyen: 'Hébergement citoyen',
  logement_transit: 'Logement de transit',
  bail_glissant: 'Bail glissant',
  convention_occupation_precaire: "Convention d'occupation précaire",
  occupation_temporaire_partagee: 'Occupation temporaire partagée',
  habitat_leger: 'Habitat léger',
  cooperative_habitat_participatif: 'Coopérative / habitat participatif',
  maison_jeunes_travailleurs: 'Maison de jeunes travailleurs',
  autre: 'Autre',
};

export const UNIT_STATUS_FR: Record<UnitStatus, string> = {
  identified: 'Identifiées',
  supported: 'Soutenues',
  active: 'Actives',
  suspended: 'Suspendues',
  closed: 'Clôturées',
};

export const END_REASON_FR: Record<PlacementEndReason, string> = {
  moved_to_housing: 'Relogement durable',
  returned: 'Retour (domicile, famille, pays)',
  transferred: 'Transfert (autre unité ou service)',
  left_without_notice: 'Départ sans prévenir',
  evicted: 'Exclusion',
  other: 'Autre motif',
};

export const REGISTRATION_KIND_FR: Record<RegistrationKind, string> = {
  reference_address_cpas: 'Adresse de référence au CPAS',
  reference_address_private: 'Adresse de référence chez une personne',
  inscription_provisoire: 'Inscription provisoire',
  temporary_address_nonprofit: 'Adresse temporaire auprès d’une ASBL',
};

export const TASK_KIND_FR: Record<TaskKind, string> = {
  forward_request: 'Transmission de la demande (CPAS non compétent)',
  cpas_contact: 'Contact au CPAS (adresse de référence)',
  move_declaration: 'Déclaration de déménagement',
  police_check: 'Enquête de résidence',
  strike_off: 'Radiation après absence',
};

/** What a withheld cell shows (rule 2 of the method note). */
export const WITHHELD = 'n.p.';

const integer = new Intl.NumberFormat('fr-BE', { maximumFractionDigits: 0 });
const percent = new Intl.NumberFormat('fr-BE', { style: 'percent', maximumFractionDigits: 1 });

export function formatNumber(value: number): string {
  return integer.format(value);
}

export function formatCount(count: ReportCount): string {
  if (count === null) return WITHHELD;
  return 'value' in count ? integer.format(count.value) : `< ${count.lessThan}`;
}

export function formatRate(rate: number | null): string {
  return rate === null ? '—' : percent.format(rate);
}

/** "1er janvier 2026": a day without its weekday. */
export function formatDay(date: string): string {
  return formatDateFr(date).replace(/^\S+ /, '');
}
