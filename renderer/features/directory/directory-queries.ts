import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { InputOf } from '../../../shared/api/contract';
import type { ApiResult } from '../../../shared/api/result';

/**
 * Query keys of the directory. Everything sits under one root: a school renamed or deleted changes the
 * classes and contacts lists too, so any change refreshes every directory list on screen.
 */
export const directoryKeys = {
  all: ['directory'] as const,
  list: (domain: 'schools' | 'classes' | 'contacts' | 'partners', input: object) => ['directory', domain, 'list', input] as const,
  schoolOptions: (search: string) => ['directory', 'schools', 'options', search] as const,
  partnerOptions: ['directory', 'partners', 'options'] as const,
  teachersOf: (schoolId: number) => ['directory', 'contacts', 'teachersOf', schoolId] as const,
  teacherAccounts: ['directory', 'contacts', 'teacherAccounts'] as const,
  facilitators: (input: object) => ['directory', 'facilitators', input] as const,
};

export function useSchools(input: InputOf<'schools', 'list'>) {
  return useQuery({
    queryKey: directoryKeys.list('schools', input),
    queryFn: async () => unwrap(await api.schools.list(input)),
    placeholderData: keepPreviousData,
  });
}

export function useClasses(input: InputOf<'classes', 'list'>) {
  return useQuery({
    queryKey: directoryKeys.list('classes', input),
    queryFn: async () => unwrap(await api.classes.list(input)),
    placeholderData: keepPreviousData,
  });
}

export function useContacts(input: InputOf<'contacts', 'list'>) {
  return useQuery({
    queryKey: directoryKeys.list('contacts', input),
    queryFn: async () => unwrap(await api.contacts.list(input)),
    placeholderData: keepPreviousData,
  });
}

export function usePartners(input: InputOf<'partners', 'list'>) {
  return useQuery({
    queryKey: directoryKeys.list('partners', input),
    queryFn: async () => unwrap(await api.partners.list(input)),
    placeholderData: keepPreviousData,
  });
}

/** A directory change (create, update, delete, import): every directory list is refreshed once it succeeds. */
export function useDirectoryMutation<Input, Output>(send: (input: Input) => Promise<ApiResult<Output>>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: Input) => unwrap(await send(input)),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: directoryKeys.all }),
  });
}
