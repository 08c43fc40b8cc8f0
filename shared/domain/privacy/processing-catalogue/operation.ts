import type { CatalogueEntry } from '../processing-register';

/** Running the application: tables that hold no personal data. */
export const OPERATION_TABLES: Readonly<Record<string, CatalogueEntry>> = {
  // ── Running the application (no personal data) ────────────────────────────────────────────────────────────
  erasures: {
    activity: 'operation',
    personal: false,
    why: {
      fr: 'Identifiants d’enregistrements déjà supprimés (type, numéro, date de création) : la ligne qu’ils nommaient n’existe plus, rien ne les relie à une personne. Ils servent à refaire un effacement après la restauration d’une sauvegarde.',
      en: 'Ids of records already deleted (kind, number, creation time): the row they named no longer exists, nothing links them to a person. They serve to redo an erasure after a backup is restored.',
    },
  },
  installation: {
    activity: 'operation',
    personal: false,
    why: { fr: 'Identifiant de l’installation et empreinte de la clé de chiffrement.', en: 'The installation’s id and the encryption key’s fingerprint.' },
  },
  knex_migrations: {
    activity: 'operation',
    personal: false,
    why: { fr: 'Liste des migrations du schéma appliquées (outil knex).', en: 'The schema migrations applied (knex’s own table).' },
  },
  knex_migrations_lock: {
    activity: 'operation',
    personal: false,
    why: { fr: 'Verrou des migrations du schéma (outil knex).', en: 'The schema migrations’ lock (knex’s own table).' },
  },
};
