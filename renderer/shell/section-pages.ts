import type { ComponentType } from 'react';
import type { SectionId } from '../../shared/domain/sections';
import { HomePage } from '../features/home/HomePage';
import { CalendarPage } from '../features/calendar/CalendarPage';
import { SchoolsPage } from '../features/directory/SchoolsPage';
import { SchoolPage } from '../features/directory/school-page/SchoolPage';
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

/**
 * Pages inside a section, at `/<section>/<path>`. Each names the sections that open it: a school's page is in
 * the schools section, and a teacher (who has the calendar, not the directory) opens it from an activity. The
 * server decides what each caller reads there.
 */
export const SECTION_SUBPAGES: readonly { section: SectionId; path: string; page: ComponentType; openWith: readonly SectionId[] }[] = [
  { section: 'schools', path: ':schoolId', page: SchoolPage, openWith: ['schools', 'calendar'] },
];
