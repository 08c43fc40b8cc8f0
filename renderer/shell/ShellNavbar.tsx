import { NavLink, ScrollArea, Stack, Text } from '@mantine/core';
import { Link, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { SectionId } from '../../shared/domain/sections';
import { SECTION_ICONS } from './section-icons';
import classes from './ShellNavbar.module.css';

interface ShellNavbarProps {
  sections: readonly SectionId[];
  /** Closes the navbar on small screens once a section is chosen. */
  onNavigate(): void;
}

/** The sections this user may open, as links (keyboard and middle-click work as on any link). */
export function ShellNavbar({ sections, onNavigate }: ShellNavbarProps) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const current = pathname.split('/')[1];
  // Settings sit apart at the bottom, unless they are all this user has (an admin-only account).
  const main: SectionId[] = sections.filter((id) => id !== 'settings');
  const settingsApart = main.length > 0 && sections.includes('settings');
  if (!settingsApart && sections.includes('settings')) main.push('settings');

  const link = (id: SectionId) => {
    const Icon = SECTION_ICONS[id];
    const active = current === id;
    return (
      <NavLink
        key={id}
        component={Link}
        to={`/${id}`}
        label={t(`sections.${id}.title`)}
        leftSection={<Icon size={20} stroke={1.6} aria-hidden="true" />}
        active={active}
        aria-current={active ? 'page' : undefined}
        onClick={onNavigate}
        className={classes.link}
      />
    );
  };

  return (
    <div className={classes.nav}>
      <ScrollArea className={classes.scroll} type="auto">
        <Stack gap={2} p="sm">
          {main.length > 0 && (
            <Text size="xs" fw={700} c="dimmed" tt="uppercase" px="sm" pt="xs" pb={6} className={classes.groupLabel}>
              {t('shell.workspace')}
            </Text>
          )}
          {main.map(link)}
        </Stack>
      </ScrollArea>
      {settingsApart && (
        <Stack gap={2} p="sm" className={classes.footer}>
          {link('settings')}
        </Stack>
      )}
    </div>
  );
}
