// The wizard's bottom line: why the import cannot go yet (or what it will do), and the buttons of the step.
import { useId } from 'react';
import { Button, Group, Text } from '@mantine/core';
import { IconArrowLeft, IconArrowRight, IconUpload } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { AnswerImportMapping, AnswerImportPreview } from '../../../../shared/domain/questionnaires/answer-import';
import { useFormatters } from '../../../i18n/format';
import { importBlock, unresolvedLabels, type ImportStep } from './import-model';

interface ImportFooterProps {
  step: ImportStep;
  preview: AnswerImportPreview | null;
  mapping: AnswerImportMapping | null;
  /** The preview shown is the one of the mapping on screen (not one still being checked). */
  current: boolean;
  busy: boolean;
  onStep(step: ImportStep): void;
  onImport(): void;
  onCancel(): void;
}

export function ImportFooter({ step, preview, mapping, current, busy, onStep, onImport, onCancel }: ImportFooterProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const explanationId = useId();
  const ready = preview !== null && mapping !== null;
  const block = ready ? importBlock(mapping, preview) : null;
  const canImport = ready && block === null && current && !busy;

  let sentence = t('questionnaireImport:footer.nothingWritten');
  if (ready && step === 2) {
    if (block === 'noColumns') sentence = t('questionnaireImport:footer.noColumns');
    else if (block === 'unknownLabels') sentence = t('questionnaireImport:footer.unknownLabels', { count: unresolvedLabels(mapping, preview).length });
    else if (block === 'errors') sentence = t('questionnaireImport:footer.errors', { count: preview.errorCount, formatted: format.number(preview.errorCount) });
    else if (block === 'empty') sentence = t('questionnaireImport:footer.empty');
    else sentence = t('questionnaireImport:footer.ready', { count: preview.validCount, formatted: format.number(preview.validCount) });
  }

  return (
    <Group justify="space-between" gap="sm" mt="xs" wrap="wrap">
      <Text size="sm" c={step === 2 && block !== null ? 'red' : 'dimmed'} id={explanationId} maw={600} data-testid="import-explanation">
        {sentence}
      </Text>
      <Group gap="sm">
        <Button variant="default" onClick={onCancel} disabled={busy}>
          {t('common.cancel')}
        </Button>
        {step > 0 && (
          <Button variant="default" leftSection={<IconArrowLeft size={16} />} onClick={() => onStep((step - 1) as ImportStep)} disabled={busy}>
            {t('questionnaireImport:footer.back')}
          </Button>
        )}
        {step < 2 && (
          <Button rightSection={<IconArrowRight size={16} />} onClick={() => onStep((step + 1) as ImportStep)} disabled={!ready}>
            {t(step === 0 ? 'questionnaireImport:footer.toMapping' : 'questionnaireImport:footer.toPreview')}
          </Button>
        )}
        {step === 2 && (
          <Button leftSection={<IconUpload size={16} />} onClick={onImport} disabled={!canImport} loading={busy} aria-describedby={explanationId}>
            {block === 'noColumns'
              ? t('questionnaireImport:footer.importNothing')
              : t('questionnaireImport:footer.import', { count: preview?.validCount ?? 0, formatted: format.number(preview?.validCount ?? 0) })}
          </Button>
        )}
      </Group>
    </Group>
  );
}
