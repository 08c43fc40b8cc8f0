import { Burger, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Brand } from '../components/Brand';
import { LanguageSwitch } from '../components/LanguageSwitch';
import { ThemeToggle } from '../components/ThemeToggle';
import { UserMenu } from './UserMenu';

interface ShellHeaderProps {
  navOpened: boolean;
  onToggleNav(): void;
}

export function ShellHeader({ navOpened, onToggleNav }: ShellHeaderProps) {
  const { t } = useTranslation();
  return (
    <Group h="100%" px="md" justify="space-between" wrap="nowrap">
      <Group gap="sm" wrap="nowrap">
        <Burger
          opened={navOpened}
          onClick={onToggleNav}
          hiddenFrom="sm"
          size="sm"
          aria-label={navOpened ? t('shell.closeNav') : t('shell.openNav')}
          aria-expanded={navOpened}
          aria-controls="main-navigation"
        />
        <Brand />
      </Group>
      <Group gap="sm" wrap="nowrap">
        <Group gap="sm" visibleFrom="xs" wrap="nowrap">
          <LanguageSwitch />
          <ThemeToggle />
        </Group>
        <UserMenu />
      </Group>
    </Group>
  );
}
