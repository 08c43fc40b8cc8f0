import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import fr from '../../renderer/features/loans/i18n/fr.json';
import en from '../../renderer/features/loans/i18n/en.json';
import { EXHIBITION_KINDS, EXHIBITION_LANGUAGES, ITEM_CONDITIONS, ITEM_KINDS } from '../../shared/domain/loans/exhibitions';
import { LOAN_STATUSES } from '../../shared/domain/loans/loans';
import { EXHIBITION_TABS } from '../../renderer/features/loans/exhibitions-tabs';
import { LOAN_ACTIONS } from '../../renderer/features/loans/model/loan-status';
import { LOAN_DATE_FIELDS } from '../../renderer/features/loans/model/loan-dates';
import { describeNamespace, has, placeholders } from '../helpers/i18n-namespace';

describeNamespace(
  {
    name: 'exhibitions',
    fr,
    en,
    sourceDir: join(__dirname, '../../renderer/features/loans'),
    prefix: 'exhibitions:',
    // The availability grid has its own namespace.
    skip: ['availability'],
    required: [
      ...LOAN_STATUSES.map((status) => `statuses.${status}`),
      ...EXHIBITION_KINDS.flatMap((kind) => [`kinds.${kind}`, `kindHints.${kind}`]),
      ...ITEM_KINDS.map((kind) => `itemKinds.${kind}`),
      ...ITEM_CONDITIONS.flatMap((condition) => [`conditions.${condition}`, `check.notePlaceholder.${condition}`]),
      ...ITEM_CONDITIONS.filter((condition) => condition !== 'good').map((condition) => `resolve.intro.${condition}`),
      ...EXHIBITION_LANGUAGES.map((language) => `languages.${language}`),
      ...EXHIBITION_TABS.map((tab) => `tabs.${tab}`),
      ...LOAN_ACTIONS.map((action) => `actions.${action}`),
      ...LOAN_DATE_FIELDS.flatMap((field) => [`loanForm.${field}`, `loanForm.${field}Hint`]),
      ...(['refuse', 'cancel'] as const).flatMap((kind) => ['title', 'intro', 'placeholder', 'submit', 'done'].map((part) => `reason.${kind}.${part}`)),
      ...(['refused', 'cancelled'] as const).flatMap((status) => [`timeline.${status}`, `detail.reason.${status}`]),
    ],
    requiredTitle: 'names every loan status, exhibition kind, item kind, condition, language, tab and action',
    minimumUsed: 100,
    usedTitle: 'has a translation for every exhibitions key the feature uses',
  },
  (flat) => {
    it('gives every plural both its forms', () => {
      for (const leaves of Object.values(flat)) {
        const plurals = [...leaves.keys()].filter((key) => /_(one|other)$/.test(key)).map((key) => key.replace(/_(one|other)$/, ''));
        expect(plurals.filter((key) => !has(leaves, key))).toEqual([]);
        for (const key of plurals) expect(placeholders(leaves.get(`${key}_other`)!), key).toContain('count');
      }
    });

    it('uses the words the City uses', () => {
      expect(LOAN_STATUSES.map((status) => flat.fr.get(`statuses.${status}`))).toEqual(['En attente', 'Demande', 'Approuvé', 'Livré', 'Rendu', 'Refusé', 'Annulé']);
      expect(ITEM_CONDITIONS.map((condition) => flat.fr.get(`conditions.${condition}`))).toEqual(['Bon', 'Endommagé', 'Manquant']);
      expect(EXHIBITION_TABS.map((tab) => flat.fr.get(`tabs.${tab}`))).toEqual(['Prêts', 'Disponibilités', 'Catalogue']);
      expect(flat.fr.get('conflict.use')).toBe('Utiliser du {{from}} au {{to}}');
      expect(flat.fr.get('catalogue.flagged_other')).toBe('{{count}} éléments signalés');
    });

    it('passes the parameters the sentences need', () => {
      for (const leaves of Object.values(flat)) {
        expect(placeholders(leaves.get('conflict.other')!)).toEqual(['borrower', 'from', 'to']);
        expect(placeholders(leaves.get('conflict.use')!)).toEqual(['from', 'to']);
        expect(placeholders(leaves.get('dates.span')!)).toEqual(['from', 'to']);
      }
    });

    it('is registered as the "exhibitions" namespace of the app', () => {
      const index = readFileSync(join(__dirname, '../../renderer/i18n/index.ts'), 'utf8');
      expect(index).toMatch(/fr: \{[^}]*exhibitions: exhibitionsFr[^}]*\}/);
      expect(index).toMatch(/en: \{[^}]*exhibitions: exhibitionsEn[^}]*\}/);
    });
  },
);
