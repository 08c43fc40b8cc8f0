import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';
import { AUDITED_READ } from '../queries';
import type { InputOf } from '../../../../shared/api/contract';
import type { ApiResult } from '../../../../shared/api/result';
import { DEFAULT_HOUSING_DEADLINES, type HousingDeadlineSettings } from '../../../../shared/domain/housing/deadlines';
import type { HousingRegistration } from '../../../../shared/domain/housing/registrations-api';

/** Query keys of the registrations section: the list and the tasks share one root, refreshed after every change. */
export const registrationKeys = {
  all: ['registrations'] as const,
  list: (input: InputOf<'registrations', 'list'>) => ['registrations', 'list', input] as const,
  tasks: ['registrations', 'tasks'] as const,
  /** Outside the root on purpose: invalidating the lists must not read (and audit) an open registration again. */
  registration: (id: number) => ['registration', id] as const,
};

/**
 * Every registration's summary, read once for the list, which searches, filters and sorts them on the screen
 * (model/registration-search.ts). Nothing decrypted, nothing audited.
 */
export function useRegistrationList() {
  return useQuery({
    queryKey: registrationKeys.list({}),
    queryFn: async () => unwrap(await api.registrations.list({})),
  });
}

/** Every open task (the "À faire" view sorts them: overdue, due soon, upcoming). */
export function useRegistrationTasks() {
  return useQuery({
    queryKey: registrationKeys.tasks,
    queryFn: async () => unwrap(await api.registrations.tasks({})),
  });
}

/**
 * One registration, decrypted: each read writes a 'view' row for its person to the housing audit log, so it is
 * read when the sheet opens, never on focus, on reconnect or in the background. Changes answer the new record,
 * which replaces this one without a second read (see useRegistrationMutation).
 */
export function useRegistration(id: number | null) {
  return useQuery({
    queryKey: registrationKeys.registration(id ?? 0),
    queryFn: async () => unwrap(await api.registrations.registration({ id: id! })),
    enabled: id !== null,
    ...AUDITED_READ,
  });
}

/** A change that answers the registration: the open sheet shows that answer as it is; the list and the tasks refresh. */
export function useRegistrationMutation<Input>(send: (input: Input) => Promise<ApiResult<HousingRegistration>>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: Input) => unwrap(await send(input)),
    onSuccess: async (saved) => {
      queryClient.setQueryData(registrationKeys.registration(saved.id), saved);
      await queryClient.invalidateQueries({ queryKey: registrationKeys.all });
    },
  });
}

/** Deleting a registration recorded by mistake: the list and the tasks refresh. */
export function useDeleteRegistration() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (id: number) => unwrap(await api.registrations.delete({ id })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: registrationKeys.all }),
  });
}

/** The deadline lengths in force, for the form's hints ("à transmettre dans les 5 jours"); the defaults until they load. */
export function useDeadlineSettings(): HousingDeadlineSettings {
  const settings = useQuery({
    // The settings screen's key: both read the same record.
    queryKey: ['housingSettings'],
    queryFn: async () => unwrap(await api.housingSettings.get({})),
  });
  return settings.data ?? DEFAULT_HOUSING_DEADLINES;
}
