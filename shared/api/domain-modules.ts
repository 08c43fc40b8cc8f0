import type { AppModule } from '../domain/modules';
import type { Domain } from './contract';

/**
 * Which module each domain of the contract belongs to (null: every install has it). Dispatch refuses the
 * channels of a module the install has switched off (`moduleOff`), so a CPAS server without the schools
 * programme, or a City server without housing, does not answer them at all: hiding the sections in the
 * interface is a convenience, this is the rule. A new domain does not compile until it is placed here.
 */
export const DOMAIN_MODULES: Record<Domain, AppModule | null> = {
  auth: null,
  users: null,
  settings: null,
  system: null,
  backups: null,
  recovery: null,
  schools: 'schools',
  classes: 'schools',
  contacts: 'schools',
  partners: 'schools',
  events: 'schools',
  holidays: 'schools',
  exhibitions: 'schools',
  loans: 'schools',
  questionnaires: 'schools',
  questionnaireResults: 'schools',
  questionnaireImport: 'schools',
  housing: 'housing',
  registrations: 'housing',
  waitlist: 'housing',
  housingSettings: 'housing',
  housingReports: 'housing',
  // The school programme's indicators (issue 16): a City install without the schools module has none.
  indicators: 'schools',
  // People's rights over their data (issue 20): access and the information notice concern housed people;
  // retention and the register of processing cover both modules (each rule and table names its own).
  personalData: 'housing',
  retention: null,
  informationNotice: 'housing',
  processingRegister: null,
};
