// Drawing (or measuring) the answer area of one item, per answer type: ruled lines, 0…10 scale, tick boxes.
import type { jsPDF } from 'jspdf';
import type { TemplateItem } from '../../../../shared/domain/questionnaires/templates';
import { PDF_MARGIN } from '../../pdf-kit';
import {
  ANSWER_LEFT,
  ANSWER_WIDTH,
  CONTENT_WIDTH,
  drawTickBox,
  GREY,
  LABEL_SIZE,
  lineHeight,
  MAX_COLUMN,
  setFont,
  split,
  TICK_BOX,
  VALUE_SIZE,
} from './drawing';
import { anchorOf, WORDS } from './texts';
import { choiceKeys } from '../../../../shared/domain/questionnaires/entry-keys';
import type { FormLanguage } from './types';

/** A box to tick, with the key that records it beside it (left) for the person who types the forms in. */
interface Tick {
  key: string;
  label: string;
}

function ticksOf(item: TemplateItem, language: FormLanguage): Tick[] {
  const words = WORDS[language];
  switch (item.answerType) {
    case 'likert4':
    case 'likert5': {
      const points = item.answerType === 'likert4' ? 4 : 5;
      return Array.from({ length: points }, (_, index) => ({ key: String(index + 1), label: anchorOf(item, index, language) }));
    }
    case 'yes_no':
      return [
        { key: '1', label: words.yes },
        { key: '0', label: words.no },
      ];
    case 'single_choice':
      // The grid's key: the value when every value is one digit, else the option's rank (1–9, A…).
      return choiceKeys(item).map(({ key, index }) => {
        const choice = item.choices[index]!;
        return { key, label: language === 'en' && choice.labelEn.trim() !== '' ? choice.labelEn.trim() : choice.labelFr.trim() };
      });
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

/** The answer area of one item; with `draw` false, only measures it. Returns its height. */
export function answerArea(doc: jsPDF, item: TemplateItem, language: FormLanguage, audience: 'pupil' | 'teacher', top: number, draw: boolean): number {
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
        doc.text(tick.key, boxLeft - 1.2, rowTop + TICK_BOX / 2 + 1.1, { align: 'right' });
        setFont(doc, LABEL_SIZE);
        doc.text(labels[index]!, centre, rowTop + TICK_BOX + 1.5 + lineHeight(LABEL_SIZE) * 0.8, { align: 'center' });
      });
    }
    height += TICK_BOX + 1.5 + labelsHeight + (rowIndex < rows.length - 1 ? 4 : 0);
  });
  return height;
}
