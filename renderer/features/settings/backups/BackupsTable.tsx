import { useMemo, useState, type ReactNode } from 'react';
import { Badge, Group, Text, Tooltip } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck, IconCircleDashed } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { BackupListItem } from '../../../../shared/domain/backups';
import { DataTable, type DataColumn } from '../../../components/data-table/DataTable';
import { useFormatters } from '../../../i18n/format';
import { DEFAULT_BACKUP_SORT, nextBackupSort, sortBackups, type BackupSort, type BackupSortColumn } from './backup-model';
import { useBackupText } from './backup-text';

interface BackupsTableProps {
  backups: readonly BackupListItem[];
  /** What a row offers (the tab and the recovery screen both restore, each through its own channel). */
  actions?(backup: BackupListItem): ReactNode;
  /** A row to point out (the recovery screen's suggestion). */
  highlighted?: string | null;
  minWidth?: number;
}

/** The backups, newest first and sortable: when, why, how big, whether checked, by which version. */
export function BackupsTable({ backups, actions, highlighted, minWidth = 720 }: BackupsTableProps) {
  const { t } = useTranslation();
  const columns = useBackupColumns(highlighted ?? null);
  const text = useBackupText();
  const [sort, setSort] = useState<BackupSort>(DEFAULT_BACKUP_SORT);
  const rows = useMemo(() => sortBackups(backups, sort, text.reason), [backups, sort, text]);
  return (
    <DataTable
      caption={t('backups:list.caption')}
      columns={columns}
      rows={rows}
      rowKey={(backup) => backup.name}
      sort={sort}
      onSort={(column) => setSort((current) => nextBackupSort(current, column))}
      pending={false}
      stale={false}
      actions={actions}
      minWidth={minWidth}
    />
  );
}

function useBackupColumns(highlighted: string | null): DataColumn<BackupListItem, BackupSortColumn>[] {
  const { t } = useTranslation();
  const format = useFormatters();
  const text = useBackupText();
  return [
    {
      key: 'createdAt',
      header: t('backups:list.columns.createdAt'),
      sortColumn: 'createdAt',
      render: (backup) => (
        <Group gap={6} wrap="nowrap">
          <Text size="sm" fw={600} style={{ whiteSpace: 'nowrap' }}>
            {text.dateTime(backup.createdAt)}
          </Text>
          {highlighted === backup.name && (
            <Badge size="sm" variant="light" color="teal">
              {t('backups:list.suggested')}
            </Badge>
          )}
        </Group>
      ),
    },
    {
      key: 'reason',
      header: t('backups:list.columns.reason'),
      sortColumn: 'reason',
      render: (backup) => <Text size="sm">{text.reason(backup)}</Text>,
    },
    {
      key: 'size',
      header: t('backups:list.columns.size'),
      sortColumn: 'size',
      width: 110,
      render: (backup) => (
        <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
          {format.bytes(backup.bytes)}
        </Text>
      ),
    },
    {
      key: 'state',
      header: t('backups:list.columns.state'),
      render: (backup) => <BackupStateBadges backup={backup} />,
    },
    {
      key: 'version',
      header: t('backups:list.columns.version'),
      render: (backup) => (
        <Text size="sm" c={backup.appVersion ? undefined : 'dimmed'}>
          {backup.appVersion ?? '—'}
        </Text>
      ),
    },
  ];
}

/** "Vérifiée" or "Non vérifiée", and "Autre clé" when the backup needs another installation's key. */
function BackupStateBadges({ backup }: { backup: BackupListItem }) {
  const { t } = useTranslation();
  return (
    <Group gap={4} wrap="nowrap">
      {backup.verified ? (
        <Badge size="sm" variant="light" color="teal" leftSection={<IconCircleCheck size={12} aria-hidden="true" />}>
          {t('backups:list.verified')}
        </Badge>
      ) : (
        <Tooltip label={t('backups:list.notVerifiedHint')} multiline w={280} withArrow>
          <Badge size="sm" variant="light" color="gray" leftSection={<IconCircleDashed size={12} aria-hidden="true" />} tabIndex={0}>
            {t('backups:list.notVerified')}
          </Badge>
        </Tooltip>
      )}
      {!backup.sameKey && (
        <Tooltip label={t('backups:list.otherKeyHint')} multiline w={300} withArrow>
          <Badge size="sm" variant="light" color="orange" leftSection={<IconAlertTriangle size={12} aria-hidden="true" />} tabIndex={0}>
            {t('backups:list.otherKey')}
          </Badge>
        </Tooltip>
      )}
    </Group>
  );
}
