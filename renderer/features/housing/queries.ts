import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { InputOf } from '../../../shared/api/contract';

/** Query keys of the housing section: one root, refreshed after every change (see mutations.ts). */
export const housingKeys = {
  all: ['housing'] as const,
  providers: (input: InputOf<'housing', 'providers'>) => ['housing', 'providers', input] as const,
  units: (input: InputOf<'housing', 'units'>) => ['housing', 'units', input] as const,
  unit: (id: number) => ['housing', 'unit', id] as const,
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
