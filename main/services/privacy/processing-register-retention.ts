import type { Db } from '../../db/connection';
import type { Localised, RegisterRetention, RegisterRetentionRule } from '../../../shared/domain/privacy/processing-register';

/**
 * The retention rules in force, as the register prints them. The rules are the retention lane's (issue 20):
 * the settings row `retentionRules` (written by main/services/privacy/retention-rules.ts), each term a whole
 * number of years within its limits, else its default (housing records 5 years, directory contacts 3 years;
 * pupils' answers have no term: pseudonymous from the start). This file reads that row the same way
 * `resolveRetentionRules` of shared/domain/privacy/retention.ts does, so that the register shows the term in
 * force; once both are merged it may call that function instead (one place to change).
 */
const RETENTION_RULES_KEY = 'retentionRules';

const DEFAULT_TERMS: Readonly<Record<Exclude<RegisterRetentionRule, 'pupilAnswers'>, number>> = {
  housingRecords: 5,
  directoryContacts: 3,
};
const TERM_LIMITS = { min: 1, max: 30 };

export type RetentionTerms = Readonly<Record<RegisterRetentionRule, number | null>>;

/** The terms in force: the saved row, each invalid or missing term falling back to its default. */
export async function retentionTermsInForce(db: Db): Promise<RetentionTerms> {
  const row = (await db('settings').where({ key: RETENTION_RULES_KEY }).first('value')) as { value: string } | undefined;
  let saved: unknown = null;
  try {
    saved = row ? JSON.parse(row.value) : null;
  } catch {
    saved = null;
  }
  const source = typeof saved === 'object' && saved !== null ? (saved as Record<string, unknown>) : {};
  const termOf = (kind: keyof typeof DEFAULT_TERMS): number => {
    const rule = source[kind];
    const value = typeof rule === 'object' && rule !== null ? (rule as Record<string, unknown>).termYears : undefined;
    return typeof value === 'number' && Number.isInteger(value) && value >= TERM_LIMITS.min && value <= TERM_LIMITS.max ? value : DEFAULT_TERMS[kind];
  };
  return { housingRecords: termOf('housingRecords'), directoryContacts: termOf('directoryContacts'), pupilAnswers: null };
}

const RULE_TEXTS: Readonly<Record<RegisterRetentionRule, (years: number | null) => Localised>> = {
  housingRecords: (years) => ({
    fr: `${years} an${years === 1 ? '' : 's'} après la fin du dernier séjour ou de la dernière inscription du ménage (jamais tant qu’un séjour, une inscription ou une demande est en cours), puis effacé par un passage de conservation (règle « dossiers logement »).`,
    en: `${years} year${years === 1 ? '' : 's'} after the end of the household’s last stay or registration (never while a stay, a registration or a request is open), then erased by a retention run (rule “housing records”).`,
  }),
  directoryContacts: (years) => ({
    fr: `${years} an${years === 1 ? '' : 's'} après la dernière activité (animation, classe, prêt, modification), puis anonymisé par un passage de conservation (règle « contacts de l’annuaire ») ; jamais un contact lié à un compte.`,
    en: `${years} year${years === 1 ? '' : 's'} after the last activity (event, class, loan, change), then anonymised by a retention run (rule “directory contacts”); never a contact linked to an account.`,
  }),
  pupilAnswers: () => ({
    fr: 'Gardées sous pseudonyme à des fins statistiques (RGPD art. 89) : aucun nom d’élève n’est jamais enregistré, aucun passage ne s’y applique (règle « réponses des élèves »).',
    en: 'Kept under a pseudonym for statistical purposes (GDPR art. 89): no pupil’s name is ever recorded, no run applies to them (rule “pupils’ answers”).',
  }),
};

/** A rule with its term in force, as a sentence in both languages. */
export function ruleRetention(rule: RegisterRetentionRule, terms: RetentionTerms): RegisterRetention {
  const termYears = terms[rule];
  return { rule, termYears, text: RULE_TEXTS[rule](termYears) };
}
