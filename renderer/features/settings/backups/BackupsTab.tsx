import { SimpleGrid, Stack } from '@mantine/core';
import type { BackupsOverview } from '../../../../shared/domain/backups';
import { QueryContent } from '../../../components/QueryContent';
import { BackupsListCard } from './BackupsListCard';
import { BackupWarningsAlert } from './BackupWarningsAlert';
import { KeyCard } from './KeyCard';
import { SecondFolderCard } from './SecondFolderCard';
import { useBackupsOverview } from './backups-queries';
import { ServerBackupsNote } from './ServerBackupsNote';
import { transport } from '../../../api/client';

/**
 * Paramètres → Sauvegardes (issue 13): what threatens the safety copies, the backups with "Sauvegarder
 * maintenant" and a restore per row, the copy off the PC, and the key the records need.
 */
export function BackupsTab() {
  return transport === 'server' ? <ServerBackupsNote /> : <LocalBackups />;
}

function LocalBackups() {
  const overview = useBackupsOverview();
  return (
    <Stack gap="lg" maw={1120}>
      <QueryContent query={overview}>{(data) => <BackupsContent overview={data} />}</QueryContent>
    </Stack>
  );
}

function BackupsContent({ overview }: { overview: BackupsOverview }) {
  return (
    <>
      <BackupWarningsAlert overview={overview} />
      <BackupsListCard overview={overview} />
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
        <SecondFolderCard folder={overview.secondFolder} />
        <KeyCard overview={overview} />
      </SimpleGrid>
    </>
  );
}
