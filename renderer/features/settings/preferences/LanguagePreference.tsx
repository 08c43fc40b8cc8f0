import { SegmentedControl } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { changeLanguage } from '../../../i18n';
import { isLanguage, LANGUAGES } from '../../../i18n/language';
import { SettingsCard } from '../SettingsCard';

export function LanguagePreference() {
  const { t, i18n } = useTranslation();
  return (
    <SettingsCard title={t('preferences.languageTitle')} description={t('preferences.languageDescription')}>
      <SegmentedControl
        fullWidth
        aria-label={t('preferences.languageControl')}
        value={i18n.language}
        onChange={(value) => {
          if (isLanguage(value)) void changeLanguage(value);
        }}
        data={LANGUAGES.map((language) => ({ value: language, label: t(`language.names.${language}`) }))}
      />
    </SettingsCard>
  );
}
