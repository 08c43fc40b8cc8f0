import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { InputOf } from '../../../shared/api/contract';

/** Query keys of the housing section: one root, refreshed after every change (see mutations.ts). */
export const housingKeys = {
  all: ['housing'] as const,
  providers: (input: InputOf<'housing', 'providers'>) => ['housing', 'providers', input] as const,
  units: (input: InputOf<'housing', 'units'>) => ['housing', 'units', input] as const,
  unit: (id: number) => ['housing', 'unit', id] as const,
  households: (input: InputOf<'housing', 'households'>) => ['housing', 'households', input] as const,
  household: (id: number) => ['housing', 'household', id] as const,
  personCodes: (householdId: number) => ['housing', 'households', 'personCodes', householdId] as const,
};

export function useProviders(input: InputOf<'housing', 'providers'> = {}) {
  return useQuery({
    queryKey: housingKeys.providers(input),
    queryFn: async () => unwrap(await api.housing.providers(input)),
    placeholderData: keepPreviousData,
  });
}

export function useUnits(input: InputOf<'housing', 'units'>) {
  return useQuery({
    queryKey: housingKeys.units(input),
    queryFn: async () => unwrap(await api.housing.units(input)),
    placeholderData: keepPreviousData,
  });
}

export function useUnit(id: number | null) {
  return useQuery({
    queryKey: housingKeys.unit(id ?? 0),
    queryFn: async () => unwrap(await api.housing.unit({ id: id! })),
    enabled: id !== null,
  });
}

/** Households by code only: names are encrypted and never searched. Nothing decrypted, nothing audited. */
export function useHouseholds(input: InputOf<'housing', 'households'>) {
  return useQuery({
    queryKey: housingKeys.households(input),
    queryFn: async () => unwrap(await api.housing.households(input)),
    placeholderData: keepPreviousData,
  });
}

/**
 * One household with its people, decrypted. Every read writes 'view' rows to the audit log, so it is read when
 * the sheet opens and after a change to it, never on focus, on reconnect or in the background.
 */
/**
 * Query options for a read the server logs (a household's or a registration's decrypted record): read once when
 * the sheet opens, never again on focus, reconnect, retry or in the background, and forgotten when closed.
 */
export const AUDITED_READ = {
  staleTime: Infinity,
  gcTime: 0,
  retry: false,
  refetchOnWindowFocus: false,
  refetchOnReconnect: false,
  refetchOnMount: 'always',
} as const;

/** A household's people by code and birth year: nothing decrypted, nothing audited (unlike useHousehold). */
export function usePersonCodes(householdId: number | null) {
  return useQuery({
    queryKey: housingKeys.personCodes(householdId ?? 0),
    queryFn: async () => unwrap(await api.housing.personCodes({ householdId: householdId! })),
    enabled: householdId !== null,
  });
}

export function useHousehold(id: number | null) {
  return useQuery({
    queryKey: housingKeys.household(id ?? 0),
    queryFn: async () => unwrap(await api.housing.household({ id: id! })),
    enabled: id !== null,
    ...AUDITED_READ,
  });
}
