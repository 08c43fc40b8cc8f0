import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';

/**
 * The directory's records as options for other features' pickers and filters (the activity form, the
 * calendar's filter, the questionnaire results' scope): enough for a city's schools; a failure leaves the
 * picker empty. Kept apart from the directory's own lists, a minute fresh.
 */
const OPTION_LIMIT = 500;

export const optionKeys = {
  schools: ['schools', 'options'] as const,
  partners: ['partners', 'options'] as const,
  facilitators: ['partners', 'facilitators', 'options'] as const,
  classes: (schoolId: number, schoolYear: string) => ['classes', 'options', schoolId, schoolYear] as const,
};

export function useSchoolOptions(enabled = true) {
  return useQuery({
    queryKey: optionKeys.schools,
    queryFn: async () => unwrap(await api.schools.list({ sortBy: 'name', limit: OPTION_LIMIT })).rows,
    enabled,
    staleTime: 60_000,
  });
}

export function usePartnerOptions(enabled = true) {
  return useQuery({
    queryKey: optionKeys.partners,
    queryFn: async () => unwrap(await api.partners.list({ sortBy: 'name', limit: OPTION_LIMIT })).rows,
    enabled,
    staleTime: 60_000,
  });
}

export function useFacilitatorOptions() {
  return useQuery({
    queryKey: optionKeys.facilitators,
    queryFn: async () => unwrap(await api.partners.facilitators({})),
    staleTime: 60_000,
  });
}

export function useClassOptions(schoolId: number | null, schoolYear: string) {
  return useQuery({
    queryKey: optionKeys.classes(schoolId ?? 0, schoolYear),
    queryFn: async () => unwrap(await api.classes.list({ schoolId: schoolId!, schoolYear, sortBy: 'name', limit: OPTION_LIMIT })).rows,
    enabled: schoolId !== null,
    staleTime: 60_000,
  });
}
