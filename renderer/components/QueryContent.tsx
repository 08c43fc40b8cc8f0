import type { ReactNode } from 'react';
import { Skeleton, Stack } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import { QueryFailure } from './QueryFailure';

/** A sheet's body while its record loads: the failure with a retry, a skeleton, then the record. */
export function QueryContent<T>({ query, children }: { query: UseQueryResult<T>; children: (data: T) => ReactNode }) {
  if (query.isError) return <QueryFailure error={query.error} onRetry={() => void query.refetch()} />;
  if (query.data === undefined) {
    return (
      <Stack gap="sm" aria-busy="true">
        <Skeleton height={20} />
        <Skeleton height={20} />
        <Skeleton height={120} />
      </Stack>
    );
  }
  return <>{children(query.data)}</>;
}
