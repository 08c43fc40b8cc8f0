import type { Knex } from 'knex';
import * as foundation from '../../migrations/20261128120000_foundation';
import * as schoolProgramme from '../../migrations/20261128170000_school_programme';
import * as exhibitionLoans from '../../migrations/20261128190000_exhibition_loans';
import * as questionnaires from '../../migrations/20261128200000_questionnaires';
import * as questionnairePairDecisions from '../../migrations/20261128220000_questionnaire_pair_decisions';
import * as housingUnits from '../../migrations/20261128230000_housing_units';
import * as housingPeople from '../../migrations/20261128233000_housing_people';
import * as housingPlacements from '../../migrations/20261128234000_housing_placements';
import * as housingRegistrations from '../../migrations/20261129000000_housing_registrations';
import * as housingWaitlist from '../../migrations/20261129001000_housing_waitlist';
import * as installation from '../../migrations/20261206120000_installation';
import * as privateNotes from '../../migrations/20261206130000_private_notes';
import * as loanDecisions from '../../migrations/20261206153000_loan_decisions';
import * as futureStayEnds from '../../migrations/20261206170000_future_stay_ends';
import * as serverSessions from '../../migrations/20261207090000_server_sessions';
import * as loanWaitingRequests from '../../migrations/20261207100000_loan_waiting_requests';
import * as dataProtection from '../../migrations/20261208090000_data_protection';

/**
 * Every migration, imported explicitly and in order. knex's directory loader records file extensions, so a
 * database migrated from `.ts` sources would look "corrupt" to the built `.cjs` app; an explicit list
 * avoids that and lets the bundler see every migration. Append only: never edit or reorder a shipped entry.
 */
const MIGRATIONS: readonly (readonly [string, Knex.Migration])[] = [
  ['20261128120000_foundation', foundation],
  ['20261128170000_school_programme', schoolProgramme],
  ['20261128190000_exhibition_loans', exhibitionLoans],
  ['20261128200000_questionnaires', questionnaires],
  ['20261128220000_questionnaire_pair_decisions', questionnairePairDecisions],
  ['20261128230000_housing_units', housingUnits],
  ['20261128233000_housing_people', housingPeople],
  ['20261128234000_housing_placements', housingPlacements],
  ['20261129000000_housing_registrations', housingRegistrations],
  ['20261129001000_housing_waitlist', housingWaitlist],
  ['20261206120000_installation', installation],
  ['20261206130000_private_notes', privateNotes],
  ['20261206153000_loan_decisions', loanDecisions],
  ['20261206170000_future_stay_ends', futureStayEnds],
  ['20261207090000_server_sessions', serverSessions],
  ['20261207100000_loan_waiting_requests', loanWaitingRequests],
  ['20261208090000_data_protection', dataProtection],
];

export const KNOWN_MIGRATIONS: readonly string[] = MIGRATIONS.map(([name]) => name);

export const migrationSource: Knex.MigrationSource<readonly [string, Knex.Migration]> = {
  getMigrations: async () => [...MIGRATIONS],
  getMigrationName: ([name]) => name,
  getMigration: async ([, migration]) => migration,
};
