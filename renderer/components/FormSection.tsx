import type { ReactNode } from 'react';
import { Fieldset } from '@mantine/core';

/** A titled group of a form's fields. */
export function FormSection({ legend, children }: { legend: string; children: ReactNode }) {
  return (
    <Fieldset legend={legend} radius="md" styles={{ legend: { fontWeight: 600, fontSize: 'var(--mantine-font-size-sm)' } }}>
      {children}
    </Fieldset>
  );
}
