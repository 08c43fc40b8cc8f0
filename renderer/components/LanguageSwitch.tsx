import { SegmentedControl, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { changeLanguage } from '../i18n';
import { isLanguage, LANGUAGES } from '../i18n/language';

/** FR / EN. Each option's accessible name is the language's own name ("Français", "English"). */
export function LanguageSwitch({ size = 'xs' }: { size?: 'xs' | 'sm' | 'md' }) {
  const { t, i18n } = useTranslation();
  return (
    <SegmentedControl
      size={size}
      aria-label={t('language.label')}
      value={i18n.language}
      onChange={(value) => {
        if (isLanguage(value)) void changeLanguage(value);
      }}
      data={LANGUAGES.map((language) => ({
        value: language,
        label: (
          <>
            <span aria-hidden="true">{t(`language.short.${language}`)}</span>
            <VisuallyHidden>{t(`language.names.${language}`)}</VisuallyHidden>
          </>
        ),
      }))}
    />
  );
}
