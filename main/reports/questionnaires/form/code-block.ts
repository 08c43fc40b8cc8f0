// The pupil's secret-code block: one row of boxes per part of the recipe, with what to write in it.
import type { jsPDF } from 'jspdf';
import { CODE_PARTS } from '../../../../shared/domain/questionnaires/templates';
import { PDF_MARGIN, pdfText } from '../../pdf-kit';
import { BLACK, CODE_BOX_GAP, CODE_BOX_HEIGHT, CODE_BOX_WIDTH, CONTENT_WIDTH, GREY, lineHeight, setFont, split } from './drawing';
import { CODE_PART_EXAMPLES, CODE_PART_INSTRUCTIONS, LETTER_HINT, WORDS } from './texts';
import type { Layout } from './types';

/** The code block: one row of boxes per part of the recipe, with what to write in it. */
export function codeBlock(doc: jsPDF, layout: Layout, top: number): number {
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
