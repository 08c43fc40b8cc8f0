import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, apiErrorOf, unwrap } from '../../../api/client';
import { downloadExportedFile } from '../../../components/download';
import { notifyError, notifySuccess } from '../../../forms/notify';
import type { DocumentLanguage } from '../../../../shared/domain/documents';

/** What « Exporter ses données » offers: the PDF in French or in English, or the JSON file. */
export type PersonDataFormat = 'pdf' | 'json';

/**
 * A person's data export (issue 20, right of access and portability): asks the Node side for the file, then saves
 * it. Each export is written to the housing access log; nothing on screen shows that log, so nothing is refreshed
 * (a household's sheet is never re-read in the background: each read of it is audited).
 */
export function usePersonDataExport() {
  const { t } = useTranslation();
  return useMutation({
    mutationFn: async ({ personId, format, language }: { personId: number; format: PersonDataFormat; language: DocumentLanguage }) =>
      unwrap(await (format === 'pdf' ? api.personalData.exportPdf({ personId, language }) : api.personalData.exportJson({ personId, language }))),
    onSuccess: (file) => {
      downloadExportedFile(file);
      notifySuccess(t('personalData:done', { fileName: file.fileName }));
    },
    onError: (error) => notifyError(t, apiErrorOf(error)),
  });
}
