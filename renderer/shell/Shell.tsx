import { useEffect, useMemo } from 'react';
import { useLocation } from 'react-router';
import { AppShell } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import type { AppSettings } from '../../shared/domain/settings';
import type { SessionUser } from '../../shared/domain/users';
import { visibleSections } from '../../shared/domain/sections';
import { SessionContext } from './session-context';
import { ShellHeader } from './ShellHeader';
import { ShellNavbar } from './ShellNavbar';
import { SectionRoutes } from './SectionRoutes';
import { IdleLogout } from './IdleLogout';
import { useScreenNotices } from './screen-notices';
import { LeaveGuard } from '../components/discard';
import { useRefreshAuthStatus } from '../auth/queries';
import { prefetchCalendarStart } from '../features/calendar';
import { useQueryClient } from '@tanstack/react-query';

interface ShellProps {
  user: SessionUser;
  settings: AppSettings;
}

/** The signed-in frame: header, navigation built from the user's sections, and the section pages. */
export function Shell({ user, settings }: ShellProps) {
  const { t } = useTranslation();
  const [navOpened, nav] = useDisclosure(false);
  const sections = useMemo(() => visibleSections(user.roles, settings.modules), [user.roles, settings.modules]);
  const session = useMemo(() => ({ user, settings }), [user, settings]);
  const { pathname } = useLocation();
  const refreshStatus = useRefreshAuthStatus();
  // Each page change is activity: check the session is still alive and the settings unchanged.
  useEffect(() => refreshStatus(), [pathname, refreshStatus]);
  useScreenNotices(pathname, user.id);
  // The calendar's first month is fetched as the shell opens (issue 19: sign-in → month drawn).
  const queryClient = useQueryClient();
  const withCalendar = sections.includes('calendar');
  useEffect(() => {
    if (withCalendar) prefetchCalendarStart(queryClient);
  }, [withCalendar, queryClient]);

  return (
    <SessionContext.Provider value={session}>
      <a href="#main-content" className="skip-link" onClick={(event) => {
        event.preventDefault();
        document.getElementById('main-content')?.focus();
      }}>
        {t('shell.skipToContent')}
      </a>
      <IdleLogout minutes={settings.idleMinutes} />
      <LeaveGuard />
      <AppShell
        header={{ height: 64 }}
        navbar={{ width: 264, breakpoint: 'sm', collapsed: { mobile: !navOpened } }}
        padding={{ base: 'md', sm: 'xl' }}
      >
        <AppShell.Header>
          <ShellHeader navOpened={navOpened} onToggleNav={nav.toggle} />
        </AppShell.Header>
        {/* AppShell.Navbar is the <nav> landmark itself. */}
        <AppShell.Navbar id="main-navigation" aria-label={t('shell.navLabel')}>
          <ShellNavbar sections={sections} onNavigate={nav.close} />
        </AppShell.Navbar>
        <AppShell.Main id="main-content" tabIndex={-1} style={{ outline: 'none' }}>
          <SectionRoutes sections={sections} />
        </AppShell.Main>
      </AppShell>
    </SessionContext.Provider>
  );
}
