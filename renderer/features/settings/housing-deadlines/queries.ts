import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';
import type { InputOf } from '../../../../shared/api/contract';

const housingDeadlineKeys = {
  settings: ['housingSettings'] as const,
};

export function useHousingDeadlines() {
  return useQuery({
    queryKey: housingDeadlineKeys.settings,
    queryFn: async () => unwrap(await api.housingSettings.get({})),
  });
}

export function useUpdateHousingDeadlines() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: InputOf<'housingSettings', 'update'>) => unwrap(await api.housingSettings.update(input)),
    // Dates on many screens come from these lengths (alerts, tasks, the home screen): refresh them all, except a
    // household's sheet, whose every read is audited as a 'view' and must only happen when someone opens it.
    onSuccess: () =>
      queryClient.invalidateQueries({ predicate: (query) => !(query.queryKey[0] === 'housing' && query.queryKey[1] === 'household') }),
  });
}
