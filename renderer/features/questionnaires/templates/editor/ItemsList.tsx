import { useCallback, useEffect, useRef, useState } from 'react';
import { Button, Group, Stack, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { QuestionnaireAudience } from '../../../../../shared/domain/questionnaires/templates';
import { ConfirmDialog } from '../../../../components/ConfirmDialog';
import { moveAt } from '../model/code-recipe';
import { newItemRow, type ItemRow } from '../model/template-form';
import { ItemEditor } from './ItemEditor';

interface ItemsListProps {
  items: ItemRow[];
  audience: QuestionnaireAudience;
  locked: boolean;
  onChange(items: ItemRow[]): void;
  errors: Record<string, unknown>;
}

/** The contract's limit on questions per questionnaire. */
const MAX_ITEMS = 60;

/**
 * The questions in printed order. A new question starts like the one above it and its French wording takes
 * the focus; after a move the focus stays on the moved question's button, after a deletion it goes to the
 * question that took its place.
 */
export function ItemsList({ items, audience, locked, onChange, errors }: ItemsListProps) {
  const { t } = useTranslation();
  const [deleting, setDeleting] = useState<number | null>(null);
  const focusKey = useRef<string | null>(null);

  useEffect(() => {
    if (!focusKey.current) return;
    document.querySelector<HTMLTextAreaElement>(`[data-item-wording="${focusKey.current}"]`)?.focus();
    focusKey.current = null;
  });

  const add = () => {
    const row = newItemRow(items.at(-1), audience);
    focusKey.current = row.key;
    onChange([...items, row]);
  };

  // The questions' callbacks read the latest list through a ref, so they stay the same from one drawing to
  // the next and a keystroke in one question does not draw the sixty others again.
  const latest = useRef({ items, onChange });
  useEffect(() => {
    latest.current = { items, onChange };
  });

  const changeAt = useCallback((index: number, next: ItemRow) => {
    const { items: current, onChange: send } = latest.current;
    send(current.map((entry, position) => (position === index ? next : entry)));
  }, []);

  const move = useCallback(
    (index: number, delta: -1 | 1) => {
      const { items: current, onChange: send } = latest.current;
      send(moveAt(current, index, delta));
      // The button pressed now belongs to another question: follow the moved one.
      const label = t(delta === -1 ? 'questionnaireTemplates:items.moveUp' : 'questionnaireTemplates:items.moveDown', { number: index + 1 + delta });
      requestAnimationFrame(() => {
        const button = document.querySelector<HTMLButtonElement>(`button[aria-label="${CSS.escape(label)}"]`);
        if (button && !button.disabled) button.focus();
        else document.querySelector<HTMLElement>(`[data-item-wording="${current[index]!.key}"]`)?.focus();
      });
    },
    [t],
  );

  const askDelete = useCallback((index: number) => setDeleting(index), []);

  const remove = (index: number) => {
    focusKey.current = (items[index + 1] ?? items[index - 1])?.key ?? null;
    onChange(items.filter((_, position) => position !== index));
    setDeleting(null);
  };

  const listError = typeof errors.items === 'string' && errors.items !== '' ? errors.items : undefined;
  const doomed = deleting === null ? undefined : items[deleting];

  return (
    <Stack gap="sm">
      {items.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('questionnaireTemplates:items.empty')}
        </Text>
      ) : (
        <Stack gap="sm" component="ol" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {items.map((row, index) => (
            <ItemEditor
              key={row.key}
              row={row}
              index={index}
              count={items.length}
              audience={audience}
              locked={locked}
              errors={errors}
              onChange={changeAt}
              onMove={move}
              onDelete={askDelete}
            />
          ))}
        </Stack>
      )}
      {listError && (
        <Text size="sm" c="red" role="alert">
          {listError}
        </Text>
      )}
      <Group justify="space-between">
        {!locked ? (
          <Button variant="light" leftSection={<IconPlus size={16} />} onClick={add} disabled={items.length >= MAX_ITEMS}>
            {t('questionnaireTemplates:items.add')}
          </Button>
        ) : (
          <span />
        )}
        <Text size="sm" c="dimmed">
          {t('questionnaireTemplates:items.count', { count: items.length })}
        </Text>
      </Group>
      <ConfirmDialog
        opened={doomed !== undefined}
        title={t('questionnaireTemplates:items.deleteTitle', { number: (deleting ?? 0) + 1 })}
        message={t('questionnaireTemplates:items.deleteMessage', {
          wording: doomed?.wordingFr.trim() || t('questionnaireTemplates:items.untitled'),
        })}
        confirmLabel={t('questionnaireTemplates:items.deleteConfirm')}
        danger
        onConfirm={() => deleting !== null && remove(deleting)}
        onClose={() => setDeleting(null)}
      />
    </Stack>
  );
}
