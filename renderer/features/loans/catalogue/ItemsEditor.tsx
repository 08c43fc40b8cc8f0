import { useEffect, useRef } from 'react';
import { ActionIcon, Button, Group, NumberInput, Select, Stack, Table, Text, TextInput, Tooltip, VisuallyHidden } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ITEM_KINDS, type ItemKind } from '../../../../shared/domain/loans/exhibitions';
import { addItemRow, moveItemRow, removeItemRow, type ItemRow } from '../model/exhibition-form-values';

interface ItemsEditorProps {
  items: ItemRow[];
  onChange(items: ItemRow[]): void;
  /** Messages by path (`items.2.label`) and for the list as a whole (`items`). */
  errors: Record<string, unknown>;
}

const asMessage = (value: unknown) => (typeof value === 'string' && value !== '' ? value : undefined);

/**
 * The panels, roll-ups, crates (or a circuit's stops), in printed order. Each row has its number, kind and
 * label; buttons add, move and remove rows, and a new row's label takes the focus.
 */
export function ItemsEditor({ items, onChange, errors }: ItemsEditorProps) {
  const { t } = useTranslation();
  const kinds = ITEM_KINDS.map((kind) => ({ value: kind, label: t(`exhibitions:itemKinds.${kind}`) }));
  const focusKey = useRef<string | null>(null);
  const labels = useRef(new Map<string, HTMLInputElement>());

  useEffect(() => {
    if (focusKey.current) {
      labels.current.get(focusKey.current)?.focus();
      focusKey.current = null;
    }
  });

  const update = (index: number, changes: Partial<ItemRow>) => onChange(items.map((row, position) => (position === index ? { ...row, ...changes } : row)));
  const add = () => {
    const next = addItemRow(items);
    focusKey.current = next.at(-1)!.key;
    onChange(next);
  };

  const remove = (index: number) => {
    // The focus goes to the row that takes its place (or the one above), not back to the top of the page.
    focusKey.current = (items[index + 1] ?? items[index - 1])?.key ?? null;
    onChange(removeItemRow(items, index));
  };

  return (
    <Stack gap="xs">
      {items.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('exhibitions:itemsEditor.empty')}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={600} type="native">
          <Table verticalSpacing={6} horizontalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={90}>{t('fields.number')}</Table.Th>
                <Table.Th w={160}>{t('fields.kind')}</Table.Th>
                <Table.Th>{t('fields.label')}</Table.Th>
                <Table.Th w={112}>
                  <VisuallyHidden>{t('common.actions')}</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((row, index) => {
                const position = index + 1;
                const name = row.label.trim() || t('exhibitions:itemsEditor.row', { position });
                return (
                  <Table.Tr key={row.key}>
                    <Table.Td>
                      <NumberInput
                        size="xs"
                        aria-label={t('exhibitions:itemsEditor.numberOf', { position })}
                        min={1}
                        max={999}
                        allowDecimal={false}
                        allowNegative={false}
                        hideControls
                        value={row.number}
                        error={asMessage(errors[`items.${index}.number`])}
                        onChange={(number) => update(index, { number })}
                      />
                    </Table.Td>
                    <Table.Td>
                      <Select<ItemKind>
                        size="xs"
                        aria-label={t('exhibitions:itemsEditor.kindOf', { position })}
                        data={kinds}
                        allowDeselect={false}
                        value={row.kind}
                        comboboxProps={{ withinPortal: true }}
                        onChange={(kind) => kind && update(index, { kind })}
                      />
                    </Table.Td>
                    <Table.Td>
                      <TextInput
                        size="xs"
                        ref={(element) => {
                          if (element) labels.current.set(row.key, element);
                          else labels.current.delete(row.key);
                        }}
                        aria-label={t('exhibitions:itemsEditor.labelOf', { position })}
                        placeholder={t('exhibitions:itemsEditor.labelPlaceholder')}
                        maxLength={200}
                        value={row.label}
                        error={asMessage(errors[`items.${index}.label`])}
                        onChange={(event) => update(index, { label: event.currentTarget.value })}
                      />
                    </Table.Td>
                    <Table.Td>
                      <Group gap={2} wrap="nowrap" justify="flex-end">
                        <Tooltip label={t('exhibitions:itemsEditor.moveUp')}>
                          <ActionIcon
                            variant="subtle"
                            color="gray"
                            disabled={index === 0}
                            aria-label={t('exhibitions:itemsEditor.moveUpOf', { name })}
                            onClick={() => onChange(moveItemRow(items, index, -1))}
                          >
                            <IconArrowUp size={16} />
                          </ActionIcon>
                        </Tooltip>
                        <Tooltip label={t('exhibitions:itemsEditor.moveDown')}>
                          <ActionIcon
                            variant="subtle"
                            color="gray"
                            disabled={index === items.length - 1}
                            aria-label={t('exhibitions:itemsEditor.moveDownOf', { name })}
                            onClick={() => onChange(moveItemRow(items, index, 1))}
                          >
                            <IconArrowDown size={16} />
                          </ActionIcon>
                        </Tooltip>
                        <Tooltip label={t('exhibitions:itemsEditor.remove')}>
                          <ActionIcon
                            variant="subtle"
                            color="red"
                            aria-label={t('exhibitions:itemsEditor.removeOf', { name })}
                            onClick={() => remove(index)}
                          >
                            <IconTrash size={16} />
                          </ActionIcon>
                        </Tooltip>
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {asMessage(errors.items) && (
        <Text size="sm" c="red" role="alert">
          {asMessage(errors.items)}
        </Text>
      )}
      <Group justify="space-between" gap="xs">
        <Button variant="light" size="xs" leftSection={<IconPlus size={16} />} onClick={add} disabled={items.length >= 200}>
          {t('exhibitions:itemsEditor.add')}
        </Button>
        <Text size="xs" c="dimmed">
          {t('exhibitions:itemsEditor.count', { count: items.length })}
        </Text>
      </Group>
    </Stack>
  );
}
