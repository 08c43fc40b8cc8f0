import { SimpleGrid, Stack } from '@mantine/core';
import { LanguagePreference } from './LanguagePreference';
import { ThemePreference } from './ThemePreference';
import { AccountCard } from './AccountCard';

/** Per-person choices kept on this machine, and the user's own account. */
export function PreferencesTab() {
  return (
    <Stack gap="lg" maw={960}>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <LanguagePreference />
        <ThemePreference />
      </SimpleGrid>
      <AccountCard />
    </Stack>
  );
}
