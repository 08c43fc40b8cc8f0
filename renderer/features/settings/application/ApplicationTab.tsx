import { SimpleGrid, Stack } from '@mantine/core';
import { AppSettingsCard } from './AppSettingsCard';
import { SystemInfoCard } from './SystemInfoCard';
import { BackupCard } from './BackupCard';

/** Install-wide settings, what is installed where, and backups. */
export function ApplicationTab() {
  return (
    <Stack gap="lg" maw={1120}>
      <AppSettingsCard />
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
        <SystemInfoCard />
        <BackupCard />
      </SimpleGrid>
    </Stack>
  );
}
