import { describe, expect, it } from 'vitest';
import { automaticLabelValue, numericValue, suggestCodeColumn, suggestItemColumns } from '../../main/services/questionnaires/import-mapping';
import type { TemplateItem } from '../../shared/domain/questionnaires/templates';

const AGREE_FR = ["Pas du tout d'accord", "Plutôt pas d'accord", "Ni d'accord ni pas d'accord", "Plutôt d'accord", "Tout à fait d'accord"];
const AGREE_EN = ['Strongly disagree', 'Disagree', 'Neither agree nor disagree', 'Agree', 'Strongly agree'];

function item(position: number, changes: Partial<TemplateItem> = {}): TemplateItem {
  return {
    id: 100 + position, position, dimension: 'stereotypes', answerType: 'likert5', reverseKeyed: false,
    wordingFr: `Question numéro ${position} assez longue pour être coupée`, wordingEn: `Question number ${position}, long enough to be cut`,
    phase: 'both', anchorsFr: AGREE_FR, anchorsEn: AGREE_EN, choices: [], ...changes,
  };
}

describe('answer import: columns', () => {
  it('finds the code column by its usual names, never a response number', () => {
    expect(suggestCodeColumn(['ID de la réponse', 'id', 'CODE ÉLÈVE', 'Q1'])).toBe('CODE ÉLÈVE');
    expect(suggestCodeColumn(['Horodateur', 'Ton code secret (1re lettre du prénom de ta maman…)'])).toBe('Ton code secret (1re lettre du prénom de ta maman…)');
    expect(suggestCodeColumn(['Horodateur', 'Q1'])).toBeNull();
  });

  it('maps "Q3", "Question 3", "03" and wordings (cut, other language, in brackets), each item once, only the items given', () => {
    const items = [item(1), item(2), item(3), item(4, { wordingFr: 'Je suis une question que personne ne coupe', wordingEn: '' })];
    const headers = ['Horodateur', 'q 2', 'Question 3', '03', 'Grille ? [Je suis une question que personne ne coupe]', 'question number 1, long enough', 'Q9', 'Q2'];
    expect(suggestItemColumns(headers, items, null)).toEqual([
      { column: 'q 2', itemId: 102 },
      { column: 'Question 3', itemId: 103 },
      { column: 'Grille ? [Je suis une question que personne ne coupe]', itemId: 104 },
      { column: 'question number 1, long enough', itemId: 101 },
    ]);
  });

  it('leaves a cut header that starts several wordings, or one too short to tell, unmapped', () => {
    expect(suggestItemColumns(['Question numéro 1 assez longue'], [item(1), item(2)], null)).toEqual([{ column: 'Question numéro 1 assez longue', itemId: 101 }]);
    expect(suggestItemColumns(['Question numéro'], [item(1)], null)).toEqual([]);
    const twins = [item(1, { wordingFr: 'Je sais pourquoi des personnes partent' }), item(2, { wordingFr: 'Je sais pourquoi des personnes restent' })];
    expect(suggestItemColumns(['Je sais pourquoi des personnes…'], twins, null)).toEqual([]);
  });
});

describe('answer import: labels', () => {
  it('reads anchors FR and EN lowest first, numbered options, the ends of a 0–10 scale, choices, yes/no and "no answer"', () => {
    expect(automaticLabelValue(item(1), 'TOUT A FAIT D’ACCORD')).toBe(5);
    expect(automaticLabelValue(item(1), 'Strongly disagree')).toBe(1);
    expect(automaticLabelValue(item(1), "4 - Plutôt d'accord")).toBe(4);
    expect(automaticLabelValue(item(1, { answerType: 'likert4', anchorsFr: AGREE_FR.slice(1), anchorsEn: [] }), "Plutôt pas d'accord")).toBe(1);
    const mark = item(2, { answerType: 'scale_0_10', anchorsFr: ["Je n'ai pas aimé", "J'ai adoré"], anchorsEn: [] });
    expect([automaticLabelValue(mark, "je n'ai pas aimé"), automaticLabelValue(mark, "J'ai adoré")]).toEqual([0, 10]);
    const choice = item(3, { answerType: 'single_choice', anchorsFr: [], anchorsEn: [], choices: [{ value: 7, labelFr: 'En bus', labelEn: 'By bus' }] });
    expect(automaticLabelValue(choice, 'by bus')).toBe(7);
    const yesNo = item(4, { answerType: 'yes_no', anchorsFr: [], anchorsEn: [] });
    expect([automaticLabelValue(yesNo, 'Oui'), automaticLabelValue(yesNo, 'no')]).toEqual([1, 0]);
    expect(automaticLabelValue(item(1), 'Sans réponse')).toBeNull();
    expect(automaticLabelValue(item(1), 'N/A')).toBeNull();
    expect(automaticLabelValue(item(1), 'Bof')).toBeUndefined();
    expect(automaticLabelValue(item(1), 'Oui')).toBeUndefined();
  });

  it('reads whole numbers as spreadsheets write them, nothing else', () => {
    expect(['4', '04', '4.0', '4,0', '10'].map(numericValue)).toEqual([4, 4, 4, 4, 10]);
    expect(['4.5', '-1', 'quatre', '', '100'].map(numericValue)).toEqual([undefined, undefined, undefined, undefined, undefined]);
  });
});
