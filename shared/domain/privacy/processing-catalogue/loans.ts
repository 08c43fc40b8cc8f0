import type { CatalogueEntry } from '../processing-register';
import { SCHOOLS_BASIS, STAFF, PROGRAMME_HISTORY, CONTACTS_RETENTION_REACH, NOTES_MAY_NAME } from './shared-texts';

/** Loans of the travelling exhibition (City). */
export const LOANS_TABLES: Readonly<Record<string, CatalogueEntry>> = {
  exhibitions: {
    activity: 'loans',
    personal: true,
    categoriesOfData: {
      fr: `Expositions itinérantes : titre, propriétaire, description, conditions de prêt, ${NOTES_MAY_NAME.fr} (transport, montage).`,
      en: `Travelling exhibitions: title, owner, description, loan conditions, ${NOTES_MAY_NAME.en} (transport, set-up).`,
    },
    categoriesOfPeople: { fr: 'Propriétaires et transporteurs nommés dans les notes.', en: 'Owners and carriers named in the notes.' },
    purpose: { fr: 'Prêter les expositions aux écoles.', en: 'Lending the exhibitions to schools.' },
    legalBasis: SCHOOLS_BASIS,
    reachedBy: { exhibitions: 'all', loans: 'all', indicators: 'all' },
    retention: { text: { fr: 'Tant que l’exposition existe (archivée ensuite).', en: 'While the exhibition exists (archived afterwards).' } },
    encryption: [],
  },
  loans: {
    activity: 'loans',
    personal: true,
    categoriesOfData: {
      fr: 'Prêts : école, lieu, adresse, nom, courriel et téléphone de la personne de contact, dates, statut, notes.',
      en: 'Loans: school, venue, address, the contact person’s name, e-mail and phone, days, status, notes.',
    },
    categoriesOfPeople: { fr: 'Personnes de contact des emprunteurs (enseignants, personnel).', en: 'The borrowers’ contact people (teachers, staff).' },
    purpose: { fr: 'Organiser la livraison, le prêt et le retour des expositions.', en: 'Organising the delivery, loan and return of exhibitions.' },
    legalBasis: SCHOOLS_BASIS,
    reachedBy: { loans: 'all', exhibitions: 'all', schools: 'all', indicators: 'all', retention: CONTACTS_RETENTION_REACH },
    retention: {
      text: {
        fr: 'Gardé comme historique du programme ; la copie des coordonnées de la personne de contact est effacée quand la règle « contacts de l’annuaire » anonymise ce contact.',
        en: 'Kept as the programme’s history; the copy of the contact person’s details is cleared when the rule “directory contacts” anonymises that contact.',
      },
    },
    encryption: [],
  },
  loan_checks: {
    activity: 'loans',
    personal: true,
    categoriesOfData: {
      fr: 'Contrôles d’état à la livraison et au retour : date, compte de l’agent qui a contrôlé, notes.',
      en: 'Condition checks at delivery and return: day, account of the staff member who checked, notes.',
    },
    categoriesOfPeople: STAFF,
    purpose: { fr: 'Savoir dans quel état une exposition part et revient, et qui l’a constaté.', en: 'Knowing in which condition an exhibition leaves and comes back, and who saw it.' },
    legalBasis: SCHOOLS_BASIS,
    reachedBy: { loans: 'all', exhibitions: 'all' },
    retention: PROGRAMME_HISTORY,
    encryption: [],
  },
  loan_decisions: {
    activity: 'loans',
    personal: true,
    categoriesOfData: {
      fr: 'Décisions sur un prêt (demande, accord, refus, annulation) : date, compte de l’agent, motif.',
      en: 'Decisions on a loan (request, approval, refusal, cancellation): time, staff account, reason.',
    },
    categoriesOfPeople: STAFF,
    purpose: { fr: 'Signer et dater chaque décision.', en: 'Signing and dating each decision.' },
    legalBasis: SCHOOLS_BASIS,
    reachedBy: { loans: 'all' },
    retention: PROGRAMME_HISTORY,
    encryption: [],
  },
  item_flag_resolutions: {
    activity: 'loans',
    personal: true,
    categoriesOfData: {
      fr: 'Réparations d’une pièce signalée : dates, compte de l’agent qui l’a résolue, note.',
      en: 'Repairs of a flagged item: days, account of the staff member who resolved it, note.',
    },
    categoriesOfPeople: STAFF,
    purpose: { fr: 'Suivre l’état des pièces des expositions.', en: 'Following the condition of the exhibitions’ items.' },
    legalBasis: SCHOOLS_BASIS,
    reachedBy: { exhibitions: 'all' },
    retention: PROGRAMME_HISTORY,
    encryption: [],
  },
  exhibition_items: {
    activity: 'loans',
    personal: false,
    why: { fr: 'Pièces d’une exposition et leur état.', en: 'An exhibition’s items and their condition.' },
  },
  loan_check_items: {
    activity: 'loans',
    personal: false,
    why: {
      fr: 'État de chaque pièce lors d’un contrôle (qui a contrôlé est dans loan_checks).',
      en: 'Each item’s condition at a check (who checked is in loan_checks).',
    },
  },
  loan_events: {
    activity: 'loans',
    personal: false,
    why: { fr: 'Lien entre un prêt et une animation.', en: 'Link between a loan and an activity.' },
  },
};
