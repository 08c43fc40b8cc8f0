import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../../api/client';
import { CsvImportWizard, type ImportColumn } from '../../../components/csv-import/CsvImportWizard';
import type { SchoolDraft } from '../../../../shared/api/channels/directory/schools';
import { notifySuccess } from '../../../forms/notify';
import { useDirectoryMutation } from '../directory-queries';

/** Schools from a CSV file (a list kept in Excel, or a previous export). */
export function SchoolImportModal({ onClose }: { onClose(): void }) {
  const { t } = useTranslation();
  const commit = useDirectoryMutation(api.schools.importCommit);
  const columns = useMemo<ImportColumn<SchoolDraft>[]>(
    () => [
      { key: 'name', label: t('fields.name') },
      { key: 'network', label: t('fields.network'), render: (draft) => t(`networks.${draft.network}`, { defaultValue: draft.network || '—' }) },
      {
        key: 'levels',
        label: t('directory.schools.columns.levels'),
        render: (draft) => (draft.levels ?? []).map((level) => t(`schoolLevels.${level}`, { defaultValue: level })).join(', ') || '—',
      },
      { key: 'street', label: t('fields.street') },
      { key: 'postalCode', label: t('fields.postalCode') },
      { key: 'city', label: t('fields.city') },
      { key: 'neighbourhood', label: t('fields.neighbourhood') },
    ],
    [t],
  );
  return (
    <CsvImportWizard<SchoolDraft>
      title={t('directory.schools.importTitle')}
      help={t('directory.schools.importHelp')}
      columns={columns}
      preview={async (file) => unwrap(await api.schools.importPreview({ file }))}
      commit={(file) => commit.mutateAsync({ file })}
      onImported={(result) => notifySuccess(t('directory.schools.imported', { created: result.created }))}
      onClose={onClose}
    />
  );
}
