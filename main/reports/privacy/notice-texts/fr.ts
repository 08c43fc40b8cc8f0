import { APD_CONTACT_LINES, CPAS_ADDRESS, RETENTION_PLACEHOLDER, type NoticeText } from './types';

/** La notice d'information en français : le texte de référence (les autres langues le traduisent). */
export const NOTICE_FR: NoticeText = {
  title: 'Notice d’information sur vos données personnelles',
  subtitle: 'Accompagnement au logement du CPAS de Liège — RGPD, articles 13 et 14',
  fileName: 'notice-information-fr',
  intro:
    'Le CPAS de Liège vous aide à trouver ou à garder un logement (hébergement citoyen, logement de transit, bail glissant, adresse de référence). Pour cela, il enregistre des informations qui vous concernent, vous et votre ménage. Cette notice vous dit lesquelles, pourquoi, qui les voit, combien de temps elles sont gardées et quels sont vos droits.',
  sections: [
    {
      heading: '1. Qui est responsable de vos données ?',
      blocks: [
        {
          kind: 'paragraph',
          text: 'Le Centre public d’action sociale (CPAS) de Liège est le responsable du traitement de vos données :',
        },
        { kind: 'lines', lines: CPAS_ADDRESS },
      ],
    },
    {
      heading: '2. Quelles données ?',
      blocks: [
        {
          kind: 'bullets',
          items: [
            'un code de dossier pour votre ménage et pour chaque personne (par exemple M-7K3Q), qui vous désigne dans nos listes et nos statistiques ;',
            'si vous les donnez : vos nom et prénom, votre année de naissance, les langues que vous parlez, un moyen de vous joindre et votre situation de séjour (choisie dans une courte liste) ;',
            'la taille de votre ménage ;',
            'vos séjours (logement, dates, motif de fin), votre place sur la liste d’attente, vos inscriptions d’adresse (adresse de référence, inscription provisoire) et leurs échéances ;',
            'les notes des travailleurs sociaux utiles à votre accompagnement.',
          ],
        },
        {
          kind: 'paragraph',
          text: 'Certaines informations peuvent être sensibles (votre situation de séjour, une information de santé dans une note). Les noms, les coordonnées, la situation de séjour et les notes sont enregistrés chiffrés. Ces informations viennent de vous ou, à votre connaissance, du service qui vous a orienté vers le CPAS, de votre hébergeur et du service Population de la Ville de Liège.',
        },
      ],
    },
    {
      heading: '3. Pourquoi ?',
      blocks: [
        {
          kind: 'bullets',
          items: [
            'organiser et suivre votre hébergement ou votre logement ;',
            'tenir la liste d’attente de façon équitable ;',
            'faire les démarches d’adresse (adresse de référence au CPAS, inscription provisoire) et en respecter les délais légaux ;',
            'établir des statistiques pour le Conseil de l’action sociale et le plan « Liège, ville hospitalière » : elles ne contiennent que des nombres, personne n’y est reconnaissable.',
          ],
        },
        {
          kind: 'paragraph',
          text: 'Vos données ne servent à rien d’autre. Elles ne sont jamais vendues et aucune décision n’est prise automatiquement à votre sujet.',
        },
      ],
    },
    {
      heading: '4. Sur quelle base légale ?',
      blocks: [
        {
          kind: 'paragraph',
          text: 'Le CPAS traite vos données pour remplir sa mission légale d’aide sociale : mission d’intérêt public et obligation légale (RGPD, article 6.1.e et 6.1.c), prévues par la loi organique des CPAS du 8 juillet 1976 (articles 1er, 57 et 60 : enquête sociale et dossier social) et, pour l’adresse de référence, par la loi du 19 juillet 1991 relative aux registres de la population. Les informations sensibles sont traitées parce qu’elles sont nécessaires à l’aide sociale (RGPD, article 9.2.b et 9.2.h).',
        },
        {
          kind: 'paragraph',
          text: 'Vous n’êtes pas obligé de tout dire : le CPAS vous aide quand même. Seules les démarches qui en ont besoin ne peuvent pas être faites sans ces informations (par exemple une adresse de référence demande votre identité).',
        },
      ],
    },
    {
      heading: '5. Qui voit vos données ?',
      blocks: [
        {
          kind: 'bullets',
          items: [
            'les travailleurs du service logement du CPAS de Liège, et eux seuls ; chaque consultation de votre dossier est enregistrée ;',
            'le service Population de la Ville de Liège et la police locale, pour les démarches d’adresse que la loi prévoit (inscription, enquête de résidence) ;',
            'votre hébergeur ou le propriétaire du logement, seulement ce qui est nécessaire à votre séjour ;',
            'les autorités qui peuvent l’exiger en vertu d’une loi (par exemple les autorités de tutelle du CPAS).',
          ],
        },
        { kind: 'paragraph', text: 'Vos données restent dans l’Union européenne.' },
      ],
    },
    {
      heading: '6. Combien de temps ?',
      blocks: [{ kind: 'paragraph', text: RETENTION_PLACEHOLDER }],
    },
    {
      heading: '7. Vos droits',
      blocks: [
        { kind: 'paragraph', text: 'Vous pouvez, gratuitement :' },
        {
          kind: 'bullets',
          items: [
            'savoir quelles données le CPAS a sur vous et en recevoir une copie, sur papier ou sous forme de fichier (RGPD, article 15) ;',
            'faire corriger des données fausses ou incomplètes (article 16) ;',
            'faire effacer vos données lorsqu’elles ne sont plus nécessaires ou ont été traitées à tort (article 17) ;',
            'demander que leur usage soit limité (article 18), et vous opposer à leur traitement pour des raisons liées à votre situation particulière (article 21).',
          ],
        },
        {
          kind: 'paragraph',
          text: 'Pour cela, parlez-en à votre travailleur social ou écrivez au délégué à la protection des données du CPAS (point 8). Vous recevez une réponse dans le mois.',
        },
      ],
    },
    {
      heading: '8. Le délégué à la protection des données',
      blocks: [
        { kind: 'paragraph', text: 'Pour toute question sur vos données, vous pouvez contacter le délégué à la protection des données du CPAS de Liège :' },
        { kind: 'dpo' },
      ],
    },
    {
      heading: '9. Introduire une plainte',
      blocks: [
        {
          kind: 'paragraph',
          text: 'Si vous pensez que vos données ne sont pas traitées correctement, vous pouvez introduire une plainte auprès de l’Autorité de protection des données (APD) :',
        },
        { kind: 'lines', lines: ['Autorité de protection des données', ...APD_CONTACT_LINES] },
      ],
    },
  ],
  retention: (years) =>
    `Votre dossier est gardé ${years === 1 ? 'un an' : `${years} ans`} après la fin de votre dernier séjour ou de votre dernière inscription d’adresse, puis il est effacé. Tant qu’un séjour, une inscription d’adresse ou une demande sur la liste d’attente est en cours, il est gardé. Les statistiques ne gardent que des nombres, sans nom.`,
  dpoFallback: ['Délégué à la protection des données', ...CPAS_ADDRESS],
  page: (page, pages) => `page ${page} / ${pages}`,
};
