import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';

/**
 * Under ['housing', …]: any change in the housing section (which invalidates ['housing']) refreshes the home
 * figures. Registrations live under their own key, so the home also refetches when it is shown again and
 * every few minutes, as a home screen stays open.
 */
const housingHomeKey = ['housing', 'home'] as const;

export function useHousingHome() {
  return useQuery({
    queryKey: housingHomeKey,
    queryFn: async () => unwrap(await api.housingReports.home({})),
    staleTime: 30_000,
    refetchOnMount: 'always',
    refetchInterval: 5 * 60_000,
  });
}
