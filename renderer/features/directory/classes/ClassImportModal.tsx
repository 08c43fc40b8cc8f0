import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../../api/client';
import { CsvImportWizard, type ImportColumn } from '../../../components/csv-import/CsvImportWizard';
import type { ClassDraft } from '../../../../shared/api/channels/directory/classes';
import { notifySuccess } from '../../../forms/notify';
import { useDirectoryMutation } from '../directory-queries';

/** Classes from a CSV file; each row names its school (name and postal code). */
export function ClassImportModal({ onClose }: { onClose(): void }) {
  const { t } = useTranslation();
  const commit = useDirectoryMutation(api.classes.importCommit);
  const columns = useMemo<ImportColumn<ClassDraft>[]>(
    () => [
      { key: 'schoolName', label: t('fields.schoolName') },
      { key: 'postalCode', label: t('fields.postalCode') },
      { key: 'schoolYear', label: t('fields.schoolYear') },
      { key: 'name', label: t('directory.classes.columns.name') },
      { key: 'grade', label: t('fields.grade') },
      { key: 'pupilCount', label: t('fields.pupilCount') },
    ],
    [t],
  );
  return (
    <CsvImportWizard<ClassDraft>
      title={t('directory.classes.importTitle')}
      help={t('directory.classes.importHelp')}
      columns={columns}
      preview={async (file) => unwrap(await api.classes.importPreview({ file }))}
      commit={(file) => commit.mutateAsync({ file })}
      onImported={(result) => notifySuccess(t('directory.classes.imported', { created: result.created }))}
      onClose={onClose}
    />
  );
}
