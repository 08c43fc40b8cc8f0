import type { ReachedBy, Localised, RetentionSource } from '../processing-register';

/** Texts and reaches several tables of the register share (legal bases, people concerned, retention). */
export const HOUSING_BASIS: Localised = {
  fr: 'Mission d’intérêt public et obligation légale du CPAS (RGPD art. 6.1.c et e) : loi organique des CPAS du 8 juillet 1976 (art. 1er, 57 et 60 : aide sociale, enquête sociale, dossier social).',
  en: 'The CPAS’s public task and legal obligation (GDPR art. 6(1)(c) and (e)): organic law on CPAS of 8 July 1976 (art. 1, 57 and 60: social assistance, social inquiry, social file).',
};
export const REGISTRATION_BASIS: Localised = {
  fr: 'Obligation légale (RGPD art. 6.1.c) : loi du 19 juillet 1991 relative aux registres de la population (adresse de référence au CPAS) et loi organique des CPAS du 8 juillet 1976.',
  en: 'Legal obligation (GDPR art. 6(1)(c)): law of 19 July 1991 on the population registers (reference address at the CPAS) and organic law on CPAS of 8 July 1976.',
};
export const SCHOOLS_BASIS: Localised = {
  fr: 'Mission d’intérêt public de la Ville (RGPD art. 6.1.e) : le plan « Liège, ville hospitalière », animations avec les écoles.',
  en: 'The City’s public task (GDPR art. 6(1)(e)): the plan “Liège, a hospitable city”, activities with schools.',
};
export const ACCOUNT_BASIS: Localised = {
  fr: 'Sécurité du traitement et responsabilité (RGPD art. 32 et 5.2), au titre de la mission du responsable (art. 6.1.e).',
  en: 'Security of processing and accountability (GDPR art. 32 and 5(2)), as part of the controller’s task (art. 6(1)(e)).',
};
export const HOUSED_PEOPLE: Localised = {
  fr: 'Personnes et ménages hébergés ou accompagnés par le CPAS (dont des mineurs et des personnes sans titre de séjour).',
  en: 'People and households housed or supported by the CPAS (including minors and people without a residence permit).',
};
export const STAFF: Localised = { fr: 'Membres du personnel utilisateurs de Passerelle.', en: 'Staff members using Passerelle.' };
export const HOUSING_PURPOSE: Localised = {
  fr: 'Organiser l’hébergement des ménages et leur accompagnement social.',
  en: 'Organising the households’ housing and their social support.',
};
export const HOUSING_RETENTION: RetentionSource = { rule: 'housingRecords' };
export const CONTACTS_RETENTION: RetentionSource = { rule: 'directoryContacts' };
export const PROGRAMME_HISTORY: RetentionSource = {
  text: {
    fr: 'Gardé comme historique du programme (indicateurs annuels) ; supprimé à la main quand il n’est plus utile.',
    en: 'Kept as the programme’s history (annual indicators); deleted by hand when no longer useful.',
  },
};
export const APPEND_ONLY: RetentionSource = {
  text: {
    fr: 'Sans limite : journal en ajout seul (ni modification ni suppression), des identifiants seulement, jamais une valeur.',
    en: 'Without limit: an append-only log (no change, no removal), ids only, never a value.',
  },
};
/** A retention run of housing records is the housing role's (checked per rule kind in the handler). */
export const HOUSING_RETENTION_REACH = { actions: 'all', onlyRoles: ['housing'] } as const;
/** A retention run of directory contacts is the administrators' and coordinators' (checked per rule kind). */
export const CONTACTS_RETENTION_REACH = { actions: 'all', onlyRoles: ['admin', 'coordinator'] } as const;
export const HOUSING_REACH: ReachedBy = { housing: 'all', personalData: 'all', retention: HOUSING_RETENTION_REACH };
export const NOTES_MAY_NAME: Localised = {
  fr: 'notes libres, qui peuvent nommer une personne',
  en: 'free-text notes, which may name a person',
};

