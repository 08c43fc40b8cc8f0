import { join } from 'node:path';
import fr from '../../renderer/features/questionnaires/i18n/fr.json';
import en from '../../renderer/features/questionnaires/i18n/en.json';
import { ADMINISTRATION_PHASES } from '../../shared/domain/questionnaires/templates';
import { describeNamespace } from '../helpers/i18n-namespace';

describeNamespace({
  name: 'questionnaires',
  fr,
  en,
  sourceDir: join(__dirname, '../../renderer/features/questionnaires'),
  prefix: 'questionnaires:',
  required: [...ADMINISTRATION_PHASES.map((phase) => `phases.${phase}`), 'grid.codeWants.L', 'grid.codeWants.D'],
  requiredTitle: 'has the phases and the code messages the grid builds from templates',
  minimumUsed: 30,
  usedTitle: 'has every questionnaires: key the feature uses',
});
