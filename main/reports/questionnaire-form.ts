import type { jsPDF } from 'jspdf';
import {
  CODE_PARTS,
  type AdministrationPhase,
  type CodePart,
  type QuestionnaireTemplate,
  type TemplateItem,
} from '../../shared/domain/questionnaires/templates';
import { formatDateFr } from '../exports/labels-fr';
import { BRAND_RED, newDocument, PDF_MARGIN, pdfText, toBytes } from './pdf-kit';

/**
 * The paper questionnaire (issue 5, item 4): what a class fills in with a pen, before or after an activity,
 * and what a person then types into the entry grid. Made for pupils of 8 to 16: large type, one question per
 * row, a tick box per answer with its label under it, nothing that needs colour to be understood. The value
 * to type is printed small beside each box (Likert 1…5, yes = 1 / no = 0, 0…10, the option's value).
 * Data in, bytes out: no I/O here.
 */

export type FormLanguage = 'fr' | 'en';

export interface QuestionnaireFormContext {
  schoolName: string;
  className: string;
  /** YYYY-MM-DD */
  date: string;
  phase: AdministrationPhase;
  eventTitle: string;
}

export interface QuestionnaireFormOptions {
  language: FormLanguage;
  /** How many forms in the PDF (a class set); each starts on a new page. Default 1. */
  copies?: number;
}

/** A class set of more than this many forms is refused: no class is that large. */
export const MAX_FORM_COPIES = 200;

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
const CODE_PART_EXAMPLES: Record<FormLanguage, Partial<Record<CodePart, string>>> = {
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

const LETTER_HINT: Record<FormLanguage, string> = { fr: 'En majuscule : A, B, C…', en: 'A capital letter: A, B, C…' };

const WORDS = {
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
    generated: (stamp: string) => `Document généré par Passerelle le ${stamp}`,
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
    generated: (stamp: string) => `Generated by Passerelle on ${stamp}`,
    documentTitle: 'Questionnaire',
  },
} as const;

const EN_WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const EN_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "Tuesday 3 March 2026" from "YYYY-MM-DD", without time zone arithmetic. */
function formatDateEn(date: string): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return `${EN_WEEKDAYS[new Date(Date.UTC(year, month - 1, day)).getUTCDay()]} ${day} ${EN_MONTHS[month - 1]} ${year}`;
}

/** The items asked in a phase, in printed order: those of that phase and those asked both times. */
export function itemsForPhase(template: Pick<QuestionnaireTemplate, 'items'>, phase: AdministrationPhase): TemplateItem[] {
  return template.items.filter((item) => item.phase === phase || item.phase === 'both').sort((a, b) => a.position - b.position);
}

// Geometry (mm). A4 portrait; the footer sits at 287.
const PAGE_WIDTH = 210;
const CONTENT_WIDTH = PAGE_WIDTH - 2 * PDF_MARGIN;
/** Where the questions start on a copy's second page, under the reminder line. */
const CONTINUATION_TOP = 26;
const PAGE_BOTTOM = 279;
/** Questions and answers are indented by the width of their number. */
const ITEM_INDENT = 11;
const ANSWER_LEFT = PDF_MARGIN + ITEM_INDENT;
const ANSWER_WIDTH = CONTENT_WIDTH - ITEM_INDENT;
const TICK_BOX = 8;
const CODE_BOX_WIDTH = 10;
const CODE_BOX_HEIGHT = 12;
const CODE_BOX_GAP = 2;
const MAX_COLUMN = 41;
const WORDING_SIZE = 14;
const LABEL_SIZE = 10.5;
const VALUE_SIZE = 9;
const BLACK: [number, number, number] = [0, 0, 0];
const INK: [number, number, number] = [20, 20, 20];
const GREY: [number, number, number] = [70, 70, 70];

function lineHeight(size: number): number {
  return (size * 1.15 * 25.4) / 72;
}

function setFont(doc: jsPDF, size: number, style: 'normal' | 'bold' | 'italic' = 'normal', colour = INK): void {
  doc.setFont('helvetica', style);
  doc.setFontSize(size);
  doc.setTextColor(...colour);
}

function split(doc: jsPDF, text: string, width: number): string[] {
  return doc.splitTextToSize(pdfText(text), width) as string[];
}

/** The text on one line, cut with "…" when it is too wide (in the current font). */
function fitLine(doc: jsPDF, text: string, width: number): string {
  if (doc.getTextWidth(text) <= width) return text;
  let end = text.length;
  while (end > 1 && doc.getTextWidth(`${text.slice(0, end).trimEnd()}…`) > width) end -= 1;
  return `${text.slice(0, end).trimEnd()}…`;
}

function wordingOf(item: TemplateItem, language: FormLanguage): string {
  return language === 'en' && item.wordingEn.trim() !== '' ? item.wordingEn.trim() : item.wordingFr.trim();
}

function anchorOf(item: TemplateItem, index: number, language: FormLanguage): string {
  const english = item.anchorsEn[index]?.trim() ?? '';
  return language === 'en' && english !== '' ? english : (item.anchorsFr[index]?.trim() ?? '');
}

/** A box to tick, with its value beside it (left) for the person who types the forms in. */
interface Tick {
  value: number;
  label: string;
}

function ticksOf(item: TemplateItem, language: FormLanguage): Tick[] {
  const words = WORDS[language];
  switch (item.answerType) {
    case 'likert4':
    case 'likert5': {
      const points = item.answerType === 'likert4' ? 4 : 5;
      return Array.from({ length: points }, (_, index) => ({ value: index + 1, label: anchorOf(item, index, language) }));
    }
    case 'yes_no':
      return [
        { value: 1, label: words.yes },
        { value: 0, label: words.no },
      ];
    case 'single_choice':
      return item.choices.map((choice) => ({
        value: choice.value,
        label: language === 'en' && choice.labelEn.trim() !== '' ? choice.labelEn.trim() : choice.labelFr.trim(),
      }));
    case 'scale_0_10':
    case 'free_text':
      return [];
  }
}

/** Ticks laid out in rows of equal columns: at most 5 a row, never wider than MAX_COLUMN. */
function tickRows(ticks: Tick[]): { rows: Tick[][]; column: number } {
  const perRow = ticks.length <= 5 ? Math.max(ticks.length, 1) : Math.ceil(ticks.length / Math.ceil(ticks.length / 5));
  const rows: Tick[][] = [];
  for (let start = 0; start < ticks.length; start += perRow) rows.push(ticks.slice(start, start + perRow));
  return { rows, column: Math.min(ANSWER_WIDTH / perRow, MAX_COLUMN) };
}

function drawTickBox(doc: jsPDF, x: number, y: number): void {
  doc.setDrawColor(...BLACK);
  doc.setLineWidth(0.45);
  doc.rect(x, y, TICK_BOX, TICK_BOX);
}

/** The answer area of one item; with `draw` false, only measures it. Returns its height. */
function answerArea(doc: jsPDF, item: TemplateItem, language: FormLanguage, audience: 'pupil' | 'teacher', top: number, draw: boolean): number {
  if (item.answerType === 'free_text') {
    const lines = audience === 'teacher' ? 5 : 3;
    const spacing = 9.5;
    if (draw) {
      doc.setDrawColor(110, 110, 110);
      doc.setLineWidth(0.25);
      for (let line = 1; line <= lines; line += 1) doc.line(ANSWER_LEFT, top + line * spacing, PDF_MARGIN + CONTENT_WIDTH, top + line * spacing);
    }
    return lines * spacing + 1;
  }

  if (item.answerType === 'scale_0_10') {
    const column = ANSWER_WIDTH / 11;
    const numberHeight = 5.5;
    const anchorWidth = column * 4.5;
    setFont(doc, LABEL_SIZE);
    const low = split(doc, anchorOf(item, 0, language), anchorWidth);
    const last = Math.max(item.anchorsFr.length, item.anchorsEn.length, 2) - 1;
    const high = split(doc, anchorOf(item, last, language), anchorWidth);
    const anchorsHeight = Math.max(low.length, high.length) * lineHeight(LABEL_SIZE);
    if (draw) {
      for (let value = 0; value <= 10; value += 1) {
        const centre = ANSWER_LEFT + column * (value + 0.5);
        setFont(doc, 11, 'bold');
        doc.text(String(value), centre, top + 4, { align: 'center' });
        drawTickBox(doc, centre - TICK_BOX / 2, top + numberHeight);
      }
      setFont(doc, LABEL_SIZE);
      const baseline = top + numberHeight + TICK_BOX + 1.5 + lineHeight(LABEL_SIZE) * 0.8;
      doc.text(low, ANSWER_LEFT + column / 2 - TICK_BOX / 2, baseline);
      doc.text(high, ANSWER_LEFT + column * 10.5 + TICK_BOX / 2, baseline, { align: 'right' });
    }
    return numberHeight + TICK_BOX + 1.5 + anchorsHeight;
  }

  const { rows, column } = tickRows(ticksOf(item, language));
  let height = 0;
  rows.forEach((row, rowIndex) => {
    setFont(doc, LABEL_SIZE);
    const labels = row.map((tick) => split(doc, tick.label, column - 3));
    const labelsHeight = Math.max(0, ...labels.map((lines) => lines.length)) * lineHeight(LABEL_SIZE);
    const rowTop = top + height;
    if (draw) {
      row.forEach((tick, index) => {
        const centre = ANSWER_LEFT + column * (index + 0.5);
        const boxLeft = centre - TICK_BOX / 2;
        drawTickBox(doc, boxLeft, rowTop);
        setFont(doc, VALUE_SIZE, 'normal', GREY);
        doc.text(String(tick.value), boxLeft - 1.2, rowTop + TICK_BOX / 2 + 1.1, { align: 'right' });
        setFont(doc, LABEL_SIZE);
        doc.text(labels[index]!, centre, rowTop + TICK_BOX + 1.5 + lineHeight(LABEL_SIZE) * 0.8, { align: 'center' });
      });
    }
    height += TICK_BOX + 1.5 + labelsHeight + (rowIndex < rows.length - 1 ? 4 : 0);
  });
  return height;
}

interface Layout {
  template: QuestionnaireTemplate;
  context: QuestionnaireFormContext;
  language: FormLanguage;
  dateInWords: string;
}

/** The City's band, as `newDocument` draws it on the first page, for the first page of every other copy. */
function band(doc: jsPDF): void {
  doc.setFillColor(...BRAND_RED);
  doc.rect(0, 0, PAGE_WIDTH, 14, 'F');
  setFont(doc, 10, 'bold', [255, 255, 255]);
  doc.text('Ville de Liège · Passerelle', PDF_MARGIN, 9);
  doc.setFont('helvetica', 'normal');
  doc.text(pdfText('Plan « Liège, ville hospitalière »'), PAGE_WIDTH - PDF_MARGIN, 9, { align: 'right' });
}

/** Title, phase, school, class, activity and date. Returns where the next block starts. */
function header(doc: jsPDF, layout: Layout): number {
  const { template, context, language } = layout;
  const words = WORDS[language];
  setFont(doc, 9, 'normal', GREY);
  doc.text(pdfText(`${template.name} · version ${template.version}`), PDF_MARGIN, 23);

  // The phase in white on black, top right: a 'before' pile never mixes with an 'after' pile.
  const phase = words.phase[context.phase].toUpperCase();
  setFont(doc, 13, 'bold');
  const badgeWidth = doc.getTextWidth(pdfText(phase)) + 10;
  doc.setFillColor(...BLACK);
  doc.roundedRect(PDF_MARGIN + CONTENT_WIDTH - badgeWidth, 26, badgeWidth, 11, 1.5, 1.5, 'F');
  setFont(doc, 13, 'bold', [255, 255, 255]);
  doc.text(pdfText(phase), PDF_MARGIN + CONTENT_WIDTH - badgeWidth / 2, 33.5, { align: 'center' });

  setFont(doc, 22, 'bold');
  doc.text(pdfText(template.audience === 'teacher' ? words.teacherTitle : words.pupilTitle), PDF_MARGIN, 35);

  const labelWidth = 24;
  const rows: [string, string][] = [
    [words.school, context.schoolName],
    [words.class, context.className],
    [words.activity, context.eventTitle],
    [words.date, layout.dateInWords],
  ];
  let y = 47;
  for (const [label, value] of rows) {
    setFont(doc, 12, 'normal');
    const lines = split(doc, value.trim() === '' ? '—' : value.trim(), CONTENT_WIDTH - labelWidth);
    setFont(doc, 12, 'bold', GREY);
    doc.text(pdfText(language === 'fr' ? `${label} :` : `${label}:`), PDF_MARGIN, y);
    setFont(doc, 12, 'normal');
    doc.text(lines, PDF_MARGIN + labelWidth, y);
    y += lines.length * lineHeight(12) + 1.5;
  }
  doc.setDrawColor(...BLACK);
  doc.setLineWidth(0.5);
  doc.line(PDF_MARGIN, y - 1.5, PDF_MARGIN + CONTENT_WIDTH, y - 1.5);
  return y + 5;
}

/** The code block: one row of boxes per part of the recipe, with what to write in it. */
function codeBlock(doc: jsPDF, layout: Layout, top: number): number {
  const { template, language } = layout;
  const words = WORDS[language];
  const padding = 4;
  const boxesWidth = 2 * CODE_BOX_WIDTH + CODE_BOX_GAP;
  const textWidth = CONTENT_WIDTH - 2 * padding - boxesWidth - 8 - 8;
  const parts = template.codeRecipe.map((part) => {
    setFont(doc, 12.5);
    const instruction = split(doc, CODE_PART_INSTRUCTIONS[language][part], textWidth);
    setFont(doc, 10, 'italic');
    const hintText = CODE_PARTS[part].kind === 'letter' ? LETTER_HINT[language] : (CODE_PART_EXAMPLES[language][part] ?? '');
    const hint = hintText === '' ? [] : split(doc, hintText, textWidth);
    const textHeight = instruction.length * lineHeight(12.5) + hint.length * lineHeight(10);
    return { part, instruction, hint, height: Math.max(CODE_BOX_HEIGHT, textHeight) + 5 };
  });
  setFont(doc, 11);
  const intro = split(doc, words.codeIntro, CONTENT_WIDTH - 2 * padding);
  const headHeight = 9 + intro.length * lineHeight(11) + 3;
  const height = headHeight + parts.reduce((sum, part) => sum + part.height, 0) + padding - 3;

  doc.setDrawColor(...BLACK);
  doc.setLineWidth(0.6);
  doc.roundedRect(PDF_MARGIN, top, CONTENT_WIDTH, height, 2, 2, 'S');
  setFont(doc, 15, 'bold');
  doc.text(pdfText(words.codeTitle), PDF_MARGIN + padding, top + 7.5);
  setFont(doc, 11);
  doc.text(intro, PDF_MARGIN + padding, top + 13);

  let y = top + headHeight;
  parts.forEach((part, index) => {
    const spec = CODE_PARTS[part.part];
    // The step number, then the instruction, then the boxes on the right.
    setFont(doc, 12.5, 'bold');
    doc.text(`${index + 1}.`, PDF_MARGIN + padding, y + 4.6);
    setFont(doc, 12.5);
    doc.text(part.instruction, PDF_MARGIN + padding + 8, y + 4.6);
    if (part.hint.length > 0) {
      setFont(doc, 10, 'italic', GREY);
      doc.text(part.hint, PDF_MARGIN + padding + 8, y + 4.6 + part.instruction.length * lineHeight(12.5));
    }
    const boxesLeft = PDF_MARGIN + CONTENT_WIDTH - padding - boxesWidth;
    doc.setDrawColor(...BLACK);
    doc.setLineWidth(0.5);
    for (let character = 0; character < spec.length; character += 1) {
      doc.rect(boxesLeft + character * (CODE_BOX_WIDTH + CODE_BOX_GAP), y, CODE_BOX_WIDTH, CODE_BOX_HEIGHT);
    }
    y += part.height;
    if (index < parts.length - 1) {
      doc.setDrawColor(170, 170, 170);
      doc.setLineWidth(0.2);
      doc.setLineDashPattern([0.8, 0.8], 0);
      doc.line(PDF_MARGIN + padding, y - 2.5, PDF_MARGIN + CONTENT_WIDTH - padding, y - 2.5);
      doc.setLineDashPattern([], 0);
    }
  });
  return top + height + 7;
}

/** The reassuring words and how to tick, with a ticked box as the example. */
function intro(doc: jsPDF, layout: Layout, top: number): number {
  const words = WORDS[layout.language];
  if (layout.template.audience === 'teacher') {
    setFont(doc, 12);
    const lines = split(doc, words.teacherIntro, CONTENT_WIDTH);
    doc.text(lines, PDF_MARGIN, top + 4);
    return top + lines.length * lineHeight(12) + 8;
  }
  setFont(doc, 13, 'bold');
  const reassurance = split(doc, words.pupilIntro, CONTENT_WIDTH);
  doc.text(reassurance, PDF_MARGIN, top + 4.5);
  let y = top + 4.5 + reassurance.length * lineHeight(13) + 1.5;
  setFont(doc, 12.5);
  const how = split(doc, words.pupilHow, CONTENT_WIDTH - TICK_BOX - 4);
  doc.text(how, PDF_MARGIN, y);
  const lastWidth = doc.getTextWidth(how[how.length - 1]!);
  const boxLeft = PDF_MARGIN + Math.min(lastWidth + 3, CONTENT_WIDTH - TICK_BOX);
  const boxTop = y + (how.length - 1) * lineHeight(12.5) - 5.6;
  drawTickBox(doc, boxLeft, boxTop);
  doc.setLineWidth(0.7);
  doc.line(boxLeft + 1.5, boxTop + 1.5, boxLeft + TICK_BOX - 1.5, boxTop + TICK_BOX - 1.5);
  doc.line(boxLeft + 1.5, boxTop + TICK_BOX - 1.5, boxLeft + TICK_BOX - 1.5, boxTop + 1.5);
  y += (how.length - 1) * lineHeight(12.5) + 6;
  return y + 4;
}

/** The reminder at the top of a copy's second and later pages. */
function continuationHeader(doc: jsPDF, layout: Layout): void {
  const { context, language } = layout;
  const words = WORDS[language];
  setFont(doc, 10, 'bold');
  const right = pdfText(`${words.phase[context.phase]} (${words.continued})`);
  doc.text(right, PDF_MARGIN + CONTENT_WIDTH, 15, { align: 'right' });
  // The class first: a long school name is cut, the class never.
  setFont(doc, 10, 'normal', GREY);
  const left = [`${words.class} ${context.className.trim()}`, context.schoolName.trim()].filter((part) => part !== '').join(' · ');
  doc.text(fitLine(doc, pdfText(left), CONTENT_WIDTH - doc.getTextWidth(right) - 8), PDF_MARGIN, 15);
  doc.setDrawColor(...BLACK);
  doc.setLineWidth(0.3);
  doc.line(PDF_MARGIN, 18, PDF_MARGIN + CONTENT_WIDTH, 18);
}

/** One question: its number, its wording and its answer area, never split across two pages. */
function itemBlock(doc: jsPDF, layout: Layout, item: TemplateItem, number: number, top: number, first: boolean): number {
  setFont(doc, WORDING_SIZE, 'bold');
  const wording = split(doc, wordingOf(item, layout.language), ANSWER_WIDTH);
  const wordingHeight = wording.length * lineHeight(WORDING_SIZE);
  const answerHeight = answerArea(doc, item, layout.language, layout.template.audience, 0, false);
  const separator = first ? 0 : 6;
  const height = separator + wordingHeight + 3 + answerHeight;

  let y = top;
  if (y + height > PAGE_BOTTOM) {
    doc.addPage();
    continuationHeader(doc, layout);
    y = CONTINUATION_TOP;
  } else if (!first) {
    doc.setDrawColor(160, 160, 160);
    doc.setLineWidth(0.25);
    doc.line(PDF_MARGIN, y + 1, PDF_MARGIN + CONTENT_WIDTH, y + 1);
    y += separator;
  }
  const baseline = y + lineHeight(WORDING_SIZE) * 0.8;
  setFont(doc, WORDING_SIZE, 'bold');
  doc.text(`${number}.`, PDF_MARGIN, baseline);
  doc.text(wording, ANSWER_LEFT, baseline);
  const answerTop = y + wordingHeight + 3;
  answerArea(doc, item, layout.language, layout.template.audience, answerTop, true);
  return answerTop + answerHeight + 4;
}

function footers(doc: jsPDF, layout: Layout, copyStarts: number[], generatedAt: Date): void {
  const pages = doc.getNumberOfPages();
  const words = WORDS[layout.language];
  const stamp = generatedAt.toISOString().slice(0, 10).split('-').reverse().join('/');
  copyStarts.forEach((start, copy) => {
    const end = (copyStarts[copy + 1] ?? pages + 1) - 1;
    for (let page = start; page <= end; page += 1) {
      doc.setPage(page);
      setFont(doc, 8, 'normal', [110, 110, 110]);
      doc.text(pdfText(words.generated(stamp)), PDF_MARGIN, 287);
      const middle = pdfText(`${words.phase[layout.context.phase]} · ${layout.context.className.trim()}`);
      doc.text(fitLine(doc, middle, 56), PAGE_WIDTH / 2 + 6, 287, { align: 'center' });
      doc.text(`Page ${page - start + 1} / ${end - start + 1}`, PAGE_WIDTH - PDF_MARGIN, 287, { align: 'right' });
    }
  });
}

/**
 * The printable questionnaire of a template for one class, before or after an activity: header, the pupil's
 * code boxes (pupil templates), a reassuring word, then the items of that phase numbered 1, 2, 3… in printed
 * order — the order and numbers of the entry grid's columns. `copies` forms follow one another, each on new
 * pages, with page numbers counted per form.
 */
export function buildQuestionnaireForm(
  template: QuestionnaireTemplate,
  context: QuestionnaireFormContext,
  options: QuestionnaireFormOptions,
  now: Date,
): Uint8Array {
  const copies = options.copies ?? 1;
  if (!Number.isInteger(copies) || copies < 1 || copies > MAX_FORM_COPIES) {
    throw new RangeError(`copies must be a whole number from 1 to ${MAX_FORM_COPIES}, not ${copies}`);
  }
  if (!/^\d{4}-\d{2}-\d{2}$/.test(context.date)) throw new RangeError(`date must be YYYY-MM-DD, not ${context.date}`);
  const items = itemsForPhase(template, context.phase);
  if (items.length === 0) throw new RangeError(`template ${template.id} asks no item in phase ${context.phase}`);

  const language = options.language;
  const layout: Layout = {
    template,
    context,
    language,
    dateInWords: language === 'fr' ? formatDateFr(context.date) : formatDateEn(context.date),
  };
  const words = WORDS[language];
  const title = template.audience === 'teacher' ? words.teacherTitle : words.documentTitle;
  const doc = newDocument(`${title} — ${words.phase[context.phase]} — ${context.schoolName} ${context.className}`);
  const copyStarts: number[] = [];
  for (let copy = 0; copy < copies; copy += 1) {
    if (copy > 0) {
      doc.addPage();
      band(doc);
    }
    copyStarts.push(doc.getNumberOfPages());
    let y = header(doc, layout);
    if (template.audience === 'pupil' && template.codeRecipe.length > 0) y = codeBlock(doc, layout, y);
    y = intro(doc, layout, y);
    items.forEach((item, index) => {
      y = itemBlock(doc, layout, item, index + 1, y, index === 0);
    });
    if (template.audience === 'pupil' && y + 12 <= PAGE_BOTTOM) {
      setFont(doc, 14, 'bold');
      doc.text(pdfText(words.thanks), PDF_MARGIN + CONTENT_WIDTH, y + 6, { align: 'right' });
    }
  }
  footers(doc, layout, copyStarts, now);
  doc.setFont('helvetica', 'normal');
  return toBytes(doc);
}
