import { Alert, Button, Group, Text } from '@mantine/core';
import { IconHomeSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { UnitWithRoom } from '../../../../shared/api/result';

/**
 * Under a placement refused for lack of room (issue 14, item 8): the other units with enough free places on every
 * night of the stay, as the server found them (`unitsWithRoom`), each with its kind, as buttons that choose it in
 * the form. `exceptUnitId`: a unit the form cannot take (the one a household moves out of).
 */
export function RoomElsewhere({ units, exceptUnitId, onChoose }: { units: readonly UnitWithRoom[]; exceptUnitId?: number; onChoose(unit: UnitWithRoom): void }) {
  const { t } = useTranslation();
  const shown = units.filter((unit) => unit.unitId !== exceptUnitId);
  const kind = (unit: UnitWithRoom) => t(`housing:kinds.${unit.kind}`, { defaultValue: unit.kind });
  return (
    <Alert variant="light" color="blue" icon={<IconHomeSearch size={18} />} title={t('housing:placements.roomElsewhere.title')} role="region" aria-label={t('housing:placements.roomElsewhere.title')}>
      {shown.length === 0 ? (
        <Text size="sm">{t('housing:placements.roomElsewhere.none')}</Text>
      ) : (
        <>
          <Text size="sm" mb="xs">
            {t('housing:placements.roomElsewhere.intro')}
          </Text>
          <Group gap="xs">
            {shown.map((unit) => (
              <Button
                key={unit.unitId}
                size="xs"
                variant="default"
                onClick={() => onChoose(unit)}
                aria-label={t('housing:placements.roomElsewhere.choiceLabel', { code: unit.code, kind: kind(unit), count: unit.free })}
              >
                {t('housing:placements.roomElsewhere.choice', { code: unit.code, kind: kind(unit), count: unit.free })}
              </Button>
            ))}
          </Group>
        </>
      )}
    </Alert>
  );
}
