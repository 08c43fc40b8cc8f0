import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { InputOf } from '../../../shared/api/contract';
import { calendarKeys } from '../calendar';

/**
 * Query keys of exhibitions and loans. Everything sits under two roots, ['exhibitions'] and ['loans'], which
 * the home screen and the availability grid read too: every change refreshes both roots (see mutations.ts).
 */
export const exhibitionKeys = {
  all: ['exhibitions'] as const,
  list: (includeArchived: boolean) => ['exhibitions', 'list', { includeArchived }] as const,
  detail: (id: number) => ['exhibitions', 'detail', id] as const,
};

export const loanKeys = {
  all: ['loans'] as const,
  list: (input: InputOf<'loans', 'list'>) => ['loans', 'list', input] as const,
  detail: (id: number) => ['loans', 'detail', id] as const,
  waiting: ['loans', 'waiting'] as const,
};

export function useExhibitions(includeArchived = false) {
  return useQuery({
    queryKey: exhibitionKeys.list(includeArchived),
    queryFn: async () => unwrap(await api.exhibitions.list({ includeArchived })),
    placeholderData: keepPreviousData,
  });
}

export function useExhibition(id: number | null) {
  return useQuery({
    queryKey: exhibitionKeys.detail(id ?? 0),
    queryFn: async () => unwrap(await api.exhibitions.get({ id: id! })),
    enabled: id !== null,
  });
}

export function useLoans(input: InputOf<'loans', 'list'>) {
  return useQuery({
    queryKey: loanKeys.list(input),
    queryFn: async () => unwrap(await api.loans.list(input)),
    placeholderData: keepPreviousData,
  });
}

/** Waiting requests and whether their period is free again (issue 17); refreshed with every loan change. */
export function useWaitingRequests() {
  return useQuery({
    queryKey: loanKeys.waiting,
    queryFn: async () => unwrap(await api.loans.waiting({})),
  });
}

export function useLoan(id: number | null) {
  return useQuery({
    queryKey: loanKeys.detail(id ?? 0),
    queryFn: async () => unwrap(await api.loans.get({ id: id! })),
    enabled: id !== null,
  });
}

/** The calendar's exhibition visits within a loan's days, to link them to it. */
export function useVisitOptions(range: { from: string; to: string } | null) {
  const input: InputOf<'events', 'list'> = { from: range?.from ?? '', to: range?.to ?? '', types: ['exhibition_visit'] };
  return useQuery({
    queryKey: calendarKeys.eventList(input),
    queryFn: async () => unwrap(await api.events.list(input)),
    enabled: range !== null,
    placeholderData: keepPreviousData,
    staleTime: 30_000,
  });
}

/**
 * The contacts of one school, for a loan's contact person (issue 17). Kept under the directory's root key, so
 * a contact added or changed in the directory refreshes the loan form's list too.
 */
export const schoolContactsKey = (schoolId: number) => ['directory', 'contacts', 'ofSchool', schoolId] as const;

export function useSchoolContacts(schoolId: number) {
  return useQuery({
    queryKey: schoolContactsKey(schoolId),
    queryFn: async () => unwrap(await api.contacts.list({ schoolId, sortBy: 'lastName', limit: 500 })).rows,
  });
}
