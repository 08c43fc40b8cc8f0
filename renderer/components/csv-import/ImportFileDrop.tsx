import { useState, type ReactNode } from 'react';
import { Button, FileButton, Paper, Stack, Text, ThemeIcon } from '@mantine/core';
import { IconFileSpreadsheet, IconUpload } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import classes from './CsvImport.module.css';

interface ImportFileDropProps {
  /** Which columns the file may have. */
  help: ReactNode;
  disabled: boolean;
  onFile(file: File): void;
}

/** Where the user picks a CSV file: a button, or a file dropped on the area. */
export function ImportFileDrop({ help, disabled, onFile }: ImportFileDropProps) {
  const { t } = useTranslation();
  const [over, setOver] = useState(false);
  return (
    <Paper
      withBorder
      radius="lg"
      p="xl"
      className={classes.drop}
      data-over={over || undefined}
      onDragOver={(event) => {
        event.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(event) => {
        event.preventDefault();
        setOver(false);
        const file = event.dataTransfer.files[0];
        if (file && !disabled) onFile(file);
      }}
    >
      <Stack align="center" gap="sm" ta="center">
        <ThemeIcon size={52} radius="xl" variant="light" color="meuse" aria-hidden="true">
          <IconFileSpreadsheet size={28} stroke={1.5} />
        </ThemeIcon>
        <Text fw={600}>{t('csvImport.chooseTitle')}</Text>
        <Text size="sm" c="dimmed" maw={520}>
          {t('csvImport.chooseBody')}
        </Text>
        <FileButton onChange={(file) => file && onFile(file)} accept=".csv,text/csv,text/plain" disabled={disabled}>
          {(props) => (
            <Button {...props} leftSection={<IconUpload size={16} stroke={1.7} />} disabled={disabled} mt="xs">
              {t('csvImport.chooseFile')}
            </Button>
          )}
        </FileButton>
        <Text size="xs" c="dimmed" maw={560}>
          {help}
        </Text>
      </Stack>
    </Paper>
  );
}
