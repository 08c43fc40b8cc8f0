import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';
import type { ReportPeriod } from './period';

/** Under ['housing', …]: refreshed by any change in the housing section. */
export function useHousingReport(period: ReportPeriod, enabled: boolean) {
  return useQuery({
    queryKey: ['housing', 'report', period.from, period.to] as const,
    queryFn: async () => unwrap(await api.housingReports.report(period)),
    placeholderData: keepPreviousData,
    enabled,
    retry: false,
  });
}
