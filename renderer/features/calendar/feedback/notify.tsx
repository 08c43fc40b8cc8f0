import { List, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { TFunction } from 'i18next';
import type { ApiError } from '../../../../shared/api/result';
import type { EventWarning } from '../../../../shared/domain/calendar/events';
import { currentLanguage } from '../../../i18n';
import { refusalSentences } from '../model/conflict-messages';

function closeButton(t: TFunction) {
  return { 'aria-label': t('common.close') };
}

function Sentences({ lines }: { lines: string[] }) {
  if (lines.length === 1) return <>{lines[0]}</>;
  return (
    <List size="sm" spacing={4}>
      {lines.map((line) => (
        <List.Item key={line}>{line}</List.Item>
      ))}
    </List>
  );
}

/** A refused drop or move: the reason, each conflict in a sentence, kept until read when it is a conflict. */
export function notifyRefusal(t: TFunction, error: ApiError, title: string): void {
  const lines = refusalSentences(t, error, currentLanguage(), new Date().getFullYear());
  notifications.show({
    color: 'red',
    title,
    message: <Sentences lines={lines} />,
    autoClose: error.code === 'CONFLICT' ? 15_000 : 8000,
    closeButtonProps: closeButton(t),
  });
}

/** Saved, with something to check (more pupils present than the classes have). */
export function notifyWarnings(t: TFunction, warnings: readonly EventWarning[]): void {
  if (warnings.length === 0) return;
  notifications.show({
    color: 'yellow',
    title: t('calendar:warnings.title'),
    message: <Sentences lines={warnings.map((warning) => t(`calendar:warnings.${warning.kind}`, warning.params))} />,
    autoClose: 12_000,
    closeButtonProps: closeButton(t),
  });
}

/** A message in the calendar's own words (e.g. a drop on the all-day row). */
export function notifyInfo(t: TFunction, title: string, message: string): void {
  notifications.show({ color: 'orange', title, message: <Text size="sm">{message}</Text>, autoClose: 8000, closeButtonProps: closeButton(t) });
}
