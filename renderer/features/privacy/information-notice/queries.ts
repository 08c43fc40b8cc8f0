import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';
import type { InputOf } from '../../../../shared/api/contract';

/** The information notice's settings (issue 20): the languages offered and the DPO contact. No personal data. */
const noticeKeys = {
  languages: ['informationNotice', 'languages'] as const,
  settings: ['informationNotice', 'settings'] as const,
};

export function useNoticeLanguages(enabled = true) {
  return useQuery({ queryKey: noticeKeys.languages, queryFn: async () => unwrap(await api.informationNotice.languages({})), enabled });
}

export function useSaveNoticeLanguages() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: InputOf<'informationNotice', 'saveLanguages'>) => unwrap(await api.informationNotice.saveLanguages(input)),
    onSuccess: (saved) => queryClient.setQueryData(noticeKeys.languages, saved),
  });
}

export function useNoticeSettings(enabled = true) {
  return useQuery({ queryKey: noticeKeys.settings, queryFn: async () => unwrap(await api.informationNotice.settings({})), enabled });
}

export function useSaveNoticeSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: InputOf<'informationNotice', 'saveSettings'>) => unwrap(await api.informationNotice.saveSettings(input)),
    onSuccess: (saved) => queryClient.setQueryData(noticeKeys.settings, saved),
  });
}

/**
 * Records that a household was given the notice. The household's sheet is not read again (each read is
 * audited as a 'view'): the block shows what the server answered.
 */
export function useRecordNotice() {
  return useMutation({
    mutationFn: async (input: InputOf<'informationNotice', 'record'>) => unwrap(await api.informationNotice.record(input)),
  });
}
