import type { DemoRandom } from './random';
import { LIEGE_NEIGHBOURHOODS } from './liege';
import { LIGHT_HOUSING_CRITERIA } from '../../shared/domain/housing/light-housing';
import { SUPPORT_KINDS, type ProviderKind, type SupportKind, type UnitKind, type UnitStatus } from '../../shared/domain/housing/units';

/**
 * The units of the full-scale housing data (issue 19): a programme that grows over the years — units recorded
 * one after another, identified → supported → active, some suspended a while, some closed — as the life cycle
 * of shared/domain/housing/units.ts allows (one step at a time, never back in time). Pure: days in, plans out.
 */

export interface ScaleUnit {
  code: string;
  kind: UnitKind;
  capacity: number;
  providerKind: ProviderKind;
  address: string;
  /** Each status with its day, oldest first (the first one is the status it was recorded with). */
  history: { status: UnitStatus; day: number }[];
  supports: SupportKind[];
  lightHousingCriteria: string | null;
  /** Days the unit takes households: from (included) … to (excluded, null: still active today). */
  activePeriods: { from: number; to: number | null }[];
}

/** Kinds in the proportions of a city's programme (bail glissant only in the story: each needs its lease record). */
const KINDS: readonly { kind: UnitKind; code: string; weight: number; capacity: [number, number]; providers: ProviderKind[] }[] = [
  { kind: 'hebergement_citoyen', code: 'HC', weight: 18, capacity: [1, 3], providers: ['citizen_host'] },
  { kind: 'logement_transit', code: 'LT', weight: 32, capacity: [2, 6], providers: ['cpas', 'non_profit', 'social_rental_agency'] },
  { kind: 'convention_occupation_precaire', code: 'COP', weight: 8, capacity: [4, 10], providers: ['non_profit', 'private_owner'] },
  { kind: 'occupation_temporaire_partagee', code: 'OTP', weight: 8, capacity: [2, 6], providers: ['non_profit', 'cpas'] },
  { kind: 'habitat_leger', code: 'HL', weight: 10, capacity: [1, 3], providers: ['non_profit', 'approved_operator'] },
  { kind: 'cooperative_habitat_participatif', code: 'CHP', weight: 6, capacity: [2, 6], providers: ['approved_operator', 'non_profit'] },
  { kind: 'maison_jeunes_travailleurs', code: 'MJT', weight: 12, capacity: [1, 2], providers: ['non_profit'] },
  { kind: 'autre', code: 'AUT', weight: 6, capacity: [1, 4], providers: ['cpas', 'private_owner'] },
];
const TOTAL_WEIGHT = KINDS.reduce((sum, kind) => sum + kind.weight, 0);

function pickKind(random: DemoRandom): (typeof KINDS)[number] {
  let draw = random.next() * TOTAL_WEIGHT;
  for (const kind of KINDS) {
    draw -= kind.weight;
    if (draw < 0) return kind;
  }
  return KINDS[KINDS.length - 1]!;
}

/**
 * `count` units recorded between a year before `firstDay` and a month before `today` (so that the first years
 * already have units, and the newest are still leads). Codes follow the story's (HC-01…) with four digits from
 * 1001, so they never meet.
 */
export function planScaleUnits(random: DemoRandom, count: number, firstDay: number, today: number): ScaleUnit[] {
  const numbers = new Map<string, number>();
  const units: ScaleUnit[] = [];
  for (let index = 0; index < count; index += 1) {
    const kind = pickKind(random);
    const number = (numbers.get(kind.code) ?? 1000) + 1;
    numbers.set(kind.code, number);
    const place = random.pick(LIEGE_NEIGHBOURHOODS);
    const recorded = random.int(firstDay - 365, today - 30);
    const history: ScaleUnit['history'] = [{ status: 'identified', day: recorded }];
    const activePeriods: ScaleUnit['activePeriods'] = [];
    const step = (status: UnitStatus, day: number): boolean => {
      if (day > today) return false;
      history.push({ status, day });
      return true;
    };
    const supported = recorded + random.int(5, 40);
    const active = supported + random.int(3, 30);
    // A lead that came to nothing now and then; otherwise backed, then taking households.
    if (random.next() < 0.05) {
      step('closed', recorded + random.int(10, 90));
    } else if (step('supported', supported) && step('active', active)) {
      let from = active;
      // Some units pause once (works, the host's holidays), some close after a few years.
      const pause = random.next() < 0.2 ? from + random.int(120, 1200) : null;
      const closes = random.next() < 0.3 ? from + random.int(300, 2500) : null;
      if (pause !== null && (closes === null || pause + 120 < closes) && step('suspended', pause)) {
        activePeriods.push({ from, to: pause });
        from = pause + random.int(20, 100);
        if (step('active', from)) {
          activePeriods.push({ from, to: null });
        }
      } else {
        activePeriods.push({ from, to: null });
      }
      const last = activePeriods[activePeriods.length - 1];
      if (closes !== null && last !== undefined && last.to === null && closes > last.from && step('closed', closes)) last.to = closes;
    }
    const isSupported = history.some((change) => change.status === 'supported');
    const supports = isSupported ? SUPPORT_KINDS.filter(() => random.next() < 0.35) : [];
    units.push({
      code: `${kind.code}-${number}`,
      kind: kind.kind,
      capacity: random.int(kind.capacity[0], kind.capacity[1]),
      providerKind: random.pick(kind.providers),
      address: `${random.pick(place.streets)} ${random.int(1, 220)}, ${place.postalCode} Liège`,
      history,
      supports,
      lightHousingCriteria:
        kind.kind === 'habitat_leger' ? JSON.stringify(Object.fromEntries(LIGHT_HOUSING_CRITERIA.map((criterion) => [criterion, random.next() < 0.5]))) : null,
      activePeriods,
    });
  }
  return units;
}
