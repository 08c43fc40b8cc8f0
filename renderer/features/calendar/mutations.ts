import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { InputOf } from '../../../shared/api/contract';
import { calendarKeys } from './queries';

/** Any change to an event can change what every cached range shows. */
function useInvalidateEvents() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: calendarKeys.events });
}

function useInvalidateHolidays() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: calendarKeys.holidays });
}

export function useCreateEvent() {
  const invalidate = useInvalidateEvents();
  return useMutation({
    mutationFn: async (input: InputOf<'events', 'create'>) => unwrap(await api.events.create(input)),
    onSuccess: invalidate,
  });
}

export function useUpdateEvent() {
  const invalidate = useInvalidateEvents();
  return useMutation({
    mutationFn: async (input: InputOf<'events', 'update'>) => unwrap(await api.events.update(input)),
    onSuccess: invalidate,
  });
}

/** Drops, resizes and the keyboard move form. Failures come back as data: the caller reverts and explains. */
export function useMoveEvent() {
  const invalidate = useInvalidateEvents();
  return useMutation({
    mutationFn: async (input: InputOf<'events', 'move'>) => unwrap(await api.events.move(input)),
    onSuccess: invalidate,
  });
}

export function useDeleteEvent() {
  const invalidate = useInvalidateEvents();
  return useMutation({
    mutationFn: async (input: InputOf<'events', 'delete'>) => unwrap(await api.events.delete(input)),
    onSuccess: invalidate,
  });
}

export function useSaveHoliday() {
  const invalidate = useInvalidateHolidays();
  return useMutation({
    mutationFn: async ({ id, ...fields }: InputOf<'holidays', 'create'> & { id?: number }) =>
      unwrap(id === undefined ? await api.holidays.create(fields) : await api.holidays.update({ ...fields, id })),
    onSuccess: invalidate,
  });
}

export function useDeleteHoliday() {
  const invalidate = useInvalidateHolidays();
  return useMutation({
    mutationFn: async (input: InputOf<'holidays', 'delete'>) => unwrap(await api.holidays.delete(input)),
    onSuccess: invalidate,
  });
}
