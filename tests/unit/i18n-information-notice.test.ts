import { join } from 'node:path';
import fr from '../../renderer/features/privacy/information-notice/i18n/fr.json';
import en from '../../renderer/features/privacy/information-notice/i18n/en.json';
import { NOTICE_LANGUAGES } from '../../shared/domain/privacy/information-notice';
import { describeNamespace } from '../helpers/i18n-namespace';

describeNamespace({
  name: 'informationNotice',
  fr,
  en,
  sourceDir: join(__dirname, '../../renderer/features/privacy/information-notice'),
  prefix: 'informationNotice:',
  required: NOTICE_LANGUAGES.flatMap((language) => [`languages.${language}`, `languageChoices.${language}`]),
  requiredTitle: 'names every shipped notice language, in a sentence and in a list',
  minimumUsed: 25,
  usedTitle: 'has a translation for every informationNotice key the feature uses',
  plurals: false,
});
