import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';
import { directoryKeys } from '../directory-queries';

/**
 * A school's page for one school year. Under the directory's root key, so a change in the directory refreshes
 * it; activities, loans and questionnaires are changed on other pages, and are read again when it opens.
 */
export function useSchoolOverview(schoolId: number | null, schoolYear: string | null) {
  return useQuery({
    queryKey: [...directoryKeys.all, 'schools', 'overview', schoolId, schoolYear ?? 'current'] as const,
    queryFn: async () => unwrap(await api.schools.overview(schoolYear ? { id: schoolId!, schoolYear } : { id: schoolId! })),
    enabled: schoolId !== null,
    placeholderData: keepPreviousData,
  });
}
