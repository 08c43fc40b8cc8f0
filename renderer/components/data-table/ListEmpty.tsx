import type { ReactNode } from 'react';
import { EmptyState } from '@mantine/core';

interface ListEmptyProps {
  icon: ReactNode;
  title: string;
  description: string;
  /** A way out: create the first record, or clear the filters. */
  action?: ReactNode;
}

/** What an empty list says: nothing recorded yet, or nothing matching the search and filters. */
export function ListEmpty({ icon, title, description, action }: ListEmptyProps) {
  return (
    <EmptyState py={48} px="md" icon={icon} withIndicatorBackground title={title} description={description}>
      {action && <EmptyState.Actions>{action}</EmptyState.Actions>}
    </EmptyState>
  );
}
