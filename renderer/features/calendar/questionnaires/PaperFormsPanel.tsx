import { useState } from 'react';
import { Button, Group, NumberInput, Paper, Radio, Stack, Title } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Administration } from '../../../../shared/domain/questionnaires/responses';
import { api, apiErrorOf, unwrap } from '../../../api/client';
import { downloadExportedFile } from '../../../components/download';
import { notifyError } from '../../../forms/notify';
import { currentLanguage } from '../../../i18n';
import { MAX_COPIES, MIN_COPIES } from './administration-model';

interface PaperFormsPanelProps {
  administration: Administration;
  defaultCopies: number;
  onClose(): void;
}

/** The paper forms of an administration as one PDF: a language and a number of copies (the class's pupils). */
export function PaperFormsPanel({ administration, defaultCopies, onClose }: PaperFormsPanelProps) {
  const { t } = useTranslation();
  const [language, setLanguage] = useState<'fr' | 'en'>(currentLanguage());
  const [copies, setCopies] = useState<number | string>(defaultCopies);
  const [busy, setBusy] = useState(false);
  const valid = typeof copies === 'number' && Number.isInteger(copies) && copies >= MIN_COPIES && copies <= MAX_COPIES;
  const title = t('calendar:questionnaires.pdfTitle', {
    className: administration.className,
    phase: t(`calendar:questionnaires.phases.${administration.phase}`),
  });

  async function download(): Promise<void> {
    if (!valid) return;
    setBusy(true);
    try {
      downloadExportedFile(unwrap(await api.questionnaires.formPdf({ administrationId: administration.id, language, copies })));
      onClose();
    } catch (error) {
      notifyError(t, apiErrorOf(error));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Paper withBorder p="sm" radius="md" component="section" aria-label={title}>
      <form
        noValidate
        onSubmit={(submitted) => {
          submitted.preventDefault();
          void download();
        }}
      >
        <Stack gap="sm">
          <Title order={5}>{title}</Title>
          <Radio.Group label={t('calendar:questionnaires.language')} value={language} onChange={(value) => setLanguage(value === 'en' ? 'en' : 'fr')}>
            <Group gap="md" mt={4}>
              <Radio value="fr" label={t('calendar:questionnaires.languages.fr')} />
              <Radio value="en" label={t('calendar:questionnaires.languages.en')} />
            </Group>
          </Radio.Group>
          <NumberInput
            label={t('calendar:questionnaires.copies')}
            description={t('calendar:questionnaires.copiesHint')}
            min={MIN_COPIES}
            max={MAX_COPIES}
            allowDecimal={false}
            allowNegative={false}
            value={copies}
            onChange={setCopies}
            error={valid ? undefined : t('calendar:questionnaires.copiesRange', { min: MIN_COPIES, max: MAX_COPIES })}
          />
          <Group justify="flex-end" gap="xs">
            <Button variant="default" size="xs" onClick={onClose} disabled={busy}>
              {t('calendar:questionnaires.cancel')}
            </Button>
            <Button type="submit" size="xs" leftSection={<IconDownload size={16} />} loading={busy} disabled={!valid}>
              {t('calendar:questionnaires.download')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
