// The public entry of the paper questionnaire PDF: validates the request and assembles each copy of the form.
import type { AdministrationPhase, QuestionnaireTemplate, TemplateItem } from '../../../shared/domain/questionnaires/templates';
import { formatDateFr } from '../../exports/labels-fr';
import { newDocument, PDF_FONT, PDF_MARGIN, pdfText, toBytes } from '../pdf-kit';
import { intro, itemBlock } from './form/body';
import { codeBlock } from './form/code-block';
import { CONTENT_WIDTH, PAGE_BOTTOM, setFont } from './form/drawing';
import { band, footers, header } from './form/page-frame';
import { formatDateEn, WORDS } from './form/texts';
import type { Layout, QuestionnaireFormContext, QuestionnaireFormOptions } from './form/types';

/**
 * The paper questionnaire (issue 5, item 4): what a class fills in with a pen, before or after an activity,
 * and what a person then types into the entry grid. Made for pupils of 8 to 16: large type, one question per
 * row, a tick box per answer with its label under it, nothing that needs colour to be understood. The value
 * to type is printed small beside each box (Likert 1…5, yes = 1 / no = 0, 0…10, the option's value).
 * Data in, bytes out: no I/O here.
 */

export { CODE_PART_INSTRUCTIONS } from './form/texts';
export type { FormLanguage, QuestionnaireFormContext, QuestionnaireFormOptions } from './form/types';

/** A class set of more than this many forms is refused: no class is that large. */
const MAX_FORM_COPIES = 200;

/** The items asked in a phase, in printed order: those of that phase and those asked both times. */
export function itemsForPhase(template: Pick<QuestionnaireTemplate, 'items'>, phase: AdministrationPhase): TemplateItem[] {
  return template.items.filter((item) => item.phase === phase || item.phase === 'both').sort((a, b) => a.position - b.position);
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
  const doc = newDocument({ title: `${title} — ${words.phase[context.phase]} — ${context.schoolName} ${context.className}`, language: language });
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
  doc.setFont(PDF_FONT, 'normal');
  return toBytes(doc);
}
