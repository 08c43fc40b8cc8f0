import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';

export const processingRegisterKeys = {
  view: ['processingRegister', 'view'] as const,
};

/** The register of processing (administrators only): table names, counts and the catalogue's texts, nothing personal. */
export function useProcessingRegister(enabled: boolean) {
  return useQuery({
    queryKey: processingRegisterKeys.view,
    queryFn: async () => unwrap(await api.processingRegister.view({})),
    enabled,
  });
}
