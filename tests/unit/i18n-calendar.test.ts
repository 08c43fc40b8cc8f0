import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import fr from '../../renderer/features/calendar/i18n/fr.json';
import en from '../../renderer/features/calendar/i18n/en.json';
import { EVENT_STATUSES, EVENT_THEMES, EVENT_TYPES, HOLIDAY_KINDS } from '../../shared/domain/calendar/events';
import { LOAN_STATUSES } from '../../shared/domain/loans/loans';
import { VIEW_KEYS } from '../../renderer/features/calendar/view/calendar-views';
import { describeNamespace, placeholders } from '../helpers/i18n-namespace';

describeNamespace(
  {
    name: 'calendar',
    fr,
    en,
    sourceDir: join(__dirname, '../../renderer/features/calendar'),
    prefix: 'calendar:',
    required: [
      ...EVENT_TYPES.map((type) => `types.${type}`),
      ...EVENT_THEMES.map((theme) => `themes.${theme}`),
      ...EVENT_STATUSES.map((status) => `statuses.${status}`),
      ...HOLIDAY_KINDS.map((kind) => `holidayKinds.${kind}`),
      ...['class', 'facilitator', 'location'].flatMap((kind) => [`conflictKinds.${kind}`, `conflicts.${kind}`]),
      'conflicts.other',
      'conflicts.facilitatorUnnamed',
      'warnings.pupilsAboveClassSize',
      ...VIEW_KEYS.map((view) => `views.${view}`),
      ...LOAN_STATUSES.map((status) => `loans.statuses.${status}`),
    ],
    requiredTitle: 'names every type, theme, status, holiday kind, conflict kind, view and loan status',
    minimumUsed: 50,
    usedTitle: 'has a translation for every calendar key the feature uses',
    // The calendar has no plural: every key must exist as itself.
    plurals: false,
  },
  (flat) => {
    it('uses the labels the City uses', () => {
      expect(EVENT_TYPES.map((type) => flat.fr.get(`types.${type}`))).toEqual([
        'Atelier',
        'Formation',
        'Projection de film',
        'Spectacle de théâtre',
        "Visite d'exposition",
        'Visite guidée',
        'Activité de mémoire',
        'Autre',
      ]);
      expect(EVENT_STATUSES.map((status) => flat.fr.get(`statuses.${status}`))).toEqual(['Planifiée', 'Confirmée', 'Réalisée', 'Annulée']);
    });

    it('passes the parameters the sentences need', () => {
      for (const leaves of Object.values(flat)) {
        for (const kind of ['class', 'facilitator', 'location']) expect(placeholders(leaves.get(`conflicts.${kind}`)!)).toEqual(['day', 'end', 'other', 'start', 'subject']);
        expect(placeholders(leaves.get('warnings.pupilsAboveClassSize')!)).toEqual(['capacity', 'present']);
      }
    });

    it('is registered as the "calendar" namespace of the app', () => {
      const index = readFileSync(join(__dirname, '../../renderer/i18n/index.ts'), 'utf8');
      expect(index).toMatch(/fr: \{ translation: fr, calendar: calendarFr[,} ]/);
      expect(index).toMatch(/en: \{ translation: en, calendar: calendarEn[,} ]/);
    });
  },
);
