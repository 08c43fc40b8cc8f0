// How to read the housing report, in each language: every definition the numbers follow
// (main/services/housing/reports.ts computes them; keep the two in step) and the rules that keep people out of
// it (main/services/housing/report-privacy.ts; keep the two in step too).
import type { HousingReport } from '../../../../shared/domain/housing/reports-api';
import type { DocumentLanguage } from '../../pdf-kit';
import { type Cursor, heading, paragraph } from '../../kit/flow';
import type { ReportFormat } from './labels';

/** A titled paragraph, or several (the privacy rules, one each). */
type Note = { title: string; text: string | string[] }[];

function french(report: HousingReport, day: (date: string) => string): Note {
  const end = day(report.to);
  return [
    {
      title: 'Période',
      text: `Du ${day(report.from)} au ${end}, les deux jours compris. Les nuits comptées sont celles qui commencent ces jours-là : un séjour du 1er au 3 mars compte 2 nuits.`,
    },
    {
      title: 'Comparaison',
      text: `Chaque chiffre clé et chaque total est donné aussi pour les mêmes dates un an plus tôt (du ${day(report.previous.from)} au ${day(report.previous.to)}), et l'évolution : la période moins l'année précédente, en points pour un taux. Les mêmes dates plutôt que la période qui précède, parce qu'un conseil compare une année à l'année d'avant, et un hiver (saison de l'accueil d'urgence) à un hiver ; un 29 février devient le 28. Les échéances de l'année précédente sont jugées au même jour, le ${day(report.today)}. Un « — » : l'une des deux valeurs n'est pas un nombre exact.`,
    },
    {
      title: 'Unités',
      text: `« Identifiées » : unités enregistrées pendant la période (leur premier statut, quel qu'il soit, date de la période). « Soutenues » : unités soutenues pour la première fois pendant la période (statut soutenu, actif ou suspendu). « Ouvertes » et « Actives » : statut au soir du ${end}. « Places » : capacité des unités actives au ${end}. Les unités par statut comptent toutes les unités enregistrées à cette date, y compris celles clôturées avant la période.`,
    },
    {
      title: 'Occupation',
      text: "Nuitées : personnes placées × nuits de chaque placement dans la période. La fin d'un placement est sa date de départ réelle, sinon la date prévue ; sans l'une ni l'autre, il continue jusqu'à la fin de la période. Places-nuits offertes : capacité × nuits où l'unité était active. Taux d'occupation : nuitées ÷ places-nuits offertes (« — » sans place offerte). La capacité est celle enregistrée aujourd'hui.",
    },
    {
      title: 'Placements',
      text: "Commencés : date d'arrivée dans la période. Terminés : date de départ réelle dans la période, par motif enregistré. Un déménagement d'une unité vers une autre compte comme un placement terminé et un placement commencé.",
    },
    {
      title: 'Domiciliations',
      text: 'Demandes, débuts et fins : la date correspondante tombe dans la période. « En cours » : domiciliation accordée, commencée au plus tard le dernier jour et pas terminée avant le premier. Une demande refusée ne compte que dans les demandes.',
    },
    {
      title: 'Échéances légales',
      text: `Les délais des domiciliations, avec les durées des paramètres en vigueur (par défaut : transmission de la demande en 5 jours, contact au CPAS tous les 3 mois, déclaration de déménagement en 8 jours, enquête de résidence en 15 jours, radiation après 6 mois d'absence). Sont comptées les échéances dont le dernier jour tombe dans la période. Respectée : faite au plus tard ce jour-là ; manquée : faite après, ou pas faite et le jour est passé ; encore ouverte : pas faite et le jour n'est pas encore passé au ${day(report.today)}.`,
    },
    {
      title: 'Protection des personnes',
      text: [
        "Ce rapport ne contient que des nombres : aucun nom, aucun code de personne ou de ménage. Il doit dire au conseil si les délais ont été tenus, sans qu'un lecteur qui connaît quelques familles puisse en déduire ce qui est arrivé à l'une d'elles. Quatre règles, appliquées avant l'impression, à l'écran comme dans ce document.",
        "1. Personnes : un nombre de personnes ou de ménages de 1 à 4 est remplacé par « < 5 » ; 0 reste 0.",
        "2. Démarches : les nombres de placements, de domiciliations et d'échéances, et tous les totaux, sont donnés exactement. Ils disent combien de démarches le CPAS a menées, pas pour qui.",
        "3. Résultats d'un petit groupe : le détail qui dit ce qui s'est passé (échéance respectée, manquée ou ouverte ; motif de fin d'un placement) n'est pas publié (« n.p. »), zéros compris, quand ce groupe compte de 1 à 4 personnes ou ménages différents. Sinon, une ligne « 1 échue, 1 manquée » pour la seule personne concernée par une enquête de résidence dirait ce qui lui est arrivé. C'est le nombre de personnes derrière la ligne qui compte, pas le nombre d'échéances : une même personne peut devoir quatre contacts dans l'année. « 3 respectées sur 40 » pour au moins 5 personnes est publié.",
        "4. Pas de soustraction : le total d'une colonne moins les lignes publiées donnerait le détail non publié. Les lignes non publiées d'un tableau doivent donc concerner ensemble au moins 5 personnes différentes ; sinon la plus petite ligne publiée ne l'est plus, et s'il n'en reste aucune, le détail du total ne l'est pas non plus. Une soustraction ne peut alors donner que le résultat d'au moins 5 personnes ensemble.",
        "Les deux périodes ne se recouvrent pas : l'une ne se déduit pas de l'autre. Les unités, places, nuitées et taux décrivent les logements et sont donnés exactement.",
      ],
    },
  ];
}

function english(report: HousingReport, day: (date: string) => string): Note {
  const end = day(report.to);
  return [
    {
      title: 'Period',
      text: `From ${day(report.from)} to ${end}, both days included. The nights counted are those beginning on those days: a stay from 1 to 3 March counts 2 nights.`,
    },
    {
      title: 'Comparison',
      text: `Each key figure and each total is also given for the same dates one year earlier (from ${day(report.previous.from)} to ${day(report.previous.to)}), with the change: the period minus the year before, in points for a rate. The same dates rather than the period just before, because a council compares a year with the year before, and a winter (the season of emergency shelter) with a winter; 29 February becomes 28 February. The year before's deadlines are judged on the same day, ${day(report.today)}. A “—”: one of the two values is not an exact number.`,
    },
    {
      title: 'Units',
      text: `“Identified”: units recorded during the period (their first status, whatever it was, dated in the period). “Supported”: units supported for the first time during the period (status supported, active or suspended). “Open” and “Active”: status at the end of ${end}. “Places”: capacity of the units active on ${end}. Units by status count every unit recorded by that day, including those closed before the period.`,
    },
    {
      title: 'Occupancy',
      text: 'Bed-nights: people placed × nights of each placement within the period. A placement ends on its actual departure day, otherwise its planned end; with neither, it runs to the end of the period. Place-nights offered: capacity × nights on which the unit was active. Occupancy rate: bed-nights ÷ place-nights offered (“—” when no place was offered). The capacity is the one recorded today.',
    },
    {
      title: 'Placements',
      text: 'Started: arrival day in the period. Ended: actual departure day in the period, by the reason recorded. A move from one unit to another counts as one placement ended and one started.',
    },
    {
      title: 'Address registrations',
      text: 'Requests, starts and ends: the day in question falls in the period. “In force”: granted, started on or before the last day and not ended before the first. A refused request counts only among the requests.',
    },
    {
      title: 'Legal deadlines',
      text: `The time limits of address registrations, with the lengths in the settings (by default: forwarding the request within 5 days, contact at the CPAS every 3 months, declaring a move within 8 days, police check within 15 days, strike-off after 6 months of absence). Deadlines whose last day falls in the period are counted. Met: done on or before that day; missed: done later, or not done and the day has passed; still open: not done and the day has not passed on ${day(report.today)}.`,
    },
    {
      title: 'Protecting people',
      text: [
        'This report holds numbers only: no name, no code of a person or household. It must tell the council whether deadlines were met, without letting a reader who knows a few families work out what happened to one of them. Four rules, applied before printing, on screen as in this document.',
        '1. People: a number of people or households from 1 to 4 is replaced by “< 5”; 0 stays 0.',
        '2. Procedures: the numbers of placements, registrations and deadlines, and every total, are given exactly. They say how many procedures the CPAS handled, not for whom.',
        '3. Outcomes of a small group: the detail that says what happened (deadline met, missed or open; why a placement ended) is not published (“n.p.”), zeros included, when that group is 1 to 4 different people or households. Otherwise a row “1 due, 1 missed” for the only person with a police check would say what happened to them. What counts is the number of people behind the row, not of deadlines: one person may owe four contacts in a year. “3 met out of 40” for at least 5 people is published.',
        '4. No subtraction: a column’s total minus the rows shown would give the unpublished detail back. So the unpublished rows of a table must together concern at least 5 different people; if not, the smallest published row is withheld too, and if none is left, the total’s detail is withheld as well. A subtraction can then only give the outcome of at least 5 people together.',
        'The two periods do not overlap: neither can be worked out from the other. Units, places, bed-nights and rates describe housing and are given exactly.',
      ],
    },
  ];
}

const NOTES: Record<DocumentLanguage, (report: HousingReport, day: (date: string) => string) => Note> = { fr: french, en: english };

export function methodSection(cursor: Cursor, report: HousingReport, language: DocumentLanguage, format: ReportFormat, title: string): void {
  heading(cursor, title, { keep: 25 });
  for (const { title: subtitle, text } of NOTES[language](report, format.day)) {
    // A title is kept with the first lines of its text.
    cursor.need(18);
    paragraph(cursor, subtitle, { style: 'bold', size: 9.5, after: 0.5 });
    const paragraphs = typeof text === 'string' ? [text] : text;
    paragraphs.forEach((one, index) => paragraph(cursor, one, { size: 9, after: index === paragraphs.length - 1 ? 2.5 : 1 }));
  }
}
