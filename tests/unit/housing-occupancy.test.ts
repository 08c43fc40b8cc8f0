import { describe, expect, it } from 'vitest';
import {
  bedNights,
  capacityProblem,
  defaultPlannedEnd,
  firstNightOverCapacityFrom,
  firstOccupiedNightFrom,
  firstSharedNight,
  freePlaces,
  householdOverlap,
  nightsIn,
  occupancyRate,
  occupiesNight,
  peakOccupancy,
  periodOfDays,
  placementEnd,
  placementIssues,
  placesInUse,
  type Placement,
} from '../../shared/domain/housing/occupancy';
import { addDays } from '../../shared/domain/dates';

const stay = (householdId: number, places: number, start: string, plannedEnd: string | null, actualEnd: string | null = null): Placement => ({
  householdId,
  places,
  start,
  plannedEnd,
  actualEnd,
});

describe('nights of a stay', () => {
  it('counts a stay from 1 to 3 March as two nights: the end day is not a night', () => {
    const p = stay(1, 3, '2026-03-01', '2026-03-03');
    expect(occupiesNight(p, '2026-02-28')).toBe(false);
    expect(occupiesNight(p, '2026-03-01')).toBe(true);
    expect(occupiesNight(p, '2026-03-02')).toBe(true);
    expect(occupiesNight(p, '2026-03-03')).toBe(false);
    expect(bedNights([p], '2026-01-01', '2026-12-31')).toBe(6);
  });

  it('ends at the actual end when recorded, else the planned end, else never', () => {
    expect(placementEnd(stay(1, 1, '2026-03-01', '2026-03-10', '2026-03-05'))).toBe('2026-03-05');
    expect(placementEnd(stay(1, 1, '2026-03-01', '2026-03-10'))).toBe('2026-03-10');
    expect(placementEnd(stay(1, 1, '2026-03-01', null))).toBeNull();
    expect(occupiesNight(stay(1, 1, '2026-03-01', null), '2036-03-01')).toBe(true);
    // Left earlier than planned: the remaining planned nights are free.
    expect(occupiesNight(stay(1, 1, '2026-03-01', '2026-03-10', '2026-03-05'), '2026-03-05')).toBe(false);
    // Stayed longer than planned: the actual end counts.
    expect(occupiesNight(stay(1, 1, '2026-03-01', '2026-03-10', '2026-03-12'), '2026-03-11')).toBe(true);
  });

  it('builds periods from a first and a last day, and counts their nights', () => {
    expect(periodOfDays('2026-01-01', '2026-01-31')).toEqual({ from: '2026-01-01', to: '2026-02-01' });
    expect(nightsIn('2026-01-01', '2026-02-01')).toBe(31);
    expect(nightsIn('2026-03-01', '2026-03-01')).toBe(0);
    expect(nightsIn('2026-03-05', '2026-03-01')).toBe(0);
    expect(nightsIn('2028-02-01', '2028-03-01')).toBe(29); // leap year
    expect(nightsIn('2026-03-28', '2026-03-30')).toBe(2); // clocks go forward on 29 March: still two nights
    expect(nightsIn('2026-10-24', '2026-10-26')).toBe(2); // and back on 25 October
  });
});

describe('places in use', () => {
  const placements = [stay(1, 2, '2026-03-01', '2026-03-05'), stay(2, 3, '2026-03-05', '2026-03-09'), stay(3, 1, '2026-03-03', null)];

  it('counts the night beginning on the day: a leaving household frees its places for the evening', () => {
    expect(placesInUse(placements, '2026-02-28')).toBe(0);
    expect(placesInUse(placements, '2026-03-01')).toBe(2);
    expect(placesInUse(placements, '2026-03-03')).toBe(3);
    expect(placesInUse(placements, '2026-03-04')).toBe(3);
    expect(placesInUse(placements, '2026-03-05')).toBe(4); // 1 leaves (2 places), 2 arrives (3)
    expect(placesInUse(placements, '2026-03-09')).toBe(1); // only the open-ended one
    expect(placesInUse([], '2026-03-05')).toBe(0);
  });

  it('gives the free places, never below zero', () => {
    expect(freePlaces(placements, 5, '2026-03-05')).toBe(1);
    expect(freePlaces(placements, 3, '2026-03-05')).toBe(0);
  });

  it('finds the peak night within the period, the first one when tied', () => {
    expect(peakOccupancy(placements, '2026-03-01', '2026-03-31')).toEqual({ night: '2026-03-05', places: 4 });
    expect(peakOccupancy(placements, '2026-03-01', '2026-03-05')).toEqual({ night: '2026-03-03', places: 3 }); // 5th excluded
    expect(peakOccupancy(placements, '2026-03-04', '2026-03-05')).toEqual({ night: '2026-03-04', places: 3 }); // one night
    expect(peakOccupancy(placements, '2026-02-01', '2026-02-10')).toEqual({ night: '2026-02-01', places: 0 });
    expect(peakOccupancy([stay(1, 2, '2026-03-01', '2026-03-03'), stay(2, 2, '2026-03-10', '2026-03-12')], '2026-03-01', '2026-03-31')).toEqual({
      night: '2026-03-01',
      places: 2,
    });
  });

  it('has no peak in a period of zero nights', () => {
    expect(peakOccupancy(placements, '2026-03-05', '2026-03-05')).toBeNull();
    expect(peakOccupancy(placements, '2026-03-06', '2026-03-05')).toBeNull();
  });
});

describe('capacity', () => {
  const existing = [stay(1, 2, '2026-03-01', '2026-03-10'), stay(2, 1, '2026-03-05', '2026-03-08')];

  it('accepts a placement that fills the unit exactly', () => {
    expect(capacityProblem(existing, stay(3, 1, '2026-03-01', '2026-03-10'), 4)).toBeNull();
  });

  it('refuses one night too many, naming that night', () => {
    // Capacity 3: household 3 (1 place) fits until the 5th, when household 2 arrives.
    expect(capacityProblem(existing, stay(3, 1, '2026-03-01', '2026-03-05'), 3)).toBeNull();
    expect(capacityProblem(existing, stay(3, 1, '2026-03-01', '2026-03-06'), 3)).toEqual({
      night: '2026-03-05',
      placesInUse: 3,
      requested: 1,
      capacity: 3,
    });
    // The same one night too many at the other end of household 2's stay.
    expect(capacityProblem(existing, stay(3, 1, '2026-03-08', '2026-03-12'), 3)).toBeNull();
    expect(capacityProblem(existing, stay(3, 1, '2026-03-07', '2026-03-12'), 3)?.night).toBe('2026-03-07');
  });

  it('allows back-to-back placements on the same day', () => {
    const full = [stay(1, 3, '2026-03-01', '2026-03-10')];
    expect(capacityProblem(full, stay(2, 3, '2026-03-10', '2026-03-20'), 3)).toBeNull();
    expect(capacityProblem(full, stay(2, 3, '2026-02-20', '2026-03-01'), 3)).toBeNull();
    expect(capacityProblem(full, stay(2, 3, '2026-03-09', '2026-03-20'), 3)?.night).toBe('2026-03-09');
    expect(capacityProblem(full, stay(2, 3, '2026-02-20', '2026-03-02'), 3)?.night).toBe('2026-03-01');
  });

  it('refuses a household larger than the unit on its first night', () => {
    expect(capacityProblem([], stay(1, 5, '2026-03-01', '2026-03-03'), 4)).toEqual({ night: '2026-03-01', placesInUse: 0, requested: 5, capacity: 4 });
  });

  it('counts open-ended placements indefinitely, on both sides', () => {
    const openEnded = [stay(1, 3, '2026-03-01', null)];
    expect(capacityProblem(openEnded, stay(2, 1, '2027-06-01', '2027-06-02'), 3)?.night).toBe('2027-06-01');
    expect(capacityProblem(openEnded, stay(2, 1, '2026-02-01', '2026-03-01'), 3)).toBeNull();
    // An open-ended candidate meets a placement starting years later.
    expect(capacityProblem([stay(1, 3, '2030-01-01', '2030-01-05')], stay(2, 1, '2026-03-01', null), 3)?.night).toBe('2030-01-01');
  });

  it('counts a placement until its planned end, or its actual end once recorded', () => {
    const leftEarly = [stay(1, 3, '2026-03-01', '2026-03-20', '2026-03-10')];
    expect(capacityProblem(leftEarly, stay(2, 3, '2026-03-10', '2026-03-15'), 3)).toBeNull();
    const planned = [stay(1, 3, '2026-03-01', '2026-03-20')];
    expect(capacityProblem(planned, stay(2, 3, '2026-03-10', '2026-03-15'), 3)?.night).toBe('2026-03-10');
  });

  it('ignores a candidate of zero nights', () => {
    expect(capacityProblem([stay(1, 3, '2026-03-01', '2026-03-10')], stay(2, 1, '2026-03-05', null, '2026-03-05'), 3)).toBeNull();
  });

  it('finds the peak across a leap day', () => {
    const existingLeap = [stay(1, 2, '2028-02-28', '2028-03-01')];
    expect(capacityProblem(existingLeap, stay(2, 1, '2028-02-29', '2028-03-02'), 2)?.night).toBe('2028-02-29');
    expect(capacityProblem(existingLeap, stay(2, 2, '2028-03-01', '2028-03-02'), 2)).toBeNull();
  });
});

describe('household overlap', () => {
  const existing = [stay(7, 2, '2026-03-01', '2026-03-10'), stay(8, 1, '2026-03-01', '2026-03-31')];

  it('finds the same household on the same night, with the first shared night', () => {
    expect(householdOverlap(existing, stay(7, 2, '2026-03-09', '2026-03-20'))).toEqual({ placement: existing[0], night: '2026-03-09' });
    expect(householdOverlap(existing, stay(7, 2, '2026-02-01', '2026-03-02'))).toEqual({ placement: existing[0], night: '2026-03-01' });
  });

  it('allows a move out and in on the same day, and other households', () => {
    expect(householdOverlap(existing, stay(7, 2, '2026-03-10', '2026-03-20'))).toBeNull();
    expect(householdOverlap(existing, stay(7, 2, '2026-02-20', '2026-03-01'))).toBeNull();
    expect(householdOverlap(existing, stay(9, 2, '2026-03-05', '2026-03-06'))).toBeNull();
  });

  it('treats open-ended placements as lasting', () => {
    expect(householdOverlap([stay(7, 1, '2026-03-01', null)], stay(7, 1, '2027-01-01', '2027-01-05'))?.night).toBe('2027-01-01');
    expect(firstSharedNight(stay(7, 1, '2026-03-01', null), stay(7, 1, '2026-01-01', null))).toBe('2026-03-01');
    expect(firstSharedNight(stay(7, 1, '2026-03-01', null), stay(7, 1, '2026-01-01', '2026-03-01'))).toBeNull();
  });

  it('reports the earliest overlap when several exist', () => {
    const two = [stay(7, 1, '2026-03-20', '2026-03-25'), stay(7, 1, '2026-03-01', '2026-03-05')];
    expect(householdOverlap(two, stay(7, 1, '2026-03-01', '2026-03-31'))?.night).toBe('2026-03-01');
  });
});

describe('bed-nights and occupancy rate', () => {
  const placements = [stay(1, 2, '2026-01-25', '2026-02-05'), stay(2, 3, '2026-02-10', null), stay(3, 1, '2026-02-01', '2026-02-01')];
  const february = periodOfDays('2026-02-01', '2026-02-28');

  it('clips each placement to the period', () => {
    // Household 1: nights 1–4 February (4) × 2; household 2: 10–28 February (19) × 3; household 3: none.
    expect(bedNights(placements, february.from, february.to)).toBe(8 + 57);
    expect(bedNights(placements, '2026-01-01', '2026-02-01')).toBe(7 * 2); // 25–31 January
  });

  it('counts nothing in a period of zero nights or before any placement', () => {
    expect(bedNights(placements, '2026-02-15', '2026-02-15')).toBe(0);
    expect(bedNights(placements, '2025-01-01', '2025-12-31')).toBe(0);
    expect(bedNights([], february.from, february.to)).toBe(0);
  });

  it('counts the leap day', () => {
    expect(bedNights([stay(1, 1, '2028-02-01', null)], '2028-02-01', '2028-03-01')).toBe(29);
  });

  it('divides bed-nights by capacity × nights', () => {
    expect(occupancyRate(placements, 5, february.from, february.to)).toBeCloseTo(65 / (5 * 28), 12);
    expect(occupancyRate([stay(1, 4, '2026-03-01', null)], 4, '2026-03-01', '2026-03-31')).toBe(1);
    expect(occupancyRate([], 4, '2026-03-01', '2026-03-31')).toBe(0);
  });

  it('has no rate for a period of zero nights or a unit without capacity', () => {
    expect(occupancyRate(placements, 5, '2026-02-15', '2026-02-15')).toBeNull();
    expect(occupancyRate(placements, 0, february.from, february.to)).toBeNull();
  });
});

describe('placement checks and defaults', () => {
  it('accepts a good placement', () => {
    expect(placementIssues(stay(1, 2, '2026-03-01', '2026-03-03'))).toEqual([]);
    expect(placementIssues(stay(1, 2, '2026-03-01', null))).toEqual([]);
    expect(placementIssues(stay(1, 2, '2026-03-01', '2026-03-03', '2026-03-01'))).toEqual([]); // left the day it came
  });

  it('refuses an end before the start, a planned stay of no night and bad places', () => {
    expect(placementIssues(stay(1, 2, '2026-03-01', '2026-02-28'))).toEqual([{ path: 'plannedEnd', issue: 'not_after_start' }]);
    expect(placementIssues(stay(1, 2, '2026-03-01', '2026-03-01'))).toEqual([{ path: 'plannedEnd', issue: 'not_after_start' }]);
    expect(placementIssues(stay(1, 2, '2026-03-01', null, '2026-02-27'))).toEqual([{ path: 'actualEnd', issue: 'before_start' }]);
    for (const places of [0, -1, 1.5]) {
      expect(placementIssues(stay(1, places, '2026-03-01', null))).toEqual([{ path: 'places', issue: 'not_positive_integer' }]);
    }
  });

  it('proposes the default stay in hébergement citoyen only', () => {
    expect(defaultPlannedEnd('hebergement_citoyen', '2026-03-01', 28)).toBe('2026-03-29'); // 28 nights
    expect(bedNights([stay(1, 1, '2026-03-01', defaultPlannedEnd('hebergement_citoyen', '2026-03-01', 28))], '2026-01-01', '2027-01-01')).toBe(28);
    expect(defaultPlannedEnd('hebergement_citoyen', '2028-02-15', 14)).toBe('2028-02-29');
    expect(defaultPlannedEnd('logement_transit', '2026-03-01', 28)).toBeNull();
  });
});

describe('against a night-by-night count', () => {
  // A small deterministic generator, so a failure is reproducible.
  let seed = 20260301;
  const random = (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % n;
  };
  const randomStay = (): Placement => {
    const start = addDays('2026-03-01', random(40));
    const nights = 1 + random(15);
    const kind = random(4);
    return stay(
      random(5),
      1 + random(3),
      start,
      kind === 0 ? null : addDays(start, nights),
      kind === 1 ? addDays(start, random(nights + 3)) : null,
    );
  };

  it('agrees on the first night over capacity, the peak and the bed-nights', () => {
    for (let round = 0; round < 300; round += 1) {
      const existing = Array.from({ length: random(6) }, randomStay);
      const candidate = randomStay();
      const capacity = 1 + random(6);
      let expected: string | null = null;
      let peak = { night: '', places: -1 };
      let nightsCounted = 0;
      for (let day = '2026-02-25'; day < '2026-05-01'; day = addDays(day, 1)) {
        if (expected === null && occupiesNight(candidate, day) && placesInUse(existing, day) + candidate.places > capacity) expected = day;
        const used = placesInUse(existing, day);
        if (used > peak.places) peak = { night: day, places: used };
        nightsCounted += used;
      }
      expect(capacityProblem(existing, candidate, capacity)?.night ?? null).toBe(expected);
      let overFrom: string | null = null;
      let occupiedFrom: string | null = null;
      for (let day = '2026-03-10'; day < '2026-06-01'; day = addDays(day, 1)) {
        if (overFrom === null && placesInUse(existing, day) > capacity) overFrom = day;
        if (occupiedFrom === null && placesInUse(existing, day) > 0) occupiedFrom = day;
      }
      expect(firstNightOverCapacityFrom(existing, capacity, '2026-03-10')?.night ?? null).toBe(overFrom);
      expect(firstOccupiedNightFrom(existing, '2026-03-10')).toBe(occupiedFrom);
      expect(peakOccupancy(existing, '2026-02-25', '2026-05-01')).toEqual(peak);
      // Open-ended placements go past the window: clip them to it, like the loop.
      expect(bedNights(existing, '2026-02-25', '2026-05-01')).toBe(nightsCounted);
    }
  });
});
