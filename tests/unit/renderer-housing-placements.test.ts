import i18next, { type TFunction } from 'i18next';
import { describe, expect, it, vi } from 'vitest';
import appFr from '../../renderer/i18n/fr.json';
import appEn from '../../renderer/i18n/en.json';
import housingFr from '../../renderer/features/housing/i18n/fr.json';
import housingEn from '../../renderer/features/housing/i18n/en.json';
import registrationsFr from '../../renderer/features/housing/registrations/i18n/fr.json';
import registrationsEn from '../../renderer/features/housing/registrations/i18n/en.json';
import {
  createPlacementInput,
  emptyPlacementValues,
  formatRate,
  freePlacesByUnit,
  isOpen,
  placementEditValues,
  placementErrorSentence,
  placementFieldMessage,
  placementState,
  placesInUseOn,
  updatePlacementInput,
  yearToDate,
} from '../../renderer/features/housing/placements/placement-model';
import { placementKeys } from '../../renderer/features/housing/placements/queries';
import { emptyMoveValues, movePlacementInput } from '../../renderer/features/housing/placements/move-model';
import { housingKeys } from '../../renderer/features/housing/queries';
import { PLACEMENT_END_REASONS, type HousingPlacement } from '../../shared/domain/housing/placements-api';
import { REGISTRATION_KINDS } from '../../shared/domain/housing/registrations';
import type { HousingUnitSummary } from '../../shared/domain/housing/housing-units-api';
import { flatten, has, type Tree } from '../helpers/i18n-namespace';

// The query modules import the API client, which looks for Electron's preload on `window` when loaded.
vi.mock('../../renderer/api/client', () => ({ api: {}, unwrap: (result: unknown) => result }));

const placement = (fields: Partial<HousingPlacement>): HousingPlacement => ({
  id: 1,
  unitId: 10,
  unitCode: 'HC-01',
  householdId: 20,
  householdCode: 'M-7K3Q',
  places: 2,
  start: '2027-03-07',
  plannedEnd: '2027-04-04',
  actualEnd: null,
  endReason: null,
  notes: '',
  createdAt: '2027-03-07T09:00:00.000Z',
  updatedAt: '2027-03-07T09:00:00.000Z',
  ...fields,
});

const unit = (id: number, capacity: number): HousingUnitSummary => ({
  id,
  code: `U-${id}`,
  kind: 'hebergement_citoyen',
  address: 'Rue Haute 1',
  providerId: null,
  providerName: null,
  capacity,
  status: 'active',
  statusDate: '2027-01-01',
});

/** A real i18next with the app's and the housing namespaces, as the renderer loads them. */
function translator(language: 'fr' | 'en'): TFunction {
  const instance = i18next.createInstance();
  void instance.init({
    resources: {
      fr: { translation: appFr, housing: housingFr, registrations: registrationsFr },
      en: { translation: appEn, housing: housingEn, registrations: registrationsEn },
    },
    lng: language,
    ns: ['translation', 'housing', 'registrations'],
    defaultNS: 'translation',
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  return instance.t;
}

describe('placement state and places', () => {
  it('reads a stay as upcoming, current or ended on a day', () => {
    expect(placementState(placement({}), '2027-03-06')).toBe('upcoming');
    expect(placementState(placement({}), '2027-03-07')).toBe('current');
    expect(placementState(placement({}), '2027-04-03')).toBe('current');
    // The planned end day's night is no longer theirs.
    expect(placementState(placement({}), '2027-04-04')).toBe('ended');
    expect(placementState(placement({ plannedEnd: null }), '2030-01-01')).toBe('current');
    expect(placementState(placement({ actualEnd: '2027-03-10', endReason: 'returned' }), '2027-03-10')).toBe('ended');
    // Issue 14, item 7: an actual end still ahead (an older version accepted one) is not a departure yet: the
    // household is there tonight, as the unit's places count it.
    expect(placementState(placement({ actualEnd: '2027-03-10', endReason: 'returned' }), '2027-03-08')).toBe('current');
    expect(isOpen(placement({}))).toBe(true);
    expect(isOpen(placement({ actualEnd: '2027-03-10' }))).toBe(false);
  });

  it('counts the places in use on a night: an ended stay frees its places on the day it ends', () => {
    const stays = [placement({ id: 1, places: 2, actualEnd: '2027-03-10' }), placement({ id: 2, householdId: 21, places: 1, start: '2027-03-10' })];
    expect(placesInUseOn(stays, '2027-03-09')).toBe(2);
    expect(placesInUseOn(stays, '2027-03-10')).toBe(1);
    expect(placesInUseOn([], '2027-03-10')).toBe(0);
  });

  it('gives each unit its free places from the stays active that day, never below zero', () => {
    const free = freePlacesByUnit([unit(1, 2), unit(2, 3), unit(3, 1)], [
      placement({ unitId: 1, places: 2 }),
      placement({ unitId: 2, places: 1 }),
      placement({ unitId: 3, places: 2 }),
    ]);
    expect([...free]).toEqual([
      [1, 0],
      [2, 2],
      [3, 0],
    ]);
  });
});

describe('placement forms', () => {
  it('starts today with the pre-filled household, unit and places, and sends an empty planned end as null', () => {
    const values = emptyPlacementValues('2027-03-10', { householdId: 20, places: 3 });
    expect(values).toEqual({ unitId: null, householdId: '20', places: 3, start: '2027-03-10', plannedEnd: '', notes: '' });
    expect(createPlacementInput({ ...values, unitId: '10', notes: '  arrivée le soir  ' })).toEqual({
      unitId: 10,
      householdId: 20,
      places: 3,
      start: '2027-03-10',
      plannedEnd: null,
      notes: 'arrivée le soir',
    });
    expect(createPlacementInput({ ...values, unitId: '10', places: '2', plannedEnd: '2027-03-20' })).toMatchObject({ places: 2, plannedEnd: '2027-03-20' });
    expect(emptyPlacementValues('2027-03-10', {}).places).toBe(1);
  });

  it('edits places, planned end (empty: open-ended) and notes only', () => {
    const values = placementEditValues(placement({ plannedEnd: null, notes: 'x' }));
    expect(values).toEqual({ places: 2, plannedEnd: '', notes: 'x' });
    expect(updatePlacementInput(1, { places: '4', plannedEnd: '', notes: ' y ' })).toEqual({ id: 1, places: 4, plannedEnd: null, notes: 'y' });
  });

  it('defaults the occupancy period to this calendar year so far, and writes the rate in the language', () => {
    expect(yearToDate('2027-03-10')).toEqual({ firstDay: '2027-01-01', lastDay: '2027-03-10' });
    expect(formatRate(7 / 138, 'fr-BE')).toMatch(/^5,1\s%$/);
    expect(formatRate(0.5, 'en-GB')).toBe('50%');
    expect(formatRate(null, 'fr-BE')).toBeNull();
  });
});

describe('placement refusals', () => {
  const fr = translator('fr');
  const en = translator('en');

  it('names the night and the places left when the unit is full, with the day written out', () => {
    const full = { path: 'places', issue: 'over_capacity' as const, params: { date: '2027-03-10', free: 0 } };
    expect(placementFieldMessage(fr, full, 'fr-BE')).toBe('Pas assez de place : la nuit du 10 mars 2027, le logement est complet.');
    expect(placementFieldMessage(fr, { ...full, params: { date: '2027-03-10', free: 1 } }, 'fr-BE')).toBe(
      'Pas assez de place : la nuit du 10 mars 2027, il ne reste que 1 place libre.',
    );
    expect(placementFieldMessage(fr, { ...full, params: { date: '2027-03-10', free: 2 } }, 'fr-BE')).toBe(
      'Pas assez de place : la nuit du 10 mars 2027, il ne reste que 2 places libres.',
    );
    expect(placementFieldMessage(en, full, 'en-GB')).toBe('Not enough room: on the night of 10 March 2027 the unit is full.');
  });

  it('says why under the household, the unit and the dates', () => {
    expect(placementFieldMessage(fr, { path: 'householdId', issue: 'household_overlap', params: { date: '2027-03-12' } }, 'fr-BE')).toBe(
      'Ce ménage est déjà placé ailleurs la nuit du 12 mars 2027.',
    );
    expect(placementFieldMessage(fr, { path: 'unitId', issue: 'unit_not_active' }, 'fr-BE')).toMatch(/^Ce logement n'accueille pas de nouveau ménage/);
    expect(placementFieldMessage(fr, { path: 'plannedEnd', issue: 'end_before_start' }, 'fr-BE')).toBe('La fin doit venir après le début.');
    expect(placementFieldMessage(fr, { path: 'actualEnd', issue: 'before_start' }, 'fr-BE')).toBe('Cette date vient avant le début.');
  });

  it('puts every refusal in one sentence for the notification, each field named', () => {
    const sentence = placementErrorSentence(
      fr,
      [
        { path: 'places', issue: 'over_capacity', params: { date: '2027-03-10', free: 0 } },
        { path: 'householdId', issue: 'household_overlap', params: { date: '2027-03-10' } },
      ],
      'fr-BE',
      (path) => fr(`fields.${path}`),
    );
    expect(sentence).toBe(
      'Places (personnes placées) : pas assez de place : la nuit du 10 mars 2027, le logement est complet. Ménage : ce ménage est déjà placé ailleurs la nuit du 10 mars 2027.',
    );
  });
});

describe('placement queries', () => {
  it('refreshes only placement keys: never the household sheet, whose every read is audited', () => {
    const startsWith = (key: readonly unknown[], prefix: readonly unknown[]) => prefix.every((part, index) => key[index] === part);
    expect(startsWith(housingKeys.household(20), placementKeys.all)).toBe(false);
    expect(startsWith(housingKeys.households({}), placementKeys.all)).toBe(false);
    expect(startsWith(housingKeys.unit(10), placementKeys.all)).toBe(false);
    expect(startsWith(placementKeys.list({ householdId: 20 }), placementKeys.all)).toBe(true);
    expect(startsWith(placementKeys.occupancy({ unitId: 10, from: '2027-01-01', to: '2027-03-11' }), placementKeys.all)).toBe(true);
  });
});

describe('placement translations built from lists', () => {
  const leaves = { fr: flatten(housingFr as Tree), en: flatten(housingEn as Tree) };
  const registrations = { fr: flatten(registrationsFr as Tree), en: flatten(registrationsEn as Tree) };

  it('has every end reason, state and registration kind in both languages', () => {
    for (const language of ['fr', 'en'] as const) {
      const keys = [...PLACEMENT_END_REASONS.map((reason) => `placements.reasons.${reason}`), ...['upcoming', 'current', 'ended'].map((state) => `placements.states.${state}`)];
      expect(keys.filter((key) => !has(leaves[language], key)), language).toEqual([]);
      expect(REGISTRATION_KINDS.filter((kind) => !has(registrations[language], `kinds.${kind}`)), language).toEqual([]);
    }
  });
});

describe('the move form', () => {
  it('starts today with the same places, or on the first day of a stay not begun yet', () => {
    const stay = placement({ id: 7, places: 3, start: '2027-03-01' });
    expect(emptyMoveValues(stay, '2027-03-10')).toEqual({ date: '2027-03-10', unitId: null, places: 3, plannedEnd: '', notes: '' });
    expect(emptyMoveValues(placement({ start: '2027-04-01' }), '2027-03-10').date).toBe('2027-04-01');
  });

  it('sends the chosen unit and an open end as null', () => {
    const stay = placement({ id: 7, places: 3 });
    expect(movePlacementInput(stay, { date: '2027-03-10', unitId: '12', places: '2', plannedEnd: '', notes: 'rez-de-chaussée' })).toEqual({
      id: 7,
      date: '2027-03-10',
      unitId: 12,
      places: 2,
      plannedEnd: null,
      notes: 'rez-de-chaussée',
    });
  });
});
