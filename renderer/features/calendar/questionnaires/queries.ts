import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';
import type { InputOf } from '../../../../shared/api/contract';

const questionnaireKeys = {
  all: ['questionnaires'] as const,
  templates: ['questionnaires', 'templates'] as const,
  administrations: (eventId: number) => ['questionnaires', 'administrations', eventId] as const,
};

/** The administrations of one event (a teacher sees those of their own classes' events). */
export function useAdministrations(eventId: number) {
  return useQuery({
    queryKey: questionnaireKeys.administrations(eventId),
    queryFn: async () => unwrap(await api.questionnaires.administrations({ eventId })),
  });
}

/** The templates that can be given; only loaded when a form needs them. */
export function useQuestionnaireTemplates(enabled: boolean) {
  return useQuery({
    queryKey: questionnaireKeys.templates,
    queryFn: async () => unwrap(await api.questionnaires.templates({})),
    enabled,
    staleTime: 60_000,
  });
}

function useInvalidateAdministrations(eventId: number) {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: questionnaireKeys.administrations(eventId) });
}

export function useCreateAdministration(eventId: number) {
  const invalidate = useInvalidateAdministrations(eventId);
  return useMutation({
    mutationFn: async (input: InputOf<'questionnaires', 'createAdministration'>) => unwrap(await api.questionnaires.createAdministration(input)),
    onSuccess: invalidate,
  });
}

export function useDeleteAdministration(eventId: number) {
  const invalidate = useInvalidateAdministrations(eventId);
  return useMutation({
    mutationFn: async (id: number) => unwrap(await api.questionnaires.deleteAdministration({ id })),
    onSuccess: invalidate,
  });
}
