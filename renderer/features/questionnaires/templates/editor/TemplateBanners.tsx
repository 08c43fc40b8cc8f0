import { Alert, Button, List, Stack } from '@mantine/core';
import { IconAlertTriangle, IconArchive, IconLock, IconVersions } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../../../shared/api/result';
import { translateApiError } from '../../../../i18n/translate-error';
import type { DesignWarning, TemplateLocks } from '../model/template-rules';

interface TemplateBannersProps {
  locks: TemplateLocks;
  archived: boolean;
  warnings: DesignWarning[];
  /** A save refused because answers or administrations appeared meanwhile. */
  lockRefusal: ApiError | null;
  onNewVersion?(): void;
}

/** Above the form: why some fields are locked (with the way out: a new version), archiving, design warnings. */
export function TemplateBanners({ locks, archived, warnings, lockRefusal, onNewVersion }: TemplateBannersProps) {
  const { t } = useTranslation();
  const versionButton = onNewVersion && (
    <Button size="xs" variant="white" leftSection={<IconVersions size={14} />} onClick={onNewVersion} mt="xs">
      {t('questionnaireTemplates:editor.newVersion')}
    </Button>
  );
  return (
    <Stack gap="sm">
      {lockRefusal && !locks.codeLocked && (
        <Alert color="orange" variant="light" icon={<IconLock size={18} />} role="alert">
          {translateApiError(t, lockRefusal)}
          <div>{versionButton}</div>
        </Alert>
      )}
      {locks.itemsLocked ? (
        <Alert color="orange" variant="light" icon={<IconLock size={18} />} title={t('questionnaireTemplates:editor.lockedTitle')} data-testid="locked-banner">
          {t('questionnaireTemplates:editor.answersLocked', { count: locks.answers })}
          <div>{versionButton}</div>
        </Alert>
      ) : (
        locks.codeLocked && (
          <Alert color="blue" variant="light" icon={<IconLock size={18} />} title={t('questionnaireTemplates:editor.lockedTitle')} data-testid="locked-banner">
            {t('questionnaireTemplates:editor.administrationsLocked', { count: locks.administrations })}
            <div>{versionButton}</div>
          </Alert>
        )
      )}
      {archived && (
        <Alert color="gray" variant="light" icon={<IconArchive size={18} />}>
          {t('questionnaireTemplates:editor.archivedBanner')}
        </Alert>
      )}
      {warnings.length > 0 && (
        <Alert color="yellow" variant="light" icon={<IconAlertTriangle size={18} />} title={t('questionnaireTemplates:warnings.title')}>
          <List size="sm" spacing={2}>
            {warnings.map((warning) => (
              <List.Item key={warning}>{t(`questionnaireTemplates:warnings.${warning}`)}</List.Item>
            ))}
          </List>
        </Alert>
      )}
    </Stack>
  );
}
