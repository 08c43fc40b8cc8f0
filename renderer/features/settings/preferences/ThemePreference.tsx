import { Center, Group, SegmentedControl, useMantineColorScheme, type MantineColorScheme } from '@mantine/core';
import { IconDeviceDesktop, IconMoon, IconSun } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { SettingsCard } from '../SettingsCard';

const SCHEMES = [
  { value: 'light', icon: IconSun },
  { value: 'dark', icon: IconMoon },
  { value: 'auto', icon: IconDeviceDesktop },
] as const satisfies readonly { value: MantineColorScheme; icon: unknown }[];

export function ThemePreference() {
  const { t } = useTranslation();
  const { colorScheme, setColorScheme } = useMantineColorScheme();
  return (
    <SettingsCard title={t('preferences.themeTitle')} description={t('preferences.themeDescription')}>
      <SegmentedControl
        fullWidth
        aria-label={t('preferences.themeControl')}
        value={colorScheme}
        onChange={(value) => setColorScheme(value as MantineColorScheme)}
        data={SCHEMES.map(({ value, icon: Icon }) => ({
          value,
          label: (
            <Center>
              <Group gap={6} wrap="nowrap">
                <Icon size={16} stroke={1.7} aria-hidden="true" />
                <span>{t(`theme.${value}`)}</span>
              </Group>
            </Center>
          ),
        }))}
      />
    </SettingsCard>
  );
}
