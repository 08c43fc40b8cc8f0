import type { ComponentType } from 'react';
import type { SectionId } from '../../shared/domain/sections';
import { HomePage } from '../features/home/HomePage';
import { CalendarPage } from '../features/calendar/CalendarPage';
import { SchoolsPage } from '../features/directory/SchoolsPage';
import { ExhibitionsPage } from '../features/loans/ExhibitionsPage';
import { QuestionnairesPage } from '../features/questionnaires/QuestionnairesPage';
import { HousingPage } from '../features/housing/HousingPage';
import { RegistrationsPage } from '../features/housing/registrations/RegistrationsPage';
import { ReportsPage } from '../features/reports/ReportsPage';
import { SettingsPage } from '../features/settings/SettingsPage';

/** The page of each section; the compiler makes a section without a page an error. */
export const SECTION_PAGES: Record<SectionId, ComponentType> = {
  home: HomePage,
  calendar: CalendarPage,
  schools: SchoolsPage,
  exhibitions: ExhibitionsPage,
  questionnaires: QuestionnairesPage,
  housing: HousingPage,
  registrations: RegistrationsPage,
  reports: ReportsPage,
  settings: SettingsPage,
};
