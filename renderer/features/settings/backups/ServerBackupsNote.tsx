import { Alert } from '@mantine/core';
import { IconServer } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/**
 * Against a team server (issue 15) the records are PostgreSQL's, backed up by IT with its own tools, and the
 * key stays on the server: the desktop's backup page has nothing to do there, so it says where it is done.
 */
export function ServerBackupsNote() {
  const { t } = useTranslation();
  return (
    <Alert variant="light" color="blue" icon={<IconServer size={18} aria-hidden="true" />} title={t('backups:onServer.title')} maw={760}>
      {t('backups:onServer.text')}
    </Alert>
  );
}
