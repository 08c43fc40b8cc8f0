import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';
import type { InputOf } from '../../../../shared/api/contract';
import type { RetentionRunKind } from '../../../../shared/domain/privacy/retention';

/** Retention (issue 20): the terms, what is past them, the runs. Every key starts with 'retention'. */
export const retentionKeys = {
  all: ['retention'] as const,
  rules: ['retention', 'rules'] as const,
  status: ['retention', 'status'] as const,
  history: ['retention', 'history'] as const,
  preview: (kind: RetentionRunKind) => ['retention', 'preview', kind] as const,
};

export function useRetentionRules() {
  return useQuery({ queryKey: retentionKeys.rules, queryFn: async () => unwrap(await api.retention.rules({})) });
}

export function useRetentionStatus(options: { enabled?: boolean } = {}) {
  return useQuery({ queryKey: retentionKeys.status, queryFn: async () => unwrap(await api.retention.status({})), enabled: options.enabled ?? true });
}

export function useRetentionHistory() {
  return useQuery({ queryKey: retentionKeys.history, queryFn: async () => unwrap(await api.retention.history({})) });
}

/** Fetched only when the user asks « Voir ce qui serait effacé » (`enabled`), and never refetched behind their back. */
export function useRetentionPreview(kind: RetentionRunKind, enabled: boolean) {
  return useQuery({
    queryKey: retentionKeys.preview(kind),
    queryFn: async () => unwrap(await api.retention.preview({ kind })),
    enabled,
    staleTime: Infinity,
    refetchOnWindowFocus: false,
  });
}

export function useSaveRetentionTerm() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: InputOf<'retention', 'saveRules'>) => unwrap(await api.retention.saveRules(input)),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: retentionKeys.all }),
  });
}

export function useRunRetention() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: InputOf<'retention', 'run'>) => unwrap(await api.retention.run(input)),
    // Erased people disappear from many screens (households, registrations, the home screen): refresh them, except
    // a household's sheet, whose every read is audited and must only happen when someone opens it.
    onSettled: () =>
      queryClient.invalidateQueries({ predicate: (query) => !(query.queryKey[0] === 'housing' && query.queryKey[1] === 'household') }),
  });
}
