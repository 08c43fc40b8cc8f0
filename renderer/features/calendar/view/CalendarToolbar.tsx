import { ActionIcon, Button, Group, Loader, SegmentedControl, Text, Title, Tooltip } from '@mantine/core';
import { IconChevronLeft, IconChevronRight } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { VIEW_KEYS, type CalendarViewKey } from './calendar-views';

interface CalendarToolbarProps {
  title: string;
  view: CalendarViewKey;
  loading: boolean;
  /** A short status under the title, e.g. "no event in this period". */
  notice: string | null;
  onPrevious(): void;
  onNext(): void;
  onToday(): void;
  onView(view: CalendarViewKey): void;
}

/** Period navigation, the period's name and the view switch (month, week, day, list). */
export function CalendarToolbar({ title, view, loading, notice, onPrevious, onNext, onToday, onView }: CalendarToolbarProps) {
  const { t } = useTranslation();
  return (
    <Group justify="space-between" gap="sm" wrap="wrap" mb="xs">
      {/* Wraps in a narrow window (zoom): the period's name goes under the buttons instead of cutting « Aujourd'hui ». */}
      <Group gap="xs" wrap="wrap">
        <Tooltip label={t('calendar:toolbar.previous')}>
          <ActionIcon variant="default" size="lg" aria-label={t('calendar:toolbar.previous')} onClick={onPrevious}>
            <IconChevronLeft size={18} />
          </ActionIcon>
        </Tooltip>
        <Tooltip label={t('calendar:toolbar.next')}>
          <ActionIcon variant="default" size="lg" aria-label={t('calendar:toolbar.next')} onClick={onNext}>
            <IconChevronRight size={18} />
          </ActionIcon>
        </Tooltip>
        <Button variant="default" onClick={onToday}>
          {t('calendar:toolbar.today')}
        </Button>
        <div>
          <Group gap="xs" wrap="nowrap">
            <Title order={2} fz="lg" lh={1.2} aria-live="polite">
              {title.charAt(0).toLocaleUpperCase() + title.slice(1)}
            </Title>
            {loading && <Loader size="xs" type="dots" role="status" aria-label={t('calendar:toolbar.loading')} />}
          </Group>
          {notice && (
            <Text size="xs" c="dimmed" role="status">
              {notice}
            </Text>
          )}
        </div>
      </Group>
      <SegmentedControl
        aria-label={t('calendar:toolbar.viewLabel')}
        value={view}
        onChange={(value) => onView(value as CalendarViewKey)}
        data={VIEW_KEYS.map((key) => ({ value: key, label: t(`calendar:views.${key}`) }))}
      />
    </Group>
  );
}
