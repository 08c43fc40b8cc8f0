import { join } from 'node:path';
import { expect, it } from 'vitest';
import fr from '../../renderer/features/privacy/retention/i18n/fr.json';
import en from '../../renderer/features/privacy/retention/i18n/en.json';
import { RETENTION_RULE_KINDS, RETENTION_RUN_KINDS } from '../../shared/domain/privacy/retention';
import { describeNamespace, has, keysUsed } from '../helpers/i18n-namespace';

/** The retention section (issue 20) and the administrator's home reminder, in French and English. */
describeNamespace(
  {
    name: 'retention',
    fr,
    en,
    sourceDir: join(__dirname, '../../renderer/features/privacy/retention'),
    prefix: 'retention:',
    required: [
      ...RETENTION_RULE_KINDS.map((kind) => `kinds.${kind}`),
      ...RETENTION_RUN_KINDS.flatMap((kind) => [
        `nothingDue.${kind}`,
        `due.${kind}`,
        `previewEmpty.${kind}`,
        `previewCount.${kind}`,
        `columns.label.${kind}`,
        `erase.${kind}`,
        `confirm.title.${kind}`,
        `confirm.message.${kind}`,
        `result.${kind}`,
        `home.${kind}`,
      ]),
    ],
    requiredTitle: 'names every rule kind, and each run kind in every sentence built from it',
    minimumUsed: 20,
    usedTitle: 'has a translation for every retention key the section uses',
  },
  (flat) => {
    it("has a translation for every key of the home screen's reminder", () => {
      const used = keysUsed(join(__dirname, '../../renderer/features/home/retention'), 'retention:');
      expect(used.size).toBeGreaterThanOrEqual(3);
      for (const language of ['fr', 'en'] as const) expect([...used.keys()].filter((key) => !has(flat[language], key)), language).toEqual([]);
    });
  },
);
