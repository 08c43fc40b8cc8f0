import type { ReactNode } from 'react';
import { Fieldset, Switch, Text } from '@mantine/core';

/**
 * A part of the registration that only some cases have (a forwarded request, a move, an absence): a switch, and
 * its dates once switched on. Off, the part is sent as null.
 */
export function OptionalSection({ label, hint, checked, onChange, children }: { label: string; hint: string; checked: boolean; onChange(on: boolean): void; children: ReactNode }) {
  return (
    <Fieldset radius="md" p="sm" variant={checked ? 'default' : 'filled'}>
      <Switch label={label} checked={checked} onChange={(event) => onChange(event.currentTarget.checked)} />
      <Text size="xs" c="dimmed" mt={4} ml={54}>
        {hint}
      </Text>
      {checked && children}
    </Fieldset>
  );
}
