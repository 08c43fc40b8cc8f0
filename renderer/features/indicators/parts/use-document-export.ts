import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { IndicatorPeriod } from '../../../../shared/domain/indicators/period';
import { api, apiErrorOf, unwrap } from '../../../api/client';
import { downloadExportedFile } from '../../../components/download';
import { notifyError, notifySuccess } from '../../../forms/notify';
import { documentLanguage } from '../../../i18n/language';

export type IndicatorDocument = 'annualReport' | 'workbook';

/**
 * Makes the council's annual report (PDF) or the period's workbook (.xlsx) in the interface's language. Both
 * take a few seconds on years of data: the menu's button spins meanwhile and the page stays usable, since
 * the work runs on the Node side.
 */
export function useDocumentExport() {
  const { t, i18n } = useTranslation();
  return useMutation({
    mutationFn: async ({ period, document }: { period: IndicatorPeriod; document: IndicatorDocument }) => {
      const language = documentLanguage(i18n.language);
      return unwrap(await (document === 'annualReport' ? api.indicators.annualReportPdf({ period, language }) : api.indicators.workbook({ period, language })));
    },
    onSuccess: (file) => {
      downloadExportedFile(file);
      notifySuccess(t('indicators:export.done', { fileName: file.fileName }));
    },
    onError: (error) => notifyError(t, apiErrorOf(error)),
  });
}
