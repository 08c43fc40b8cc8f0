import type { CatalogueEntry } from '../processing-register';
import { ACCOUNT_BASIS, STAFF, APPEND_ONLY } from './shared-texts';

/** Accounts, sessions and logs (every install). */
export const ACCOUNTS_TABLES: Readonly<Record<string, CatalogueEntry>> = {
  // ── Accounts, sessions, logs (every install) ──────────────────────────────────────────────────────────────
  users: {
    activity: 'accounts',
    personal: true,
    categoriesOfData: {
      fr: 'Nom d’utilisateur, nom affiché, empreinte du mot de passe (scrypt), actif ou non, dernière connexion.',
      en: 'Username, display name, password hash (scrypt), active or not, last sign-in.',
    },
    categoriesOfPeople: STAFF,
    purpose: { fr: 'Identifier les utilisateurs et leur donner les accès de leur rôle.', en: 'Identifying users and giving them their role’s access.' },
    legalBasis: ACCOUNT_BASIS,
    reachedBy: { users: 'all', auth: 'all', system: ['audit'], contacts: ['teacherAccounts'] },
    retention: {
      text: {
        fr: 'Tant que le compte existe ; un compte est désactivé, jamais supprimé (les journaux y renvoient).',
        en: 'While the account exists; an account is deactivated, never deleted (the logs refer to it).',
      },
    },
    encryption: [],
  },
  user_roles: {
    activity: 'accounts',
    personal: true,
    categoriesOfData: { fr: 'Rôles de chaque utilisateur.', en: 'Each user’s roles.' },
    categoriesOfPeople: STAFF,
    purpose: { fr: 'Donner à chacun les accès de son rôle, et rien d’autre.', en: 'Giving each user their role’s access and nothing else.' },
    legalBasis: ACCOUNT_BASIS,
    reachedBy: { users: 'all', auth: 'all', contacts: ['teacherAccounts'] },
    retention: { text: { fr: 'Tant que le compte existe.', en: 'While the account exists.' } },
    encryption: [],
  },
  server_sessions: {
    activity: 'accounts',
    personal: true,
    categoriesOfData: {
      fr: 'Sessions du serveur d’équipe : empreinte SHA-256 du cookie, compte, début et dernière activité.',
      en: 'Team server sessions: SHA-256 hash of the cookie, account, start and last activity.',
    },
    categoriesOfPeople: STAFF,
    purpose: { fr: 'Garder un utilisateur connecté, et le déconnecter après inactivité.', en: 'Keeping a user signed in, and signing them out when idle.' },
    legalBasis: ACCOUNT_BASIS,
    reachedBy: { auth: 'all' },
    retention: {
      text: {
        fr: 'Jusqu’à la déconnexion ou la fin d’inactivité (réglage idleMinutes) ; vide sur le poste de travail (sessions en mémoire).',
        en: 'Until sign-out or the idle timeout (setting idleMinutes); empty on the desktop (sessions in memory).',
      },
    },
    encryption: [],
  },
  login_throttle: {
    activity: 'accounts',
    personal: true,
    categoriesOfData: {
      fr: 'Empreinte SHA-256 du nom d’utilisateur tapé, nombre d’échecs de connexion, prochain essai permis.',
      en: 'SHA-256 hash of the username typed, number of failed sign-ins, next attempt allowed.',
    },
    categoriesOfPeople: { fr: 'Toute personne qui tente de se connecter.', en: 'Anyone who tries to sign in.' },
    purpose: { fr: 'Freiner qui devine des mots de passe.', en: 'Slowing down password guessing.' },
    legalBasis: ACCOUNT_BASIS,
    reachedBy: { auth: ['login'] },
    retention: {
      text: {
        fr: 'Effacé à la connexion réussie ; serveur d’équipe seulement (en mémoire sur le poste de travail).',
        en: 'Cleared at a successful sign-in; team server only (in memory on the desktop).',
      },
    },
    encryption: [],
  },
  audit_events: {
    activity: 'accounts',
    personal: true,
    categoriesOfData: {
      fr: 'Journal général : date, compte de l’utilisateur, action, type et identifiant de l’enregistrement. Aucune valeur.',
      en: 'General log: time, user account, action, kind and id of the record. No value.',
    },
    categoriesOfPeople: STAFF,
    purpose: { fr: 'Rendre compte de qui a fait quoi (connexions, comptes, réglages, exports, sauvegardes).', en: 'Accounting for who did what (sign-ins, accounts, settings, exports, backups).' },
    legalBasis: ACCOUNT_BASIS,
    reachedBy: { system: ['audit'] },
    retention: APPEND_ONLY,
    encryption: [],
  },
  retention_runs: {
    activity: 'accounts',
    personal: true,
    categoriesOfData: {
      fr: 'Chaque passage de conservation confirmé : règle, durée, date limite, nombre d’effacements, compte de l’agent qui l’a confirmé. Jamais un nom.',
      en: 'Each confirmed retention run: rule, term, cutoff day, number of erasures, account of the staff member who confirmed it. Never a name.',
    },
    categoriesOfPeople: STAFF,
    purpose: { fr: 'Prouver que les durées de conservation sont appliquées (RGPD art. 5.1.e et 5.2).', en: 'Proving that the retention terms are applied (GDPR art. 5(1)(e) and 5(2)).' },
    legalBasis: ACCOUNT_BASIS,
    reachedBy: { retention: 'all' },
    retention: { text: { fr: 'Sans limite (preuve des effacements).', en: 'Without limit (proof of the erasures).' } },
    encryption: [],
  },
  settings: {
    activity: 'accounts',
    personal: true,
    categoriesOfData: {
      fr: 'Réglages de l’installation ; parmi eux, les coordonnées du délégué à la protection des données telles qu’elles sont saisies.',
      en: 'The installation’s settings; among them, the data protection officer’s contact details as typed.',
    },
    categoriesOfPeople: { fr: 'Délégué à la protection des données.', en: 'The data protection officer.' },
    purpose: { fr: 'Faire fonctionner l’application ; indiquer qui joindre dans la notice d’information.', en: 'Running the application; saying whom to reach in the information notice.' },
    legalBasis: {
      fr: 'Obligation légale (RGPD art. 6.1.c, art. 13.1.b et 37.7 : publier les coordonnées du délégué).',
      en: 'Legal obligation (GDPR art. 6(1)(c), art. 13(1)(b) and 37(7): publishing the officer’s contact details).',
    },
    reachedBy: { settings: 'all', housingSettings: 'all', retention: 'all', informationNotice: 'all' },
    retention: { text: { fr: 'Jusqu’à ce qu’un réglage soit changé.', en: 'Until a setting is changed.' } },
    encryption: [],
  },
};
