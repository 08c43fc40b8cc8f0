import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupListItem } from '../../../../shared/domain/backups';
import { isLanguage, type Language } from '../../../i18n/language';
import { backupDateParts, backupWhen, reasonKey } from './backup-model';

/** The texts every backup screen writes, in the current language: dates in Liège, reasons, "hier à 09:12". */
export function useBackupText() {
  const { t, i18n } = useTranslation();
  const language: Language = isLanguage(i18n.language) ? i18n.language : 'fr';
  return useMemo(
    () => ({
      language,
      /** "7 déc. 2026 à 09:12". */
      dateTime: (iso: string) => t('backups:dateAt', backupDateParts(iso, language)),
      /** "aujourd'hui à 09:12", "hier à 09:12", "lundi 30 novembre à 09:12". */
      when: (iso: string, now = new Date()) => {
        const { key, ...params } = backupWhen(iso, now, language);
        return t(`backups:when.${key}`, params);
      },
      reason: (item: Pick<BackupListItem, 'reason'>) => t(`backups:reasons.${reasonKey(item.reason)}`),
    }),
    [t, language],
  );
}
