// How to read the housing report: every definition the numbers follow (main/services/housing/reports.ts
// computes them; keep the two in step) and the rules that keep people out of it.
import type { HousingReport } from '../../../../shared/domain/housing/reports-api';
import { type Cursor, heading, paragraph } from '../../questionnaires/impact-report/layout';
import { formatDay } from './labels';

function methodNote(report: HousingReport): { title: string; text: string }[] {
  const end = formatDay(report.to);
  return [
    {
      title: 'Période',
      text: `Du ${formatDay(report.from)} au ${end}, les deux jours compris. Les nuits comptées sont celles qui commencent ces jours-là : un séjour du 1er au 3 mars compte 2 nuits.`,
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
      text: "Demandes, débuts et fins : la date correspondante tombe dans la période. « En cours » : domiciliation accordée, commencée au plus tard le dernier jour et pas terminée avant le premier. Une demande refusée ne compte que dans les demandes.",
    },
    {
      title: 'Échéances légales',
      text: `Les délais des domiciliations, avec les durées des paramètres en vigueur (par défaut : transmission de la demande en 5 jours, contact au CPAS tous les 3 mois, déclaration de déménagement en 8 jours, enquête de résidence en 15 jours, radiation après 6 mois d'absence). Sont comptées les échéances dont le dernier jour tombe dans la période. Respectée : faite au plus tard ce jour-là ; manquée : faite après, ou pas faite et le jour est passé ; encore ouverte : pas faite et le jour n'est pas encore passé au ${formatDay(report.today)}.`,
    },
    {
      title: 'Protection des personnes',
      text: "Ce rapport ne contient que des nombres : aucun nom, aucun code de personne ou de ménage. Pour qu'un lecteur qui connaît quelques familles ne puisse pas en déduire ce qui leur est arrivé, les nombres de personnes, de ménages, de placements, de domiciliations et d'échéances de 1 à 4 sont remplacés par « < 5 », et le détail d'un total de 1 à 4 (par type, par motif ou par résultat) n'est pas publié (« n.p. »), zéros compris. Le total des échéances ne détaille pas non plus ses résultats quand les lignes non publiées en cachent moins de 5. Les unités, places, nuitées et taux décrivent les logements et sont donnés exactement.",
    },
  ];
}

export function methodSection(cursor: Cursor, report: HousingReport): void {
  heading(cursor, 'Méthode', 25);
  for (const { title, text } of methodNote(report)) {
    paragraph(cursor, title, { style: 'bold', size: 9.5, after: 0.5 });
    paragraph(cursor, text, { size: 9, after: 2.5 });
  }
}
