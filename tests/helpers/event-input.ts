import type { InputOf } from '../../shared/api/contract';

/** What `api.events.create` takes. */
export type ActivityInput = InputOf<'events', 'create'>;

/**
 * A complete, valid `api.events.create` input: the workshop « Préjugés » on Thursday 3 December 2026, 9:00–10:40,
 * planned, for no class yet, without partner, facilitator, place, expected counts or notes. A test names only
 * what it needs to differ, and at least the school.
 *
 * Type-only imports: the API and unit tests (vitest) and the e2e specs (Playwright) all load it.
 */
export function activityInput(overrides: Partial<ActivityInput> & Pick<ActivityInput, 'schoolId'>): ActivityInput {
  return {
    type: 'workshop',
    title: 'Atelier « Préjugés »',
    themes: ['discrimination'],
    classIds: [],
    partnerIds: [],
    facilitatorId: null,
    location: '',
    start: '2026-12-03T09:00',
    end: '2026-12-03T10:40',
    status: 'planned',
    cancelReason: '',
    pupilsExpected: null,
    teachersExpected: null,
    pupilsPresent: null,
    teachersPresent: null,
    notes: '',
    ...overrides,
  };
}

/** The same activity on another day, at the same hours: `{ start: '<day>T09:00', end: '<day>T10:40' }`. */
export function onDay(day: string): Pick<ActivityInput, 'start' | 'end'> {
  return { start: `${day}T09:00`, end: `${day}T10:40` };
}
