/**
 * What other features may use of the loans: the loans in a date range (drawn on the calendar). The
 * addresses where a loan or an exhibition opens are in `./links`.
 */
export { useLoanAvailability } from './availability/queries';
