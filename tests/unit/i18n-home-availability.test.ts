import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import availabilityFr from '../../renderer/features/loans/availability/i18n/fr.json';
import availabilityEn from '../../renderer/features/loans/availability/i18n/en.json';
import homeFr from '../../renderer/features/home/i18n/fr.json';
import homeEn from '../../renderer/features/home/i18n/en.json';
import { LOAN_STATUSES } from '../../shared/domain/loans/loans';
import { REMINDER_GROUPS } from '../../renderer/features/home/loans/reminders-model';
import { describeNamespace } from '../helpers/i18n-namespace';

const RENDERER = join(__dirname, '../../renderer');

/** The namespace is one of the app's, in both languages. */
function itIsRegistered(namespace: string): void {
  it(`is registered as the "${namespace}" namespace of the app`, () => {
    const index = readFileSync(join(RENDERER, 'i18n/index.ts'), 'utf8');
    expect(index).toMatch(new RegExp(`fr: \\{[^}]*\\b${namespace}: ${namespace}Fr\\b`));
    expect(index).toMatch(new RegExp(`en: \\{[^}]*\\b${namespace}: ${namespace}En\\b`));
  });
}

// Both namespaces' keys are looked for in the whole renderer (template keys are covered by the lists below).
const shared = {
  sourceDir: RENDERER,
  requiredTitle: 'names every status, group and state the screens build keys for',
  usedTitle: 'has a translation for every key the renderer uses',
};

const availability = describeNamespace(
  {
    ...shared,
    name: 'availability',
    fr: availabilityFr,
    en: availabilityEn,
    prefix: 'availability:',
    required: [
      ...LOAN_STATUSES.map((status) => `statuses.${status}`),
      ...(['missingDelivery', 'missingPickup', 'pickupBeforeDelivery', 'tooLong'] as const).map((issue) => `datesFirst.issues.${issue}`),
      ...['loan', 'requested', 'buffer', 'free', 'schoolBreak', 'current'].map((key) => `legend.${key}`),
    ],
    minimumUsed: 30,
  },
  () => itIsRegistered('availability'),
);

const home = describeNamespace(
  {
    ...shared,
    name: 'home',
    fr: homeFr,
    en: homeEn,
    prefix: 'home:',
    required: [
      ...REMINDER_GROUPS.map((group) => `loans.groups.${group}`),
      'loans.groups.flaggedItems',
      // Waiting for approval has no date; a freed waiting request is one sentence of its own (loans.freedWaiting).
      ...REMINDER_GROUPS.filter((group) => group !== 'awaitingApproval' && group !== 'freedWaiting').map((group) => `loans.dateLabel.${group}`),
      ...['today', 'tomorrow', 'inDays', 'late', 'ago'].map((key) => `when.${key}`),
    ],
    minimumUsed: 12,
  },
  () => itIsRegistered('home'),
);

describe('wording', () => {
  it('says "Choisir les dates d’abord", "Demander ce prêt" and the guided circuits’ way', () => {
    expect(availability.fr.get('datesFirst.title')).toBe("Choisir les dates d'abord");
    expect(availability.fr.get('datesFirst.request')).toBe('Demander ce prêt');
    expect(availability.fr.get('guided.note')).toBe('réservé comme visite guidée au calendrier');
    // The button's accessible name starts with its visible words (WCAG 2.5.3).
    for (const language of ['fr', 'en'] as const) {
      const flat = availability[language];
      expect(flat.get('datesFirst.requestFor')!.startsWith(flat.get('datesFirst.request')!)).toBe(true);
    }
  });

  it('has a helpful empty state for the N days chosen', () => {
    expect(home.fr.get('loans.emptyTitle_other')).toBe('Rien à signaler pour les {{count}} prochains jours');
  });
});
