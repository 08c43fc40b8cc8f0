import { Box, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { EVENT_TYPES, HOLIDAY_KINDS } from '../../../../shared/domain/calendar/events';
import { EVENT_TYPE_COLOURS, LOAN_COLOUR } from '../model/event-colours';

function Swatch({ colour, className }: { colour?: string; className?: string }) {
  return <Box component="span" className={className ?? 'pa-swatch'} style={colour ? { background: colour } : undefined} aria-hidden="true" />;
}

/**
 * What the colours and marks mean: one colour per type, how each status is drawn, the two kinds of holiday,
 * and the exhibition loans when they are shown.
 */
export function CalendarLegend({ withLoans = false }: { withLoans?: boolean }) {
  const { t } = useTranslation();
  return (
    <Box component="section" aria-label={t('calendar:legend.label')} mt="xs" className="pa-legend">
      {/* One wrapping list, so that the legend takes as few lines as the width allows. */}
      <Group gap={4} style={{ columnGap: 'var(--mantine-spacing-md)' }} wrap="wrap" component="ul" className="pa-legend__list">
        {EVENT_TYPES.map((type) => (
          <Group key={type} gap={6} wrap="nowrap" component="li">
            <Swatch colour={EVENT_TYPE_COLOURS[type]} />
            <Text size="xs">{t(`calendar:types.${type}`)}</Text>
          </Group>
        ))}
        {withLoans && (
          <>
            <Group gap={6} wrap="nowrap" component="li">
              <Swatch colour={LOAN_COLOUR} />
              <Text size="xs">{t('calendar:loans.legend')}</Text>
            </Group>
            <Group gap={6} wrap="nowrap" component="li">
              <Box
                component="span"
                className="pa-swatch pa-swatch--loan-requested"
                style={{ background: `color-mix(in srgb, ${LOAN_COLOUR} 14%, var(--mantine-color-body))`, borderColor: LOAN_COLOUR }}
                aria-hidden="true"
              />
              <Text size="xs">{t('calendar:loans.legendRequested')}</Text>
            </Group>
          </>
        )}
        {HOLIDAY_KINDS.map((kind) => (
          <Group key={kind} gap={6} wrap="nowrap" component="li">
            <Swatch className={`pa-swatch pa-swatch--${kind}`} />
            <Text size="xs">{t(`calendar:holidayKinds.${kind}`)}</Text>
          </Group>
        ))}
        <Group gap={6} wrap="nowrap" component="li">
          <Swatch className="pa-swatch pa-swatch--weekend" />
          <Text size="xs">{t('calendar:legend.weekend')}</Text>
        </Group>
        {(['plannedHint', 'confirmedHint', 'heldHint', 'cancelledHint'] as const).map((hint) => (
          <Text key={hint} size="xs" c="dimmed" component="li">
            {t(`calendar:legend.${hint}`)}
          </Text>
        ))}
      </Group>
    </Box>
  );
}
