import { Badge, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { UnitKind } from '../../../../shared/domain/housing/units';
import type { WaitlistPriority } from '../../../../shared/domain/housing/waitlist';
import { PRIORITY_COLOURS } from './waitlist-model';

/** Urgente in red, haute in orange, normale in grey: the colour is a help, the word says it. */
export function PriorityBadge({ priority }: { priority: WaitlistPriority }) {
  const { t } = useTranslation();
  return (
    <Badge variant={priority === 'normal' ? 'outline' : 'filled'} color={PRIORITY_COLOURS[priority]}>
      {t(`housing:waitlist.priorities.${priority}`)}
    </Badge>
  );
}

/** The unit kinds that would suit, by their names; none chosen means any kind. */
export function UnitKindsText({ kinds }: { kinds: readonly UnitKind[] }) {
  const { t } = useTranslation();
  if (kinds.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('housing:waitlist.anyKind')}
      </Text>
    );
  }
  return <Text size="sm">{kinds.map((kind) => t(`housing:kinds.${kind}`)).join(', ')}</Text>;
}
