import { useId, useState, type ReactNode } from 'react';
import { Alert, Button, FileButton, Group, Progress, SegmentedControl, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconFileSpreadsheet } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { ImportPreview, ImportResult } from '../../../shared/api/csv-files';
import type { ApiError } from '../../../shared/api/result';
import { apiErrorOf } from '../../api/client';
import { translateApiError } from '../../i18n/translate-error';
import { useFormatters } from '../../i18n/format';
import { AppModal } from '../AppModal';
import { MAX_IMPORT_BYTES, fileToBase64 } from './base64';
import { canCommit, rowsToShow } from './import-rows';
import { ImportFileDrop } from './ImportFileDrop';
import { ImportRowsTable, type ImportColumn } from './ImportRowsTable';
import { ImportSummary } from './ImportSummary';

export type { ImportColumn } from './ImportRowsTable';

/** Rows drawn in the preview; the counts always cover the whole file. */
const PREVIEW_ROW_LIMIT = 300;

interface CsvImportWizardProps<Draft> {
  title: string;
  /** Which columns the file may have, in a sentence. */
  help: ReactNode;
  columns: readonly ImportColumn<Draft>[];
  /** The channel's importPreview and importCommit (throwing ApiFailure, as `unwrap` does). */
  preview(file: string): Promise<ImportPreview<Draft>>;
  commit(file: string): Promise<ImportResult>;
  onImported(result: ImportResult): void;
  onClose(): void;
}

interface Loaded<Draft> {
  fileName: string;
  size: number;
  base64: string;
  preview: ImportPreview<Draft>;
}

/**
 * Import a CSV file in two steps: the server reads it and says what it understood (encoding, separator,
 * ignored columns, each row's problems); nothing is written until the user imports a file without errors,
 * and then all rows are written or none.
 */
export function CsvImportWizard<Draft>({ title, help, columns, preview, commit, onImported, onClose }: CsvImportWizardProps<Draft>) {
  const { t } = useTranslation();
  const format = useFormatters();
  const [loaded, setLoaded] = useState<Loaded<Draft> | null>(null);
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [onlyErrors, setOnlyErrors] = useState(false);
  const explanationId = useId();

  const read = useMutation({
    mutationFn: async (file: File): Promise<Loaded<Draft>> => {
      const base64 = await fileToBase64(file);
      return { fileName: file.name, size: file.size, base64, preview: await preview(base64) };
    },
  });
  const save = useMutation({ mutationFn: (base64: string) => commit(base64) });
  const busy = read.isPending || save.isPending;

  const choose = (file: File) => {
    setFailure(null);
    if (file.size > MAX_IMPORT_BYTES) {
      setFailure({ code: 'VALIDATION', message: 'file too large', reason: 'importTooLarge', params: { max: format.bytes(MAX_IMPORT_BYTES) } });
      return;
    }
    read.mutate(file, {
      onSuccess: (result) => {
        setLoaded(result);
        setOnlyErrors(result.preview.errorCount > 0);
      },
      onError: (error) => setFailure(apiErrorOf(error)),
    });
  };

  const importNow = () => {
    if (!loaded) return;
    setFailure(null);
    save.mutate(loaded.base64, {
      onSuccess: (result) => {
        onImported(result);
        onClose();
      },
      onError: (error) => setFailure(apiErrorOf(error)),
    });
  };

  const ready = loaded !== null && canCommit(loaded.preview);
  const shown = loaded ? rowsToShow(loaded.preview.rows, onlyErrors, PREVIEW_ROW_LIMIT) : null;

  return (
    <AppModal opened onClose={busy ? () => undefined : onClose} title={title} size={loaded ? 'min(1180px, 96vw)' : 'lg'}>
      <Stack gap="md">
        {!loaded && <ImportFileDrop help={help} disabled={busy} onFile={choose} />}
        {loaded && (
          <Group justify="space-between" gap="sm">
            <Group gap="xs" wrap="nowrap">
              <IconFileSpreadsheet size={20} stroke={1.6} aria-hidden="true" />
              <Text fw={600}>{loaded.fileName}</Text>
              <Text size="sm" c="dimmed">
                {format.bytes(loaded.size)}
              </Text>
            </Group>
            <FileButton onChange={(file) => file && choose(file)} accept=".csv,text/csv,text/plain" disabled={busy}>
              {(props) => (
                <Button {...props} variant="default" size="xs" disabled={busy}>
                  {t('csvImport.chooseAnother')}
                </Button>
              )}
            </FileButton>
          </Group>
        )}
        {busy && (
          <Stack gap={6} role="status" aria-live="polite">
            <Text size="sm">{t(read.isPending ? 'csvImport.reading' : 'csvImport.committing')}</Text>
            <Progress value={100} animated striped size="sm" aria-label={t(read.isPending ? 'csvImport.reading' : 'csvImport.committing')} />
          </Stack>
        )}
        {failure && (
          <Alert variant="light" color="red" icon={<IconAlertTriangle size={18} />} role="alert">
            {translateApiError(t, failure)}
          </Alert>
        )}
        {loaded && shown && (
          <>
            <ImportSummary preview={loaded.preview} />
            {loaded.preview.errorCount > 0 && (
              <SegmentedControl
                size="xs"
                w="fit-content"
                value={onlyErrors ? 'errors' : 'all'}
                onChange={(value) => setOnlyErrors(value === 'errors')}
                data={[
                  { value: 'errors', label: t('csvImport.showErrors') },
                  { value: 'all', label: t('csvImport.showAll') },
                ]}
              />
            )}
            <ImportRowsTable columns={columns} rows={shown.rows} hidden={shown.hidden} />
          </>
        )}
        <Group justify="space-between" gap="sm" mt="xs" wrap="wrap">
          <Text size="sm" c={loaded && !ready ? 'red' : 'dimmed'} id={explanationId} maw={560}>
            {!loaded
              ? t('csvImport.nothingWritten')
              : ready
                ? t('csvImport.readyToImport', { valid: format.number(loaded.preview.validCount) })
                : loaded.preview.errorCount > 0
                  ? t('csvImport.blockedByErrors')
                  : t('csvImport.nothingToImport')}
          </Text>
          <Group gap="sm">
            <Button variant="default" onClick={onClose} disabled={busy}>
              {t('common.cancel')}
            </Button>
            <Button onClick={importNow} disabled={!ready || read.isPending} loading={save.isPending} aria-describedby={explanationId}>
              {t('csvImport.import')}
            </Button>
          </Group>
        </Group>
      </Stack>
    </AppModal>
  );
}
