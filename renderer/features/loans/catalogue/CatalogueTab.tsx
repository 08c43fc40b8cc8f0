import { useEffect, useState } from 'react';
import { Button, Card, Group, SimpleGrid, Skeleton, Stack, Switch, Text } from '@mantine/core';
import { IconPlus, IconPresentation } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Exhibition, ExhibitionItem } from '../../../../shared/domain/loans/exhibitions';
import { ListEmpty } from '../../../components/data-table/ListEmpty';
import { QueryFailure } from '../../../components/QueryFailure';
import { useExhibitions } from '../queries';
import { DeleteExhibitionDialog } from './DeleteExhibitionDialog';
import { ExhibitionCard } from './ExhibitionCard';
import { ExhibitionDetailDrawer } from './ExhibitionDetailDrawer';
import { ExhibitionFormModal } from './ExhibitionFormModal';
import { ResolveFlagModal } from './ResolveFlagModal';
import { SchedulePdfModal } from './SchedulePdfModal';

/** Which catalogue dialog is open. Those opened from an exhibition's sheet go back to it when they close. */
type Dialog =
  | { kind: 'create' }
  | { kind: 'detail'; id: number }
  | { kind: 'edit'; exhibition: Exhibition; fromSheet: boolean }
  | { kind: 'delete'; exhibition: Exhibition }
  | { kind: 'schedule'; exhibition: Exhibition }
  | { kind: 'resolve'; exhibition: Exhibition; item: ExhibitionItem };

/** The travelling exhibitions and guided circuits, as cards; archived ones on request. */
export function CatalogueTab({ linkedExhibition, onLinkOpened }: { linkedExhibition: number | null; onLinkOpened(): void }) {
  const { t } = useTranslation();
  const [showArchived, setShowArchived] = useState(false);
  const exhibitions = useExhibitions(showArchived);
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const close = () => setDialog(null);
  const backTo = (id: number) => () => setDialog({ kind: 'detail', id });
  const rows = exhibitions.data ?? [];

  // An exhibition named in the address (a flagged item on the home screen) opens in its sheet.
  useEffect(() => {
    if (linkedExhibition === null) return;
    setDialog({ kind: 'detail', id: linkedExhibition });
    onLinkOpened();
  }, [linkedExhibition, onLinkOpened]);
  const flagged = rows.reduce((sum, exhibition) => sum + exhibition.flaggedItems, 0);

  return (
    <Stack gap="md">
      <Group justify="space-between" gap="sm" wrap="wrap">
        <Switch label={t('fields.includeArchived')} checked={showArchived} onChange={(event) => setShowArchived(event.currentTarget.checked)} />
        <Button leftSection={<IconPlus size={18} stroke={1.7} />} onClick={() => setDialog({ kind: 'create' })}>
          {t('exhibitions:catalogue.new')}
        </Button>
      </Group>
      {flagged > 0 && (
        <Text size="sm" c="red" fw={500}>
          {t('exhibitions:catalogue.flaggedHint', { count: flagged })}
        </Text>
      )}
      {exhibitions.isError ? (
        <QueryFailure error={exhibitions.error} onRetry={() => void exhibitions.refetch()} />
      ) : exhibitions.isPending ? (
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md" aria-busy="true">
          {[0, 1, 2].map((index) => (
            <Skeleton key={index} height={170} radius="lg" />
          ))}
        </SimpleGrid>
      ) : rows.length === 0 ? (
        <Card withBorder radius="lg" padding={0}>
          <ListEmpty
            icon={<IconPresentation size={28} stroke={1.5} aria-hidden="true" />}
            title={t('exhibitions:catalogue.emptyTitle')}
            description={t('exhibitions:catalogue.emptyBody')}
            action={
              <Button variant="light" leftSection={<IconPlus size={16} stroke={1.7} />} onClick={() => setDialog({ kind: 'create' })}>
                {t('exhibitions:catalogue.addFirst')}
              </Button>
            }
          />
        </Card>
      ) : (
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md">
          {rows.map((exhibition) => (
            <ExhibitionCard
              key={exhibition.id}
              exhibition={exhibition}
              onOpen={() => setDialog({ kind: 'detail', id: exhibition.id })}
              onEdit={() => setDialog({ kind: 'edit', exhibition, fromSheet: false })}
            />
          ))}
        </SimpleGrid>
      )}
      {dialog?.kind === 'create' && <ExhibitionFormModal onClose={close} />}
      {dialog?.kind === 'edit' && (
        <ExhibitionFormModal exhibition={dialog.exhibition} onClose={dialog.fromSheet ? backTo(dialog.exhibition.id) : close} />
      )}
      {dialog?.kind === 'detail' && (
        <ExhibitionDetailDrawer
          exhibitionId={dialog.id}
          onAction={(action, exhibition) =>
            setDialog(action === 'edit' ? { kind: 'edit', exhibition, fromSheet: true } : { kind: action, exhibition })
          }
          onResolve={(exhibition, item) => setDialog({ kind: 'resolve', exhibition, item })}
          onClose={close}
        />
      )}
      {dialog?.kind === 'delete' && <DeleteExhibitionDialog exhibition={dialog.exhibition} onDone={close} onClose={backTo(dialog.exhibition.id)} />}
      {dialog?.kind === 'schedule' && <SchedulePdfModal exhibition={dialog.exhibition} onClose={backTo(dialog.exhibition.id)} />}
      {dialog?.kind === 'resolve' && (
        <ResolveFlagModal
          exhibition={dialog.exhibition}
          item={dialog.item}
          onDone={backTo(dialog.exhibition.id)}
          onClose={backTo(dialog.exhibition.id)}
        />
      )}
    </Stack>
  );
}
