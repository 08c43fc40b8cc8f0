import type { Db } from '../../db/connection';
import { readRetentionRules } from './retention-rules';
import type { Localised, RegisterRetention, RegisterRetentionRule } from '../../../shared/domain/privacy/processing-register';

export type RetentionTerms = Readonly<Record<RegisterRetentionRule, number | null>>;

/** The terms in force, from the retention rules' own reader (the settings row `retentionRules`, issue 20). */
export async function retentionTermsInForce(db: Db): Promise<RetentionTerms> {
  const rules = await readRetentionRules(db);
  return { housingRecords: rules.housingRecords.termYears, directoryContacts: rules.directoryContacts.termYears, pupilAnswers: null };
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
