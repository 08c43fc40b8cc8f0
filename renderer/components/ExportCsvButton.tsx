import { Button } from '@mantine/core';
import { IconFileExport } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { CsvFile } from '../../shared/api/csv-files';
import type { ApiResult } from '../../shared/api/result';
import { apiErrorOf, unwrap } from '../api/client';
import { notifyError, notifySuccess } from '../forms/notify';
import { downloadTextFile } from './download';

/** "Exporter en CSV": asks the server for the file of the current selection and saves it. */
export function ExportCsvButton({ exportCsv }: { exportCsv(): Promise<ApiResult<CsvFile>> }) {
  const { t } = useTranslation();
  const run = useMutation({
    mutationFn: async () => unwrap(await exportCsv()),
    onSuccess: (file) => {
      downloadTextFile(file.fileName, file.content);
      notifySuccess(t('dataTable.exported', { fileName: file.fileName }));
    },
    onError: (error) => notifyError(t, apiErrorOf(error)),
  });
  return (
    <Button
      variant="default"
      leftSection={<IconFileExport size={18} stroke={1.7} />}
      loading={run.isPending}
      onClick={() => run.mutate()}
    >
      {t('dataTable.exportCsv')}
    </Button>
  );
}
