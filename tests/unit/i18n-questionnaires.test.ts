import { join } from 'node:path';
import fr from '../../renderer/features/questionnaires/i18n/fr.json';
import en from '../../renderer/features/questionnaires/i18n/en.json';
import { describe, expect, it } from 'vitest';
import { ADMINISTRATION_PHASES, DIMENSIONS } from '../../shared/domain/questionnaires/templates';
import { DIMENSION_FR } from '../../main/exports/labels-fr';
import { describeNamespace } from '../helpers/i18n-namespace';

describeNamespace({
  name: 'questionnaires',
  fr,
  en,
  sourceDir: join(__dirname, '../../renderer/features/questionnaires'),
  prefix: 'questionnaires:',
  required: [
    ...ADMINISTRATION_PHASES.map((phase) => `phases.${phase}`),
    ...DIMENSIONS.map((dimension) => `dimensions.${dimension}`),
    'grid.codeWants.L',
    'grid.codeWants.D',
  ],
  requiredTitle: 'has the phases, the dimensions and the code messages the features build from templates',
  minimumUsed: 30,
  usedTitle: 'has every questionnaires: key the feature uses',
});

describe('dimension names', () => {
  it('are the same on screen (every tab) and in the documents made on the Node side (report, codebook)', () => {
    expect(fr.dimensions).toEqual(DIMENSION_FR);
  });
});
