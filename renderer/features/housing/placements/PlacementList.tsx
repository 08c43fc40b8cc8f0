import { useState } from 'react';
import { Badge, Button, Card, Group, SegmentedControl, Stack, Text } from '@mantine/core';
import { IconArrowsExchange, IconDoorExit, IconPencil, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { HousingPlacement } from '../../../../shared/domain/housing/placements-api';
import { currentLanguage } from '../../../i18n';
import { localeOf } from '../../../i18n/language';
import { formatDay } from '../model/unit-form';
import type { PlacementDialog } from './PlacementDialogs';
import { isOpen, placementState, type PlacementState } from './placement-model';

const STATE_COLOURS: Record<PlacementState, string> = { current: 'teal', upcoming: 'blue', ended: 'gray' };

type Filter = 'all' | 'open' | 'ended';

function PlacementCard({ placement, side, today, onDialog }: { placement: HousingPlacement; side: 'unit' | 'household'; today: string; onDialog(dialog: PlacementDialog): void }) {
  const { t } = useTranslation();
  const day = (value: string) => formatDay(value, localeOf(currentLanguage()));
  const state = placementState(placement, today);
  const code = side === 'unit' ? placement.householdCode : placement.unitCode;
  const names = { code, household: placement.householdCode, unit: placement.unitCode };
  return (
    <Card withBorder radius="md" padding="sm" component="li" aria-label={t('housing:placements.list.itemLabel', names)}>
      <Stack gap={6}>
        <Group justify="space-between" wrap="nowrap">
          <Group gap="xs">
            <Text fw={700} ff="monospace">
              {code}
            </Text>
            <Badge variant="light" color={STATE_COLOURS[state]}>
              {t(`housing:placements.states.${state}`)}
            </Badge>
            <Text size="sm">{t('housing:placements.list.places', { count: placement.places })}</Text>
          </Group>
        </Group>
        <Text size="sm">
          {t('housing:placements.list.from', { date: day(placement.start) })}
          {' · '}
          {placement.plannedEnd ? t('housing:placements.list.plannedEnd', { date: day(placement.plannedEnd) }) : t('housing:placements.list.noPlannedEnd')}
        </Text>
        {placement.actualEnd && (
          <Text size="sm">
            {t('housing:placements.list.actualEnd', { date: day(placement.actualEnd) })}
            {placement.endReason && ` — ${t(`housing:placements.reasons.${placement.endReason}`)}`}
          </Text>
        )}
        {placement.notes && (
          <Text size="sm" c="dimmed" style={{ whiteSpace: 'pre-wrap' }}>
            {placement.notes}
          </Text>
        )}
        <Group gap={4}>
          <Button size="xs" variant="default" leftSection={<IconPencil size={14} />} onClick={() => onDialog({ kind: 'edit', placement })} aria-label={t('housing:placements.list.editFor', names)}>
            {t('housing:placements.list.edit')}
          </Button>
          <Button size="xs" variant="light" leftSection={<IconDoorExit size={14} />} onClick={() => onDialog({ kind: 'end', placement })} aria-label={t('housing:placements.list.endFor', names)}>
            {isOpen(placement) ? t('housing:placements.list.end') : t('housing:placements.list.correctEnd')}
          </Button>
          {isOpen(placement) && (
            <Button size="xs" variant="light" leftSection={<IconArrowsExchange size={14} />} onClick={() => onDialog({ kind: 'move', placement })} aria-label={t('housing:placements.move.actionFor', names)}>
              {t('housing:placements.move.action')}
            </Button>
          )}
          {isOpen(placement) && (
            <Button size="xs" variant="subtle" color="red" leftSection={<IconTrash size={14} />} onClick={() => onDialog({ kind: 'delete', placement })} aria-label={t('housing:placements.list.deleteFor', names)}>
              {t('housing:placements.list.delete')}
            </Button>
          )}
        </Group>
      </Stack>
    </Card>
  );
}

/**
 * A sheet's placements, newest start first (the server's order), filtered to those still open (no actual end)
 * or those ended. `side`: whose sheet it is, so each card names the other party.
 */
export function PlacementList({ placements, side, today, onDialog }: { placements: HousingPlacement[]; side: 'unit' | 'household'; today: string; onDialog(dialog: PlacementDialog): void }) {
  const { t } = useTranslation();
  const [filter, setFilter] = useState<Filter>('all');
  if (placements.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t(side === 'unit' ? 'housing:placements.list.emptyUnit' : 'housing:placements.list.emptyHousehold')}
      </Text>
    );
  }
  const open = placements.filter(isOpen);
  const shown = filter === 'all' ? placements : filter === 'open' ? open : placements.filter((placement) => !isOpen(placement));
  return (
    <Stack gap="xs">
      <SegmentedControl
        size="xs"
        value={filter}
        onChange={(value) => setFilter(value as Filter)}
        aria-label={t('housing:placements.list.filter')}
        data={[
          { value: 'all', label: t('housing:placements.list.all', { count: placements.length }) },
          { value: 'open', label: t('housing:placements.list.open', { count: open.length }) },
          { value: 'ended', label: t('housing:placements.list.endedFilter', { count: placements.length - open.length }) },
        ]}
      />
      {shown.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('housing:placements.list.noneInFilter')}
        </Text>
      ) : (
        <Stack component="ul" gap="xs" m={0} p={0} style={{ listStyle: 'none' }}>
          {shown.map((placement) => (
            <PlacementCard key={placement.id} placement={placement} side={side} today={today} onDialog={onDialog} />
          ))}
        </Stack>
      )}
    </Stack>
  );
}
