import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import dayjs from 'dayjs';
import 'dayjs/locale/fr';
import 'dayjs/locale/en-gb';
import relativeTime from 'dayjs/plugin/relativeTime';
import fr from './fr.json';
import en from './en.json';
import calendarFr from '../features/calendar/i18n/fr.json';
import calendarEn from '../features/calendar/i18n/en.json';
import exhibitionsFr from '../features/loans/i18n/fr.json';
import exhibitionsEn from '../features/loans/i18n/en.json';
import availabilityFr from '../features/loans/availability/i18n/fr.json';
import availabilityEn from '../features/loans/availability/i18n/en.json';
import housingFr from '../features/housing/i18n/fr.json';
import housingEn from '../features/housing/i18n/en.json';
import registrationsFr from '../features/housing/registrations/i18n/fr.json';
import registrationsEn from '../features/housing/registrations/i18n/en.json';
import homeFr from '../features/home/i18n/fr.json';
import homeEn from '../features/home/i18n/en.json';
import questionnairesFr from '../features/questionnaires/i18n/fr.json';
import questionnairesEn from '../features/questionnaires/i18n/en.json';
import questionnaireResultsFr from '../features/questionnaires/results/i18n/fr.json';
import questionnaireResultsEn from '../features/questionnaires/results/i18n/en.json';
import questionnaireTemplatesFr from '../features/questionnaires/templates/i18n/fr.json';
import questionnaireTemplatesEn from '../features/questionnaires/templates/i18n/en.json';
import questionnaireImportFr from '../features/questionnaires/import/i18n/fr.json';
import questionnaireImportEn from '../features/questionnaires/import/i18n/en.json';
import backupsFr from '../features/settings/backups/i18n/fr.json';
import backupsEn from '../features/settings/backups/i18n/en.json';
import recoveryFr from '../features/recovery/i18n/fr.json';
import recoveryEn from '../features/recovery/i18n/en.json';
import indicatorsFr from '../features/indicators/i18n/fr.json';
import indicatorsEn from '../features/indicators/i18n/en.json';
import privacyFr from '../features/privacy/i18n/fr.json';
import privacyEn from '../features/privacy/i18n/en.json';
import personalDataFr from '../features/privacy/personal-data/i18n/fr.json';
import personalDataEn from '../features/privacy/personal-data/i18n/en.json';
import retentionFr from '../features/privacy/retention/i18n/fr.json';
import retentionEn from '../features/privacy/retention/i18n/en.json';
import informationNoticeFr from '../features/privacy/information-notice/i18n/fr.json';
import informationNoticeEn from '../features/privacy/information-notice/i18n/en.json';
import processingRegisterFr from '../features/privacy/processing-register/i18n/fr.json';
import processingRegisterEn from '../features/privacy/processing-register/i18n/en.json';
import { DEFAULT_LANGUAGE, isLanguage, storeLanguage, storedLanguage, type Language } from './language';
import { addDayFormat } from './day-format';

dayjs.extend(relativeTime);

function applyLanguage(language: Language): void {
  document.documentElement.lang = language;
  dayjs.locale(language === 'fr' ? 'fr' : 'en-gb');
}

/** Loads both languages from the bundle (nothing is fetched: the app runs offline). */
export const i18n = i18next.createInstance();

void i18n.use(initReactI18next).init({
  // Features with many labels keep them in their own namespace, used as t('calendar:…').
  resources: {
    fr: { translation: fr, calendar: calendarFr, exhibitions: exhibitionsFr, availability: availabilityFr, home: homeFr, housing: housingFr, registrations: registrationsFr, questionnaires: questionnairesFr, questionnaireImport: questionnaireImportFr, questionnaireTemplates: questionnaireTemplatesFr, questionnaireResults: questionnaireResultsFr, backups: backupsFr, recovery: recoveryFr, indicators: indicatorsFr, privacy: privacyFr, personalData: personalDataFr, retention: retentionFr, informationNotice: informationNoticeFr, processingRegister: processingRegisterFr },
    en: { translation: en, calendar: calendarEn, exhibitions: exhibitionsEn, availability: availabilityEn, home: homeEn, housing: housingEn, registrations: registrationsEn, questionnaires: questionnairesEn, questionnaireImport: questionnaireImportEn, questionnaireTemplates: questionnaireTemplatesEn, questionnaireResults: questionnaireResultsEn, backups: backupsEn, recovery: recoveryEn, indicators: indicatorsEn, privacy: privacyEn, personalData: personalDataEn, retention: retentionEn, informationNotice: informationNoticeEn, processingRegister: processingRegisterEn },
  },
  ns: ['translation', 'calendar', 'exhibitions', 'availability', 'home', 'housing', 'registrations', 'questionnaires', 'questionnaireImport', 'questionnaireTemplates', 'questionnaireResults', 'backups', 'recovery', 'indicators', 'privacy', 'personalData', 'retention', 'informationNotice', 'processingRegister'],
  defaultNS: 'translation',
  lng: storedLanguage(),
  fallbackLng: DEFAULT_LANGUAGE,
  supportedLngs: ['fr', 'en'],
  interpolation: { escapeValue: false },
  returnNull: false,
  initAsync: false,
});

addDayFormat(i18n);

applyLanguage(storedLanguage());
i18n.on('languageChanged', (language) => {
  if (isLanguage(language)) applyLanguage(language);
});

export function currentLanguage(): Language {
  return isLanguage(i18n.language) ? i18n.language : DEFAULT_LANGUAGE;
}

export async function changeLanguage(language: Language): Promise<void> {
  storeLanguage(language);
  await i18n.changeLanguage(language);
}
