import {
  IconAddressBook,
  IconCalendarEvent,
  IconClipboardCheck,
  IconHomeHeart,
  IconLayoutDashboard,
  IconPresentation,
  IconReportAnalytics,
  IconSchool,
  IconSettings,
  type TablerIcon,
} from '@tabler/icons-react';
import type { SectionId } from '../../shared/domain/sections';

/** One icon per section, shared by the navigation and each page's header. */
export const SECTION_ICONS: Record<SectionId, TablerIcon> = {
  home: IconLayoutDashboard,
  calendar: IconCalendarEvent,
  schools: IconSchool,
  exhibitions: IconPresentation,
  questionnaires: IconClipboardCheck,
  housing: IconHomeHeart,
  registrations: IconAddressBook,
  reports: IconReportAnalytics,
  settings: IconSettings,
};
