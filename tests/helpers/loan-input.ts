import type { InputOf } from '../../shared/api/contract';

/** What `api.loans.create` takes. */
export type LoanInput = InputOf<'loans', 'create'>;

/**
 * A complete, valid request of an exhibition by a school, shown from its delivery day to its pick-up day, with
 * no contact, visit or note. Type-only imports: the API tests (vitest) and the e2e specs (Playwright) both load it.
 */
export function schoolLoanInput(exhibitionId: number, schoolId: number, deliveryDate: string, pickupDate: string): LoanInput {
  return {
    exhibitionId,
    schoolId,
    venueName: '',
    address: '',
    contactName: '',
    contactEmail: '',
    contactPhone: '',
    deliveryDate,
    startDate: deliveryDate,
    endDate: pickupDate,
    pickupDate,
    eventIds: [],
    notes: '',
  };
}
