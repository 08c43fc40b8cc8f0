// The body of a form: the opening words with a ticked example, then each question kept whole on a page.
import type { jsPDF } from 'jspdf';
import type { TemplateItem } from '../../../../shared/domain/questionnaires/templates';
import { PDF_MARGIN } from '../../pdf-kit';
import { answerArea } from './answer-areas';
import {
  ANSWER_LEFT,
  ANSWER_WIDTH,
  CONTENT_WIDTH,
  CONTINUATION_TOP,
  drawTickBox,
  lineHeight,
  PAGE_BOTTOM,
  setFont,
  split,
  TICK_BOX,
  WORDING_SIZE,
} from './drawing';
import { continuationHeader } from './page-frame';
import { WORDS, wordingOf } from './texts';
import type { Layout } from './types';

/** The reassuring words and how to tick, with a ticked box as the example. */
export function intro(doc: jsPDF, layout: Layout, top: number): number {
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

/** One question: its number, its wording and its answer area, never split across two pages. */
export function itemBlock(doc: jsPDF, layout: Layout, item: TemplateItem, number: number, top: number, first: boolean): number {
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
