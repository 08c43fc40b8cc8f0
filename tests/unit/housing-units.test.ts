import { describe, expect, it } from 'vitest';
import {
  canMoveUnit,
  firstSupportedDate,
  INITIAL_UNIT_STATUSES,
  isValidCapacity,
  PLACEMENT_STATUSES,
  PROVIDER_KINDS,
  SUPPORT_KINDS,
  UNIT_KINDS,
  UNIT_STATUSES,
  UNIT_TRANSITIONS,
  unitStatusChangeIssue,
  unitStatusOn,
  type UnitStatusChange,
} from '../../shared/domain/housing/units';
import {
  LIGHT_HOUSING_CRITERIA,
  lightHousingCriteriaMissing,
  metLightHousingCriteria,
  qualifiesAsLightHousing,
} from '../../shared/domain/housing/light-housing';
import { addMonths, addYears } from '../../shared/domain/housing/months';

describe('unit vocabularies', () => {
  it('lists the nine kinds, five statuses, five supports and six providers of the domain', () => {
    expect(UNIT_KINDS).toHaveLength(9);
    expect(UNIT_KINDS).toContain('bail_glissant');
    expect(UNIT_KINDS).toContain('habitat_leger');
    expect(UNIT_KINDS[UNIT_KINDS.length - 1]).toBe('autre');
    expect(UNIT_STATUSES).toEqual(['identified', 'supported', 'active', 'suspended', 'closed']);
    expect(SUPPORT_KINDS).toEqual(['rental_guarantee', 'insurance', 'administrative_help', 'works', 'accompaniment']);
    expect(PROVIDER_KINDS).toEqual(['citizen_host', 'non_profit', 'cpas', 'social_rental_agency', 'private_owner', 'approved_operator']);
  });

  it('has no duplicates and a transition entry for every status', () => {
    for (const list of [UNIT_KINDS, UNIT_STATUSES, SUPPORT_KINDS, PROVIDER_KINDS]) expect(new Set(list).size).toBe(list.length);
    expect(Object.keys(UNIT_TRANSITIONS).sort()).toEqual([...UNIT_STATUSES].sort());
  });
});

describe('unit life cycle', () => {
  it('moves forward one step at a time and never skips "supported"', () => {
    expect(canMoveUnit('identified', 'supported')).toBe(true);
    expect(canMoveUnit('supported', 'active')).toBe(true);
    expect(canMoveUnit('identified', 'active')).toBe(false);
    expect(canMoveUnit('supported', 'identified')).toBe(false);
    expect(canMoveUnit('active', 'supported')).toBe(false);
  });

  it('lets active and suspended go back and forth', () => {
    expect(canMoveUnit('active', 'suspended')).toBe(true);
    expect(canMoveUnit('suspended', 'active')).toBe(true);
  });

  it('closes from any status, and closed is final', () => {
    for (const status of UNIT_STATUSES.filter((s) => s !== 'closed')) expect(canMoveUnit(status, 'closed')).toBe(true);
    for (const status of UNIT_STATUSES) expect(canMoveUnit('closed', status)).toBe(false);
    expect(UNIT_TRANSITIONS.closed).toEqual([]);
  });

  it('never allows staying on the same status as a change', () => {
    for (const status of UNIT_STATUSES) expect(canMoveUnit(status, status)).toBe(false);
  });

  it('only active units take new placements', () => {
    expect(PLACEMENT_STATUSES).toEqual(['active']);
    expect(INITIAL_UNIT_STATUSES).not.toContain('closed');
  });

  const history: UnitStatusChange[] = [
    { status: 'identified', date: '2026-01-10' },
    { status: 'supported', date: '2026-02-01' },
    { status: 'active', date: '2026-02-01' },
    { status: 'suspended', date: '2026-06-15' },
  ];

  it('checks a change against the history', () => {
    expect(unitStatusChangeIssue([], { status: 'identified', date: '2026-01-01' })).toBeNull();
    expect(unitStatusChangeIssue([], { status: 'active', date: '2026-01-01' })).toBeNull(); // recorded as it is
    expect(unitStatusChangeIssue([], { status: 'closed', date: '2026-01-01' })).toBe('initial_closed');
    expect(unitStatusChangeIssue(history, { status: 'active', date: '2026-06-15' })).toBeNull(); // same day is fine
    expect(unitStatusChangeIssue(history, { status: 'active', date: '2026-06-14' })).toBe('before_previous_change');
    expect(unitStatusChangeIssue(history, { status: 'supported', date: '2026-07-01' })).toBe('not_allowed');
  });

  it('knows the status on a day, the day of a change included', () => {
    expect(unitStatusOn(history, '2026-01-09')).toBeNull();
    expect(unitStatusOn(history, '2026-01-10')).toBe('identified');
    expect(unitStatusOn(history, '2026-01-31')).toBe('identified');
    expect(unitStatusOn(history, '2026-02-01')).toBe('active'); // two changes that day: the last one wins
    expect(unitStatusOn(history, '2026-06-14')).toBe('active');
    expect(unitStatusOn(history, '2026-06-15')).toBe('suspended');
  });

  it('dates the first support, including a unit recorded already active', () => {
    expect(firstSupportedDate(history)).toBe('2026-02-01');
    expect(firstSupportedDate([{ status: 'active', date: '2026-03-01' }])).toBe('2026-03-01');
    expect(firstSupportedDate([{ status: 'identified', date: '2026-03-01' }, { status: 'closed', date: '2026-04-01' }])).toBeNull();
  });

  it('accepts whole capacities of at least one place', () => {
    expect(isValidCapacity(1)).toBe(true);
    expect(isValidCapacity(12)).toBe(true);
    expect(isValidCapacity(0)).toBe(false);
    expect(isValidCapacity(-2)).toBe(false);
    expect(isValidCapacity(2.5)).toBe(false);
    expect(isValidCapacity(Number.NaN)).toBe(false);
  });
});

describe('habitat léger', () => {
  it('has the nine criteria', () => {
    expect(LIGHT_HOUSING_CRITERIA).toHaveLength(9);
    expect(new Set(LIGHT_HOUSING_CRITERIA).size).toBe(9);
  });

  it('qualifies at three criteria, not at two', () => {
    expect(qualifiesAsLightHousing({})).toBe(false);
    expect(qualifiesAsLightHousing({ movable: true, no_foundations: true })).toBe(false);
    expect(qualifiesAsLightHousing({ movable: true, no_foundations: true, self_built: true })).toBe(true);
    expect(qualifiesAsLightHousing(Object.fromEntries(LIGHT_HOUSING_CRITERIA.map((c) => [c, true])))).toBe(true);
  });

  it('counts only criteria ticked true, in checklist order, ignoring unknown keys', () => {
    const checklist = { not_connected: true, dismantlable: true, movable: false, small_volume: true };
    expect(metLightHousingCriteria(checklist)).toEqual(['dismantlable', 'small_volume', 'not_connected']);
    const withJunk = { dismantlable: true, movable: true, garden: true } as Record<string, boolean>;
    expect(qualifiesAsLightHousing(withJunk)).toBe(false);
  });

  it('says how many criteria are still missing', () => {
    expect(lightHousingCriteriaMissing({})).toBe(3);
    expect(lightHousingCriteriaMissing({ low_weight: true })).toBe(2);
    expect(lightHousingCriteriaMissing({ low_weight: true, small_footprint: true, no_upper_floor: true, movable: true })).toBe(0);
  });
});

describe('month arithmetic', () => {
  it('keeps the day number when the month has it', () => {
    expect(addMonths('2026-01-15', 3)).toBe('2026-04-15');
    expect(addMonths('2026-11-15', 3)).toBe('2027-02-15');
    expect(addMonths('2026-04-15', -6)).toBe('2025-10-15');
  });

  it('clamps to the end of a shorter month', () => {
    expect(addMonths('2026-11-30', 3)).toBe('2027-02-28');
    expect(addMonths('2027-11-30', 3)).toBe('2028-02-29');
    expect(addMonths('2026-08-31', 6)).toBe('2027-02-28');
    expect(addMonths('2026-01-31', 3)).toBe('2026-04-30');
    expect(addMonths('2026-05-31', -3)).toBe('2026-02-28');
  });

  it('turns 29 February into 28 February in a common year and back in a leap year', () => {
    expect(addYears('2028-02-29', 1)).toBe('2029-02-28');
    expect(addYears('2028-02-29', 4)).toBe('2032-02-29');
    expect(addYears('2026-03-01', 3)).toBe('2029-03-01');
  });
});
