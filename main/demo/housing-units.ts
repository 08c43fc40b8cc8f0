import type { DemoRandom } from './random';
import { actingOn, type DemoWorker } from './housing-context';
import { LIEGE_NEIGHBOURHOODS } from './liege';
import { contract } from '../../shared/api/contract';
import { createProvider } from '../services/housing/providers';
import { changeUnitStatus, createUnit } from '../services/housing/units';
import { saveRollingLease } from '../services/housing/rolling-leases';
import type { ProviderKind, SupportKind, UnitKind, UnitStatus } from '../../shared/domain/housing/units';
import type { LightHousingCriterion } from '../../shared/domain/housing/light-housing';

/**
 * Demo partners and housing units (issue 6, points 1–2), written through the real services with inputs parsed
 * by the contract, so the demo holds nothing the app would refuse. Every partner is fictional; streets are real.
 */

const PROVIDERS: readonly { kind: ProviderKind; name: string; contactName: string }[] = [
  { kind: 'citizen_host', name: 'Hébergeurs citoyens d’Outremeuse (réseau)', contactName: 'Permanence du réseau' },
  { kind: 'citizen_host', name: 'Hébergeur citoyen — Jupille', contactName: 'Famille hébergeuse J.' },
  { kind: 'citizen_host', name: 'Hébergeuse citoyenne — Laveu', contactName: 'Hébergeuse L.' },
  { kind: 'non_profit', name: 'ASBL Toit Partagé (démo)', contactName: 'Coordination logement' },
  { kind: 'non_profit', name: 'ASBL Relais du Longdoz (démo)', contactName: 'Accueil' },
  { kind: 'cpas', name: 'CPAS de Liège — service logement', contactName: 'Cellule logement solidaire' },
  { kind: 'social_rental_agency', name: 'AIS Meuse-Ourthe (démo)', contactName: 'Gestion locative' },
  { kind: 'private_owner', name: 'Propriétaire privé — Bressoux', contactName: 'Propriétaire' },
  { kind: 'approved_operator', name: 'Logis Solidaire SCRL (opérateur agréé, démo)', contactName: 'Accompagnement social' },
];
type ProviderRef = 'hostA' | 'hostB' | 'hostC' | 'asbl' | 'relais' | 'cpas' | 'ais' | 'owner' | 'operator';
const PROVIDER_REFS: readonly ProviderRef[] = ['hostA', 'hostB', 'hostC', 'asbl', 'relais', 'cpas', 'ais', 'owner', 'operator'];

interface UnitPlan {
  code: string;
  kind: UnitKind;
  provider: ProviderRef;
  capacity: number;
  /** The status it was recorded with, then each change, oldest first. */
  history: readonly (readonly [UnitStatus, string])[];
  supports?: readonly SupportKind[];
  notes?: string;
  citizenStayDays?: number;
  criteria?: readonly LightHousingCriterion[];
  /** Households side by side (capacity shared between them); 1 when absent. */
  lanes?: number;
}

/** 25 units: every kind, every status, with the dates of each change. */
const UNITS: readonly UnitPlan[] = [
  { code: 'HC-01', kind: 'hebergement_citoyen', provider: 'hostA', capacity: 2, history: [['identified', '2025-11-10'], ['supported', '2025-12-01'], ['active', '2026-01-05']], supports: ['insurance', 'accompaniment'] },
  { code: 'HC-02', kind: 'hebergement_citoyen', provider: 'hostB', capacity: 1, history: [['supported', '2026-01-20'], ['active', '2026-02-01']], supports: ['insurance'], citizenStayDays: 21, notes: 'Chambre au rez-de-chaussée ; séjours de trois semaines.' },
  { code: 'HC-03', kind: 'hebergement_citoyen', provider: 'hostA', capacity: 3, history: [['active', '2026-03-01'], ['suspended', '2026-08-01'], ['active', '2026-09-01']], supports: ['insurance'], notes: 'Suspendu en août : vacances de la famille.' },
  { code: 'HC-04', kind: 'hebergement_citoyen', provider: 'hostC', capacity: 2, history: [['active', '2026-01-15'], ['closed', '2026-07-01']], notes: 'L’hébergeuse a déménagé.' },
  { code: 'HC-05', kind: 'hebergement_citoyen', provider: 'hostB', capacity: 2, history: [['identified', '2026-11-10']], notes: 'Proposition reçue à la permanence, visite à planifier.' },
  { code: 'LT-01', kind: 'logement_transit', provider: 'cpas', capacity: 4, history: [['active', '2025-09-01']], supports: ['administrative_help', 'accompaniment'] },
  { code: 'LT-02', kind: 'logement_transit', provider: 'cpas', capacity: 5, history: [['active', '2025-12-01']], supports: ['accompaniment'] },
  { code: 'LT-03', kind: 'logement_transit', provider: 'relais', capacity: 3, history: [['supported', '2026-02-10'], ['active', '2026-03-15']], supports: ['works', 'rental_guarantee'] },
  { code: 'LT-04', kind: 'logement_transit', provider: 'ais', capacity: 4, history: [['active', '2026-01-05'], ['suspended', '2026-10-20']], supports: ['works'], notes: 'Travaux de toiture jusqu’en janvier.' },
  { code: 'BG-01', kind: 'bail_glissant', provider: 'operator', capacity: 3, history: [['active', '2025-01-20']], supports: ['rental_guarantee', 'accompaniment'] },
  { code: 'BG-02', kind: 'bail_glissant', provider: 'operator', capacity: 4, history: [['active', '2024-03-01'], ['closed', '2026-10-01']], supports: ['rental_guarantee', 'accompaniment'], notes: 'Bail glissé au ménage le 30 septembre 2026.' },
  { code: 'BG-03', kind: 'bail_glissant', provider: 'ais', capacity: 2, history: [['supported', '2026-03-10'], ['active', '2026-04-01']], supports: ['accompaniment'] },
  { code: 'COP-01', kind: 'convention_occupation_precaire', provider: 'asbl', capacity: 8, history: [['supported', '2025-12-15'], ['active', '2026-02-01']], supports: ['insurance', 'works'], lanes: 2, notes: 'Ancienne école, convention jusqu’à la démolition.' },
  { code: 'COP-02', kind: 'convention_occupation_precaire', provider: 'owner', capacity: 6, history: [['identified', '2026-06-01'], ['supported', '2026-09-15']], supports: ['works'], notes: 'Mise en conformité électrique en cours.' },
  { code: 'OTP-01', kind: 'occupation_temporaire_partagee', provider: 'asbl', capacity: 6, history: [['active', '2026-01-10']], supports: ['accompaniment'], lanes: 2 },
  { code: 'OTP-02', kind: 'occupation_temporaire_partagee', provider: 'cpas', capacity: 4, history: [['identified', '2026-03-01'], ['closed', '2026-05-15']], notes: 'Bâtiment vendu, piste abandonnée.' },
  { code: 'HL-01', kind: 'habitat_leger', provider: 'relais', capacity: 2, history: [['supported', '2026-03-01'], ['active', '2026-04-01']], supports: ['works'], criteria: ['dismantlable', 'movable', 'small_volume', 'small_footprint', 'no_foundations'] },
  { code: 'HL-02', kind: 'habitat_leger', provider: 'owner', capacity: 1, history: [['identified', '2026-08-20'], ['supported', '2026-10-01']], criteria: ['dismantlable', 'movable', 'no_foundations'] },
  { code: 'HL-03', kind: 'habitat_leger', provider: 'hostC', capacity: 2, history: [['identified', '2026-09-10']], criteria: ['small_volume', 'low_weight'], notes: 'Yourte au fond du jardin : deux critères seulement.' },
  { code: 'CO-01', kind: 'cooperative_habitat_participatif', provider: 'asbl', capacity: 5, history: [['supported', '2026-03-20'], ['active', '2026-05-01']], supports: ['rental_guarantee'] },
  { code: 'CO-02', kind: 'cooperative_habitat_participatif', provider: 'relais', capacity: 3, history: [['identified', '2026-05-12'], ['supported', '2026-08-01']], supports: ['administrative_help'] },
  { code: 'MJT-01', kind: 'maison_jeunes_travailleurs', provider: 'asbl', capacity: 10, history: [['active', '2025-10-01']], supports: ['accompaniment'], lanes: 3 },
  { code: 'MJT-02', kind: 'maison_jeunes_travailleurs', provider: 'cpas', capacity: 6, history: [['active', '2026-02-01'], ['suspended', '2026-11-20']], supports: ['accompaniment'], lanes: 2, notes: 'Fermeture hivernale pour travaux de chauffage.' },
  { code: 'AU-01', kind: 'autre', provider: 'owner', capacity: 2, history: [['active', '2026-06-15']], notes: 'Studio prêté par un propriétaire solidaire.' },
  { code: 'AU-02', kind: 'autre', provider: 'ais', capacity: 3, history: [['identified', '2026-10-25']] },
];

/** The bail glissant records: one with a renewal coming up (alert), one transferred to its occupant, one young. */
const LEASES: Readonly<Record<string, ReturnType<typeof leaseDraft>>> = {
  'BG-01': leaseDraft('Logis Solidaire SCRL', 'Propriétaire privé (Grivegnée)', '2025-01-20', ['2026-01-14'], null, '', [
    ['2025-07-10', 'Budget tenu, loyer payé chaque mois.'],
    ['2026-01-08', 'Renouvellement proposé : objectifs en bonne voie.'],
    ['2026-07-09', 'Recherche d’emploi en cours ; prochaine évaluation avant l’échéance de janvier.'],
  ]),
  'BG-02': leaseDraft('Logis Solidaire SCRL', 'Propriétaire privé (Angleur)', '2024-03-01', ['2025-02-20', '2026-02-25'], '2026-09-30', 'Bail glissé au ménage : objectifs atteints.', [
    ['2024-09-05', 'Installation réussie, suivi budgétaire mis en place.'],
    ['2025-09-04', 'Revenus stables ; préparation du glissement.'],
  ]),
  'BG-03': leaseDraft('AIS Meuse-Ourthe', 'Propriétaire privé (Chênée)', '2026-04-01', [], null, '', [['2026-10-01', 'Premier bilan : démarches administratives à jour.']]),
};

function leaseDraft(
  operator: string,
  owner: string,
  subleaseStart: string,
  renewals: string[],
  transferDate: string | null,
  outcome: string,
  reviews: [string, string][],
) {
  return {
    operator,
    owner,
    subleaseStart,
    renewals,
    transferDate,
    endDate: null,
    outcome,
    objectives: 'Paiement régulier du loyer, gestion du budget, entretien du logement, insertion socioprofessionnelle.',
    reviews: reviews.map(([date, notes]) => ({ date, notes })),
  };
}

export interface DemoUnit {
  id: number;
  code: string;
  kind: UnitKind;
  capacity: number;
  lanes: number;
  /** Periods in which the unit is active: from (included) … to (excluded, null: still active). */
  activePeriods: { from: string; to: string | null }[];
}

function activePeriods(history: UnitPlan['history']): DemoUnit['activePeriods'] {
  const periods: DemoUnit['activePeriods'] = [];
  history.forEach(([status, date], index) => {
    if (status !== 'active') return;
    periods.push({ from: date, to: history[index + 1]?.[1] ?? null });
  });
  return periods;
}

export async function generateHousingUnits(worker: DemoWorker, random: DemoRandom): Promise<DemoUnit[]> {
  const providerIds = new Map<ProviderRef, number>();
  for (const [index, provider] of PROVIDERS.entries()) {
    const place = LIEGE_NEIGHBOURHOODS[index % LIEGE_NEIGHBOURHOODS.length]!;
    const draft = contract.housing.createProvider.input.parse({
      ...provider,
      email: '',
      phone: `04 ${random.int(220, 399)} ${String(random.int(10, 99))} ${String(random.int(10, 99))}`,
      address: `${random.pick(place.streets)} ${random.int(1, 180)}, ${place.postalCode} Liège`,
      notes: '',
    });
    const created = await createProvider(actingOn(worker, '2025-10-01'), draft);
    providerIds.set(PROVIDER_REFS[index]!, created.id);
  }

  const units: DemoUnit[] = [];
  for (const plan of UNITS) {
    const place = random.pick(LIEGE_NEIGHBOURHOODS);
    const [[status, statusDate], ...changes] = plan.history as [readonly [UnitStatus, string], ...(readonly [UnitStatus, string])[]];
    const draft = contract.housing.createUnit.input.parse({
      code: plan.code,
      kind: plan.kind,
      address: `${random.pick(place.streets)} ${random.int(1, 200)}, ${place.postalCode} Liège`,
      providerId: providerIds.get(plan.provider) ?? null,
      capacity: plan.capacity,
      supports: (plan.supports ?? []).map((kind) => ({ kind, startDate: statusDate, notes: '' })),
      notes: plan.notes ?? '',
      citizenStayDays: plan.citizenStayDays ?? null,
      lightHousingCriteria: plan.criteria ?? [],
      status,
      statusDate,
    });
    const unit = await createUnit(actingOn(worker, statusDate), draft);
    // Each later step of the life cycle on its own day, before any placement (the planner keeps stays inside active periods).
    for (const [next, date] of changes) {
      await changeUnitStatus(actingOn(worker, date), { id: unit.id, status: next, date });
    }
    const lease = LEASES[plan.code];
    if (lease) {
      const parsed = contract.housing.setRollingLease.input.parse({ unitId: unit.id, ...lease });
      await saveRollingLease(actingOn(worker, lease.reviews.at(-1)?.date ?? lease.subleaseStart), parsed);
    }
    units.push({ id: unit.id, code: unit.code, kind: plan.kind, capacity: plan.capacity, lanes: plan.lanes ?? 1, activePeriods: activePeriods(plan.history) });
  }
  return units;
}
