// The answer import's state: the file read as base64, the mapping, the preview the server makes of them, the commit.
import { useEffect, useMemo, useRef, useState } from 'react';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useDebouncedValue } from '@mantine/hooks';
import type { AnswerImportMapping, AnswerImportPreview } from '../../../../shared/domain/questionnaires/answer-import';
import type { ApiError } from '../../../../shared/api/result';
import { api, apiErrorOf, unwrap } from '../../../api/client';
import { MAX_IMPORT_BYTES, fileToBase64 } from '../../../components/csv-import/base64';
import { useFormatters } from '../../../i18n/format';
import { questionnaireKeys } from '../queries';
import type { MappingChoice } from './import-model';

export interface ChosenFile {
  name: string;
  size: number;
  base64: string;
  /** Changes with every file chosen: the preview's cache key, instead of megabytes of base64. */
  token: number;
}

/** Mapping edits come in bursts (several labels in a row): the preview waits for a short pause. */
const PREVIEW_PAUSE_MS = 250;

let tokens = 0;

const previewKey = (administrationId: number, token: number, mapping: MappingChoice) =>
  ['questionnaireImport', 'preview', administrationId, token, mapping] as const;

export function useAnswerImport(administrationId: number) {
  const queryClient = useQueryClient();
  const [file, setFile] = useState<ChosenFile | null>(null);
  const [mapping, setMapping] = useState<MappingChoice>(null);
  const [readFailure, setReadFailure] = useState<ApiError | null>(null);
  const [reading, setReading] = useState(false);
  const format = useFormatters();
  const token = file?.token ?? 0;
  const latest = useMemo(() => ({ token, mapping }), [token, mapping]);
  const [paused] = useDebouncedValue(latest, PREVIEW_PAUSE_MS);
  // The first preview of a file (mapping null) and its suggestion go at once; later edits wait for the pause.
  const effective = mapping === null || paused.token !== token || paused.mapping === null ? mapping : paused.mapping;

  const preview = useQuery({
    queryKey: previewKey(administrationId, file?.token ?? 0, effective),
    enabled: file !== null,
    placeholderData: keepPreviousData,
    staleTime: Infinity,
    retry: false,
    queryFn: async () => unwrap(await api.questionnaireImport.preview({ administrationId, file: file!.base64, mapping: effective })),
  });

  // A refused mapping (VALIDATION on `mapping.…`) leaves the last good preview on screen, so the user can
  // still change what was refused; a new file starts afresh.
  const [lastGood, setLastGood] = useState<{ token: number; data: AnswerImportPreview } | null>(null);
  useEffect(() => {
    if (file && preview.data && !preview.isPlaceholderData) setLastGood({ token: file.token, data: preview.data });
  }, [file, preview.data, preview.isPlaceholderData]);
  const shown = preview.data ?? (lastGood !== null && lastGood.token === file?.token ? lastGood.data : null);

  // The server's suggestion becomes the mapping the user edits; its preview is already the one shown.
  const adopted = useRef<number | null>(null);
  useEffect(() => {
    if (!file || mapping !== null || !preview.data || preview.isPlaceholderData || adopted.current === file.token) return;
    adopted.current = file.token;
    queryClient.setQueryData(previewKey(administrationId, file.token, preview.data.mapping), preview.data);
    setMapping(preview.data.mapping);
  }, [administrationId, file, mapping, preview.data, preview.isPlaceholderData, queryClient]);

  const choose = async (chosen: File): Promise<void> => {
    setReadFailure(null);
    if (chosen.size > MAX_IMPORT_BYTES) {
      setReadFailure({ code: 'VALIDATION', message: 'file too large', reason: 'importTooLarge', params: { max: format.bytes(MAX_IMPORT_BYTES) } });
      return;
    }
    setReading(true);
    try {
      const base64 = await fileToBase64(chosen);
      tokens += 1;
      setMapping(null);
      setFile({ name: chosen.name, size: chosen.size, base64, token: tokens });
    } catch {
      // The browser could not read the file (moved, or no permission): said as an unexpected error.
      setReadFailure({ code: 'INTERNAL', message: 'file unreadable' });
    } finally {
      setReading(false);
    }
  };

  const commit = useMutation({
    mutationFn: async (sentMapping: AnswerImportMapping) => unwrap(await api.questionnaireImport.commit({ administrationId, file: file!.base64, mapping: sentMapping })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: questionnaireKeys.all }),
  });
  // A refused import is about the file and mapping it was sent with: any change makes its message stale.
  const { reset } = commit;
  useEffect(() => reset(), [file, mapping, reset]);

  // The preview shown matches the mapping on screen only once the pause is over and the answer is in.
  const current = preview.data !== undefined && !preview.isPlaceholderData && !preview.isFetching && mapping !== null && effective === mapping;

  return {
    file,
    mapping,
    setMapping,
    choose,
    reading,
    readFailure,
    preview: shown,
    previewError: preview.error ? apiErrorOf(preview.error) : null,
    previewing: preview.isFetching || (mapping !== null && effective !== mapping),
    current,
    retry: () => void preview.refetch(),
    commit,
  };
}
