// The printed words of the questionnaire form, FR and EN: code-part instructions, labels, dates and item texts.
import type { CodePart, TemplateItem } from '../../../../shared/domain/questionnaires/templates';
import type { FormLanguage } from './types';

/** What a child is told to write in the boxes of each part of their code. */
export const CODE_PART_INSTRUCTIONS: Record<FormLanguage, Record<CodePart, string>> = {
  fr: {
    mother_first_letter: "La première lettre du prénom de ta maman (ou d'une personne qui s'occupe de toi)",
    father_first_letter: "La première lettre du prénom de ton papa (ou d'une autre personne qui s'occupe de toi)",
    own_first_letter: 'La première lettre de ton prénom',
    birth_day: 'Ton jour de naissance en chiffres (01 à 31)',
    birth_month: 'Ton mois de naissance en chiffres (01 à 12)',
    street_first_letter: 'La première lettre du nom de ta rue',
    siblings_count: 'Combien de frères et sœurs tu as, en chiffre (0 à 9)',
  },
  en: {
    mother_first_letter: "The first letter of your mum's first name (or of someone who looks after you)",
    father_first_letter: "The first letter of your dad's first name (or of another person who looks after you)",
    own_first_letter: 'The first letter of your first name',
    birth_day: 'The day of the month you were born, in numbers (01 to 31)',
    birth_month: 'The month you were born, in numbers (01 to 12)',
    street_first_letter: 'The first letter of the name of your street',
    siblings_count: 'How many brothers and sisters you have, as a number (0 to 9)',
  },
};

/** A worked example under the instruction, so that "03" and not "3" or "mars" is written. */
export const CODE_PART_EXAMPLES: Record<FormLanguage, Partial<Record<CodePart, string>>> = {
  fr: {
    birth_day: 'Exemple : si tu es né·e le 7, écris 0 7',
    birth_month: 'Exemple : si tu es né·e en mars, écris 0 3',
    siblings_count: "Exemple : si tu n'en as pas, écris 0",
  },
  en: {
    birth_day: 'Example: if you were born on the 7th, write 0 7',
    birth_month: 'Example: if you were born in March, write 0 3',
    siblings_count: 'Example: if you have none, write 0',
  },
};

export const LETTER_HINT: Record<FormLanguage, string> = { fr: 'En majuscule : A, B, C…', en: 'A capital letter: A, B, C…' };

export const WORDS = {
  fr: {
    pupilTitle: 'Questionnaire',
    teacherTitle: "Retour de l'enseignant·e",
    phase: { before: "Avant l'activité", after: "Après l'activité" },
    school: 'École',
    class: 'Classe',
    activity: 'Activité',
    date: 'Date',
    codeTitle: 'Ton code secret',
    codeIntro: "Ce code remplace ton nom. Écris-le exactement de la même façon avant et après l'activité.",
    pupilIntro: "Il n'y a pas de bonnes ou de mauvaises réponses. Ton nom n'est écrit nulle part.",
    pupilHow: 'Pour répondre, fais une croix dans une seule case par question, comme ceci :',
    teacherIntro:
      "Merci de prendre quelques minutes pour nous dire comment s'est passée l'activité. Cochez une seule case par question.",
    yes: 'Oui',
    no: 'Non',
    continued: 'suite',
    thanks: 'Merci !',
    /** The kit's footer words (pdf-kit.ts), with the date in words. */
    generated: (date: string) => `généré par Passerelle le ${date}`,
    documentTitle: 'Questionnaire',
  },
  en: {
    pupilTitle: 'Questionnaire',
    teacherTitle: 'Teacher feedback',
    phase: { before: 'Before the activity', after: 'After the activity' },
    school: 'School',
    class: 'Class',
    activity: 'Activity',
    date: 'Date',
    codeTitle: 'Your secret code',
    codeIntro: 'This code replaces your name. Write it exactly the same way before and after the activity.',
    pupilIntro: 'There are no right or wrong answers. Your name is not written anywhere.',
    pupilHow: 'To answer, put a cross in one box only for each question, like this:',
    teacherIntro: 'Thank you for taking a few minutes to tell us how the activity went. Tick one box per question.',
    yes: 'Yes',
    no: 'No',
    continued: 'continued',
    thanks: 'Thank you!',
    generated: (date: string) => `made by Passerelle on ${date}`,
    documentTitle: 'Questionnaire',
  },
} as const;

const EN_WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const EN_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "Tuesday 3 March 2026" from "YYYY-MM-DD", without time zone arithmetic. */
export function formatDateEn(date: string): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return `${EN_WEEKDAYS[new Date(Date.UTC(year, month - 1, day)).getUTCDay()]} ${day} ${EN_MONTHS[month - 1]} ${year}`;
}

export function wordingOf(item: TemplateItem, language: FormLanguage): string {
  return language === 'en' && item.wordingEn.trim() !== '' ? item.wordingEn.trim() : item.wordingFr.trim();
}

export function anchorOf(item: TemplateItem, index: number, language: FormLanguage): string {
  const english = item.anchorsEn[index]?.trim() ?? '';
  return language === 'en' && english !== '' ? english : (item.anchorsFr[index]?.trim() ?? '');
}
