import { useEffect, useMemo, useRef, useState } from 'react';
import { Alert, Badge, Group, Stack, Stepper, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import dayjs from 'dayjs';
import type { Administration } from '../../../../shared/domain/questionnaires/responses';
import type { ImportResult } from '../../../../shared/api/csv-files';
import { apiErrorOf } from '../../../api/client';
import { AppModal } from '../../../components/AppModal';
import { gridColumns } from '../grid/grid-model';
import { useTemplate } from '../queries';
import { DoneStep } from './DoneStep';
import { FileStep } from './FileStep';
import { importErrorText } from './import-errors';
import { ImportFooter } from './ImportFooter';
import { ImportProgress } from './ImportProgress';
import { MappingStep } from './MappingStep';
import { PreviewStep } from './PreviewStep';
import type { ImportStep } from './import-model';
import { useAnswerImport } from './use-answer-import';

interface AnswerImportModalProps {
  administration: Administration;
  onClose(): void;
}

/**
 * Answers collected by an online form, imported into one administration in four steps: the file; which
 * column is the code and which answers which question, and what each answer label means; the rows as they
 * would be saved, each problem named; then the count imported. Nothing is written before the last click,
 * and then every form or none.
 */
export function AnswerImportModal({ administration, onClose }: AnswerImportModalProps) {
  const { t } = useTranslation();
  const [step, setStep] = useState<ImportStep>(0);
  const [result, setResult] = useState<ImportResult | null>(null);
  const state = useAnswerImport(administration.id);
  const template = useTemplate(administration.templateId);
  const columns = useMemo(() => (template.data ? gridColumns(template.data.items, administration.phase) : []), [template.data, administration.phase]);
  const { preview, mapping, commit } = state;
  const busy = commit.isPending;
  const ready = preview !== null && mapping !== null;

  // A new file, once read and its mapping suggested, goes straight to the mapping step.
  const advanced = useRef<number | null>(null);
  const token = state.file?.token ?? null;
  useEffect(() => {
    if (token === null || mapping === null || advanced.current === token) return;
    advanced.current = token;
    setStep(1);
  }, [token, mapping]);

  const importNow = () => {
    if (!mapping) return;
    commit.mutate(mapping, {
      onSuccess: (data) => {
        setResult(data);
        setStep(3);
      },
    });
  };

  const failure = state.readFailure ?? state.previewError ?? (commit.error ? apiErrorOf(commit.error) : null) ?? (template.error ? apiErrorOf(template.error) : null);
  const phase = t(`questionnaires:phases.${administration.phase}`);

  return (
    <AppModal
      opened
      onClose={busy ? () => undefined : onClose}
      title={t('questionnaireImport:title')}
      size={step === 1 || step === 2 ? 'min(1180px, 96vw)' : 'min(960px, 96vw)'}
      closeOnClickOutside={false}
    >
      <Stack gap="md">
        <Group justify="space-between" gap="md" wrap="nowrap">
          <Group gap="xs" data-testid="import-administration">
            <Text fw={600}>{administration.templateName}</Text>
            <Text>{administration.className}</Text>
            <Badge variant="light" color={administration.phase === 'before' ? 'blue' : 'grape'}>
              {phase}
            </Badge>
            <Text c="dimmed">{dayjs(administration.date).format('DD/MM/YYYY')}</Text>
          </Group>
          <ImportProgress active={state.reading || state.previewing || busy} committing={busy} />
        </Group>
        <Stepper active={step === 3 ? 4 : step} onStepClick={(next) => setStep(next as ImportStep)} size="sm" allowNextStepsSelect={false}>
          <Stepper.Step label={t('questionnaireImport:steps.file')} description={state.file?.name} allowStepSelect={step < 3 && !busy} />
          <Stepper.Step label={t('questionnaireImport:steps.mapping')} allowStepSelect={ready && step < 3 && !busy} />
          <Stepper.Step label={t('questionnaireImport:steps.preview')} allowStepSelect={ready && step < 3 && !busy} />
          <Stepper.Step label={t('questionnaireImport:steps.done')} />
        </Stepper>
        {failure && (
          <Alert variant="light" color="red" icon={<IconAlertTriangle size={18} />} role="alert" title={t('questionnaireImport:failure')}>
            {importErrorText(t, failure)}
          </Alert>
        )}
        {step === 0 && <FileStep file={state.file} disabled={state.reading || busy} onFile={(file) => void state.choose(file)} />}
        {step === 1 && preview && mapping && (
          <MappingStep columns={columns} preview={preview} mapping={mapping} onChange={state.setMapping} disabled={busy} withCode={template.data?.audience !== 'teacher'} />
        )}
        {step === 2 && preview && mapping && <PreviewStep columns={columns} preview={preview} mapping={mapping} />}
        {step === 3 && result && <DoneStep administration={administration} created={result.created} onClose={onClose} />}
        {step < 3 && (
          <ImportFooter
            step={step}
            preview={preview}
            mapping={mapping}
            current={state.current}
            busy={busy}
            onStep={setStep}
            onImport={importNow}
            onCancel={onClose}
          />
        )}
      </Stack>
    </AppModal>
  );
}
