// Step 1 of the answer import: choose the CSV file (button or drop), or see which one is loaded.
import { Group, Stack, Text } from '@mantine/core';
import { IconFileSpreadsheet } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ImportFileDrop } from '../../../components/csv-import/ImportFileDrop';
import { useFormatters } from '../../../i18n/format';
import type { ChosenFile } from './use-answer-import';

interface FileStepProps {
  file: ChosenFile | null;
  disabled: boolean;
  onFile(file: File): void;
}

export function FileStep({ file, disabled, onFile }: FileStepProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  return (
    <Stack gap="sm">
      {file && (
        <Group gap="xs" wrap="nowrap" data-testid="import-file">
          <IconFileSpreadsheet size={20} stroke={1.6} aria-hidden="true" />
          <Text fw={600}>{file.name}</Text>
          <Text size="sm" c="dimmed">
            {format.bytes(file.size)}
          </Text>
        </Group>
      )}
      <ImportFileDrop help={t('questionnaireImport:file.help')} disabled={disabled} onFile={onFile} />
    </Stack>
  );
}
