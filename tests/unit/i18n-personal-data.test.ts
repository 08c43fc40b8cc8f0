import { join } from 'node:path';
import fr from '../../renderer/features/privacy/personal-data/i18n/fr.json';
import en from '../../renderer/features/privacy/personal-data/i18n/en.json';
import { describeNamespace } from '../helpers/i18n-namespace';

// The person's data export menu (issue 20): its keys in both languages, every one the renderer uses.
describeNamespace({
  name: 'personalData',
  fr,
  en,
  sourceDir: join(__dirname, '../../renderer'),
  prefix: 'personalData:',
  required: ['menu', 'menuFor', 'pdfFrench', 'pdfEnglish', 'json', 'done'],
  requiredTitle: 'names the menu and each file it offers',
  minimumUsed: 5,
  usedTitle: 'has a translation for every key the renderer uses',
});
