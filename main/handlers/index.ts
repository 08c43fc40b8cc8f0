import { authHandlers } from './auth';
import { settingsHandlers } from './settings';
import { systemHandlers } from './system';
import { backupsHandlers } from './backups';
import { recoveryHandlers } from './recovery';
import { usersHandlers } from './users';
import { schoolsHandlers } from './directory/schools';
import { classesHandlers } from './directory/classes';
import { contactsHandlers } from './directory/contacts';
import { partnersHandlers } from './directory/partners';
import { eventsHandlers } from './calendar/events';
import { holidaysHandlers } from './calendar/holidays';
import { exhibitionsHandlers } from './loans/exhibitions';
import { loansHandlers } from './loans/loans';
import { questionnairesHandlers } from './questionnaires/questionnaires';
import { questionnaireResultsHandlers } from './questionnaires/results';
import { questionnaireImportHandlers } from './questionnaires/import';
import { housingHandlers } from './housing/housing';
import { registrationsHandlers } from './housing/registrations';
import { waitlistHandlers } from './housing/waitlist';
import { housingSettingsHandlers } from './housing/settings';
import { housingReportsHandlers } from './housing/reports';
import { indicatorsHandlers } from './indicators/indicators';
import { personalDataHandlers } from './privacy/personal-data';
import { retentionHandlers } from './privacy/retention';
import { informationNoticeHandlers } from './privacy/information-notice';
import { processingRegisterHandlers } from './privacy/processing-register';
import type { Handlers } from './context';

/** One entry per contract domain; the `Handlers` type makes a missing or extra channel a compile error. */
export const handlers: Handlers = {
  auth: authHandlers,
  users: usersHandlers,
  settings: settingsHandlers,
  system: systemHandlers,
  backups: backupsHandlers,
  recovery: recoveryHandlers,
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
  indicators: indicatorsHandlers,
  personalData: personalDataHandlers,
  retention: retentionHandlers,
  informationNotice: informationNoticeHandlers,
  processingRegister: processingRegisterHandlers,
};
