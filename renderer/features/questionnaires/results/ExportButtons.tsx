import { useState } from 'react';
import { Button, Group } from '@mantine/core';
import { IconBook2, IconFileTypeCsv, IconFileTypePdf } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { api, apiErrorOf, unwrap } from '../../../api/client';
import { downloadExportedFile, downloadTextFile } from '../../../components/download';
import { notifyError, notifySuccess } from '../../../forms/notify';
import type { AnalysisScope } from '../../../../shared/domain/questionnaires/analysis';
import { documentLanguage } from '../../../i18n/language';

type Export = 'answers' | 'codebook' | 'report';

/**
 * The files of the results: the pseudonymous answers (CSV, raw values) with their codebook, and the impact
 * report (PDF, in the interface's language). Exports are audited on the server. Without any form in the scope only the codebook is
 * offered (the other files would be empty).
 */
export function ExportButtons({ templateId, scope, hasForms }: { templateId: number; scope: AnalysisScope; hasForms: boolean }) {
  const { t, i18n } = useTranslation();
  const [busy, setBusy] = useState<Export | null>(null);

  async function save(kind: Export): Promise<void> {
    setBusy(kind);
    try {
      if (kind === 'report') {
        downloadExportedFile(unwrap(await api.questionnaireResults.impactReportPdf({ templateId, scope, language: documentLanguage(i18n.language) })));
      } else {
        const file = unwrap(await (kind === 'answers' ? api.questionnaireResults.answersCsv({ templateId, scope }) : api.questionnaireResults.codebookCsv({ templateId })));
        downloadTextFile(file.fileName, file.content);
        notifySuccess(t('dataTable.exported', { fileName: file.fileName }));
      }
    } catch (error) {
      notifyError(t, apiErrorOf(error));
    } finally {
      setBusy(null);
    }
  }

  return (
    <Group gap="xs">
      <Button variant="default" size="sm" leftSection={<IconFileTypeCsv size={16} />} loading={busy === 'answers'} disabled={!hasForms} onClick={() => void save('answers')}>
        {t('questionnaireResults:exports.answers')}
      </Button>
      <Button variant="default" size="sm" leftSection={<IconBook2 size={16} />} loading={busy === 'codebook'} onClick={() => void save('codebook')}>
        {t('questionnaireResults:exports.codebook')}
      </Button>
      <Button variant="light" size="sm" leftSection={<IconFileTypePdf size={16} />} loading={busy === 'report'} disabled={!hasForms} onClick={() => void save('report')}>
        {t('questionnaireResults:exports.report')}
      </Button>
    </Group>
  );
}
