import type { ReactNode } from 'react';
import { Box, Text } from '@mantine/core';

/** One term and its description in a record's sheet (a <dt>/<dd> pair). */
export function DetailRow({ term, children }: { term: string; children: ReactNode }) {
  return (
    <Box>
      <Text component="dt" size="xs" fw={600} c="dimmed" tt="uppercase" style={{ letterSpacing: '0.03em' }}>
        {term}
      </Text>
      <Text component="dd" size="sm" m={0}>
        {children}
      </Text>
    </Box>
  );
}
