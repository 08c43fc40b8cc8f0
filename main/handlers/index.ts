import { authHandlers } from './auth';
import { settingsHandlers } from './settings';
import { systemHandlers } from './system';
import { usersHandlers } from './users';
import { schoolsHandlers } from './schools';
import { classesHandlers } from './classes';
import { contactsHandlers } from './contacts';
import { partnersHandlers } from './partners';
import { eventsHandlers } from './events';
import { holidaysHandlers } from './holidays';
import { exhibitionsHandlers } from './exhibitions';
import { loansHandlers } from './loans';
import { questionnairesHandlers } from './questionnaires';
import { questionnaireResultsHandlers } from './questionnaire-results';
import { questionnaireImportHandlers } from './questionnaire-import';
import { housingHandlers } from './housing';
import { registrationsHandlers } from './registrations';
import { waitlistHandlers } from './waitlist';
import { housingSettingsHandlers } from './housing-settings';
import { housingReportsHandlers } from './housing-reports';
import type { Handlers } from './context';

/** One entry per contract domain; the `Handlers` type makes a missing or extra channel a compile error. */
export const handlers: Handlers = {
  auth: authHandlers,
  users: usersHandlers,
  settings: settingsHandlers,
  system: systemHandlers,
  schools: schoolsHandlers,
  classes: classesHandlers,
  contacts: contactsHandlers,
  partners: partnersHandlers,
  events: eventsHandlers,
  holidays: holidaysHandlers,
  exhibitions: exhibitionsHandlers,
  loans: loansHandlers,
  questionnaires: questionnairesHandlers,
  questionnaireResults: questionnaireResultsHandlers,
  questionnaireImport: questionnaireImportHandlers,
  housing: housingHandlers,
  registrations: registrationsHandlers,
  waitlist: waitlistHandlers,
  housingSettings: housingSettingsHandlers,
  housingReports: housingReportsHandlers,
};
