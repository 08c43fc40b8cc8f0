/**
 * Address registrations (issue 6, point 5): the writes. Reading lives in housing-registrations-read.ts and is
 * re-exported here, so callers import one module.
 */
export {
  listRegistrations,
  registrationEndProposals,
  registrationTasksFor,
  viewRegistration,
} from './housing-registrations-read';
