import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { IndicatorTable } from '../../../../shared/domain/indicators/indicators';
import type { IndicatorPeriod } from '../../../../shared/domain/indicators/period';
import { api, apiErrorOf, unwrap } from '../../../api/client';
import { downloadExportedFile } from '../../../components/download';
import { notifyError, notifySuccess } from '../../../forms/notify';
import { documentLanguage } from '../../../i18n/language';

/** Downloads one dashboard table as CSV (the period beside the previous one), in the interface's language. */
export function useTableCsv() {
  const { t, i18n } = useTranslation();
  return useMutation({
    mutationFn: async ({ period, table }: { period: IndicatorPeriod; table: IndicatorTable }) =>
      unwrap(await api.indicators.tableCsv({ period, table, language: documentLanguage(i18n.language) })),
    onSuccess: (file) => {
      downloadExportedFile(file);
      notifySuccess(t('indicators:export.done', { fileName: file.fileName }));
    },
    onError: (error) => notifyError(t, apiErrorOf(error)),
  });
}
