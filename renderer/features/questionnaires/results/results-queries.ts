import { keepPreviousData, useMutation, useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';
import type { AnalysisScope, PairingReview } from '../../../../shared/domain/questionnaires/analysis';
import { scopeKey } from './scope-model';

/** Query keys of the results view; under ['questionnaires'] so the section's invalidations reach them. */
const resultKeys = {
  all: ['questionnaires', 'results'] as const,
  templates: ['questionnaires', 'results', 'templates'] as const,
  analyses: ['questionnaires', 'results', 'analysis'] as const,
  analysis: (templateId: number, scope: AnalysisScope) => ['questionnaires', 'results', 'analysis', templateId, scopeKey(scope)] as const,
  feedback: (scope: AnalysisScope) => ['questionnaires', 'results', 'feedback', scopeKey(scope)] as const,
  pairing: (administrationId: number) => ['questionnaires', 'results', 'pairing', administrationId] as const,
  forms: (administrationId: number) => ['questionnaires', 'results', 'forms', administrationId] as const,
};

/** Every template, archived versions included: answers collected with an old version are still results. */
export function useResultTemplates() {
  return useQuery({
    queryKey: resultKeys.templates,
    queryFn: async () => unwrap(await api.questionnaires.templates({ includeArchived: true })),
    staleTime: 60_000,
  });
}

/** The analysis of a scope; the previous one stays on screen (dimmed) while the next one loads. */
export function useAnalysis(templateId: number | null, scope: AnalysisScope | null) {
  return useQuery({
    queryKey: resultKeys.analysis(templateId ?? 0, scope ?? { kind: 'all' }),
    queryFn: async () => unwrap(await api.questionnaireResults.analysis({ templateId: templateId!, scope: scope! })),
    enabled: templateId !== null && scope !== null,
    placeholderData: keepPreviousData,
  });
}

export function useFeedback(scope: AnalysisScope | null) {
  return useQuery({
    queryKey: resultKeys.feedback(scope ?? { kind: 'all' }),
    queryFn: async () => unwrap(await api.questionnaireResults.feedback({ scope: scope! })),
    enabled: scope !== null,
    placeholderData: keepPreviousData,
  });
}

export function usePairing(administrationId: number | null) {
  return useQuery({
    queryKey: resultKeys.pairing(administrationId ?? 0),
    queryFn: async () => unwrap(await api.questionnaireResults.pairing({ administrationId: administrationId! })),
    enabled: administrationId !== null,
  });
}

/** The reviews of the classes walked through in the pairing review, each under the key usePairing reads. */
export function usePairings(administrationIds: readonly number[]) {
  return useQueries({
    queries: administrationIds.map((administrationId) => ({
      queryKey: resultKeys.pairing(administrationId),
      queryFn: async () => unwrap(await api.questionnaireResults.pairing({ administrationId })),
    })),
  });
}

/**
 * The forms of an administration with their answers, for the side-by-side comparison of a candidate. Its own
 * key: the entry grid's copy is read once and kept (staleTime Infinity), this one is read fresh.
 */
export function useFormAnswers(administrationId: number | null) {
  return useQuery({
    queryKey: resultKeys.forms(administrationId ?? 0),
    queryFn: async () => unwrap(await api.questionnaires.responses({ administrationId: administrationId! })),
    enabled: administrationId !== null,
  });
}

export type PairDecision = 'accept' | 'reject' | 'undecided';

/**
 * Accepts, rejects or takes back a decision about a candidate. The answer is the class's review as it now
 * stands: it replaces the open review at once, and the analyses are read again (their pairs changed).
 */
export function useDecidePair(administrationId: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (input: { beforeResponseId: number; afterResponseId: number; decision: PairDecision }) =>
      unwrap(await api.questionnaireResults.decidePair(input)),
    onSuccess: (review: PairingReview) => {
      client.setQueryData(resultKeys.pairing(administrationId), review);
      void client.invalidateQueries({ queryKey: resultKeys.analyses });
    },
    // Refused (the codes changed since, or a form is already paired): read the review as it now stands.
    onError: () => void client.invalidateQueries({ queryKey: resultKeys.pairing(administrationId) }),
  });
}
