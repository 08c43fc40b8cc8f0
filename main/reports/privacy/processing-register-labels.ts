// Every word of the register's PDF, one record per language.
import type { DocumentLanguage } from '../../../shared/domain/documents';
import type { Role } from '../../../shared/domain/roles';
import type { AppModule } from '../../../shared/domain/modules';

export interface RegisterWords {
  title: string;
  kicker: string;
  made: (day: string) => string;
  intro: string;
  installation: (engine: string, modules: string) => string;
  engines: Record<'sqlite' | 'postgres', string>;
  modules: Record<AppModule, string>;
  noModule: string;
  roles: Record<Role, string>;
  summaryHeading: string;
  summaryHead: [string, string, string, string, string];
  personal: string;
  notPersonal: string;
  activityHeading: (name: string) => string;
  controller: string;
  moduleOff: string;
  notInUse: string;
  fields: {
    data: string;
    people: string;
    purpose: string;
    basis: string;
    access: string;
    retention: string;
    encryption: string;
    rows: string;
  };
  everySignedIn: string;
  beforeSignIn: string;
  noChannel: string;
  throughDomains: (domains: string) => string;
  encrypted: (columns: string) => string;
  notEncrypted: string;
  termYears: (years: number) => string;
  nonPersonalHeading: string;
  nonPersonalHead: [string, string];
  unclassifiedHeading: string;
  unclassified: (tables: string) => string;
  methodHeading: string;
  method: string[];
}

const FR: RegisterWords = {
  title: 'Registre des activités de traitement',
  kicker: 'RGPD, article 30 · pour le délégué à la protection des données',
  made: (day) => `Établi le ${day} à partir du schéma de la base, des droits d’accès et des réglages de cette installation`,
  intro:
    'Chaque table de la base de données de Passerelle figure ici : celles qui contiennent des données personnelles avec les catégories de données et de personnes, la finalité, la base légale, qui peut y accéder, la durée de conservation et les colonnes chiffrées ; les autres avec la raison pour laquelle elles n’en contiennent pas.',
  installation: (engine, modules) => `Installation : ${engine} · modules actifs : ${modules}.`,
  engines: { sqlite: 'poste de travail (SQLite)', postgres: 'serveur d’équipe (PostgreSQL)' },
  modules: { schools: 'programme scolaire', housing: 'logement' },
  noModule: 'aucun',
  roles: { admin: 'Administration', coordinator: 'Coordination', teacher: 'Enseignants', housing: 'Logement (CPAS)' },
  summaryHeading: 'Vue d’ensemble',
  summaryHead: ['Table', 'Données personnelles', 'Accès (rôles)', 'Conservation', 'Chiffrement'],
  personal: 'oui',
  notPersonal: 'non',
  activityHeading: (name) => name,
  controller: 'Responsable du traitement',
  moduleOff: 'Module désactivé sur cette installation : ces tables y restent vides.',
  notInUse: 'non utilisée ici (module désactivé)',
  fields: {
    data: 'Catégories de données',
    people: 'Personnes concernées',
    purpose: 'Finalité',
    basis: 'Base légale',
    access: 'Qui peut y accéder',
    retention: 'Conservation',
    encryption: 'Chiffrement',
    rows: 'Enregistrements',
  },
  everySignedIn: 'tout utilisateur connecté (son propre compte)',
  beforeSignIn: 'avant connexion (la vérification de la connexion)',
  noChannel: 'aucun écran de l’application',
  throughDomains: (domains) => `par les fonctions : ${domains}`,
  encrypted: (columns) => `AES-256-GCM, colonne par colonne : ${columns}`,
  notEncrypted: 'en clair dans la base (protégée par les droits du système et les sauvegardes vérifiées)',
  termYears: (years) => `${years} an${years === 1 ? '' : 's'}`,
  nonPersonalHeading: 'Tables sans données personnelles',
  nonPersonalHead: ['Table', 'Pourquoi'],
  unclassifiedHeading: 'Tables non décrites',
  unclassified: (tables) => `Ces tables existent dans la base mais ne sont pas encore décrites dans le registre : ${tables}. Signalez-le aux développeurs.`,
  methodHeading: 'Comment ce registre est établi',
  method: [
    'Les tables et leurs colonnes sont lues dans la base elle-même au moment de l’export ; une table ajoutée sans description apparaît ci-dessus comme « non décrite », et les tests de l’application échouent tant qu’elle n’est pas classée.',
    'Les accès viennent de la table des rôles × fonctions de l’application (chaque fonction déclare les rôles qui peuvent l’appeler ; le serveur le vérifie à chaque appel). Une fonction d’un module désactivé est refusée à tous.',
    'Les durées de conservation des dossiers logement et des contacts de l’annuaire sont celles en vigueur dans les réglages (Paramètres → Protection des données).',
    'Le chiffrement indiqué est celui des champs (AES-256-GCM, clé propre à l’installation) ; le reste de la base est protégé par les droits d’accès au dossier des données ou au serveur.',
  ],
};

const EN: RegisterWords = {
  title: 'Register of processing activities',
  kicker: 'GDPR, article 30 · for the data protection officer',
  made: (day) => `Made on ${day} from the database schema, the access rights and the settings of this installation`,
  intro:
    'Every table of Passerelle’s database is listed here: those holding personal data with the categories of data and of people, the purpose, the legal basis, who may access them, how long they are kept and which columns are encrypted; the others with the reason why they hold none.',
  installation: (engine, modules) => `Installation: ${engine} · modules switched on: ${modules}.`,
  engines: { sqlite: 'desktop (SQLite)', postgres: 'team server (PostgreSQL)' },
  modules: { schools: 'schools programme', housing: 'housing' },
  noModule: 'none',
  roles: { admin: 'Administration', coordinator: 'Coordination', teacher: 'Teachers', housing: 'Housing (CPAS)' },
  summaryHeading: 'Overview',
  summaryHead: ['Table', 'Personal data', 'Access (roles)', 'Retention', 'Encryption'],
  personal: 'yes',
  notPersonal: 'no',
  activityHeading: (name) => name,
  controller: 'Controller',
  moduleOff: 'Module switched off on this installation: these tables stay empty here.',
  notInUse: 'not used here (module switched off)',
  fields: {
    data: 'Categories of data',
    people: 'Data subjects',
    purpose: 'Purpose',
    basis: 'Legal basis',
    access: 'Who may access it',
    retention: 'Retention',
    encryption: 'Encryption',
    rows: 'Records',
  },
  everySignedIn: 'every signed-in user (their own account)',
  beforeSignIn: 'before sign-in (the sign-in check)',
  noChannel: 'no screen of the application',
  throughDomains: (domains) => `through the functions: ${domains}`,
  encrypted: (columns) => `AES-256-GCM, column by column: ${columns}`,
  notEncrypted: 'in clear in the database (protected by the system’s access rights and verified backups)',
  termYears: (years) => `${years} year${years === 1 ? '' : 's'}`,
  nonPersonalHeading: 'Tables without personal data',
  nonPersonalHead: ['Table', 'Why'],
  unclassifiedHeading: 'Tables not described',
  unclassified: (tables) => `These tables exist in the database but are not described in the register yet: ${tables}. Tell the developers.`,
  methodHeading: 'How this register is made',
  method: [
    'The tables and their columns are read from the database itself when the register is exported; a table added without a description shows above as “not described”, and the application’s tests fail until it is classified.',
    'Access comes from the application’s role × function table (each function declares the roles that may call it; the server checks it on every call). A function of a switched-off module is refused to everyone.',
    'The retention terms of housing records and directory contacts are those in force in the settings (Settings → Data protection).',
    'The encryption shown is field encryption (AES-256-GCM, a key of the installation’s own); the rest of the database is protected by the access rights to the data folder or the server.',
  ],
};

export const REGISTER_WORDS: Record<DocumentLanguage, RegisterWords> = { fr: FR, en: EN };
