import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { ApiResult } from '../../../shared/api/result';
import type { InputOf } from '../../../shared/api/contract';
import { calendarKeys } from '../calendar';
import { exhibitionKeys, loanKeys } from './queries';

/**
 * Any change to an exhibition or a loan can change what the loans list, the catalogue (flagged items, loan
 * counts), the availability grid, the home screen's reminders and the calendar (linked visits) show.
 */
function useInvalidateAll() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: exhibitionKeys.all }),
      queryClient.invalidateQueries({ queryKey: loanKeys.all }),
      queryClient.invalidateQueries({ queryKey: calendarKeys.events }),
    ]);
}

/** One change through the API; every exhibition and loan view refreshes once it succeeds. */
export function useExhibitionMutation<Input, Output>(send: (input: Input) => Promise<ApiResult<Output>>) {
  const invalidate = useInvalidateAll();
  return useMutation({
    mutationFn: async (input: Input) => unwrap(await send(input)),
    onSuccess: invalidate,
  });
}

/** Saves a request: create, or update when an id is given. */
export function useSaveLoan() {
  return useExhibitionMutation(async ({ id, ...fields }: InputOf<'loans', 'create'> & { id?: number }) =>
    id === undefined ? api.loans.create(fields) : api.loans.update({ ...fields, id }),
  );
}

export function useSaveExhibition() {
  return useExhibitionMutation(async ({ id, ...fields }: InputOf<'exhibitions', 'create'> & { id?: number }) =>
    id === undefined ? api.exhibitions.create(fields) : api.exhibitions.update({ ...fields, id }),
  );
}

/**
 * Adds a contact to a school from the loan form, through the directory's own channel; the directory's lists
 * (and the loan form's list of the school's contacts) are refreshed once it is saved.
 */
export function useAddSchoolContact() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: InputOf<'contacts', 'create'>) => unwrap(await api.contacts.create(input)),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['directory'] }),
  });
}
