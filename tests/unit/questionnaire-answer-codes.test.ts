import { describe, expect, it } from 'vitest';
import { orderedScaleValues, proposeAnswerCodes, readAnswerCodes, scaleKey } from '../../shared/domain/questionnaires/answer-codes';
import { isMetadataHeader, subQuestionCode, suggestCodeColumn, suggestItemColumns } from '../../main/services/questionnaires/import-mapping';
import type { TemplateItem } from '../../shared/domain/questionnaires/templates';

const AGREE = ["Pas du tout d'accord", "Plutôt pas d'accord", "Ni d'accord ni pas d'accord", "Plutôt d'accord", "Tout à fait d'accord"];

function item(position: number, changes: Partial<TemplateItem> = {}): TemplateItem {
  return {
    id: 100 + position, position, dimension: 'stereotypes', answerType: 'likert5', reverseKeyed: false,
    wordingFr: `Affirmation ${position}`, wordingEn: '', phase: 'both', anchorsFr: AGREE, anchorsEn: [], choices: [], ...changes,
  };
}

/** A small deterministic generator, so that the properties below run over many lists the same way every time. */
function* cases(count: number): Generator<{ prefix: string; width: number; length: number; seen: number[]; base: 0 | 1 }> {
  let seed = 17;
  const next = (limit: number) => {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
    return seed % limit;
  };
  for (let index = 0; index < count; index += 1) {
    const length = 2 + next(10);
    const base = (next(2) as 0 | 1);
    const seen = [...new Set(Array.from({ length: 1 + next(length) }, () => next(length)))];
    if (base === 0 && !seen.includes(0)) seen.push(0);
    yield { prefix: ['A', 'AO', 'a', 'SQ'][next(4)]!, width: 1 + next(3), length, seen, base };
  }
}

describe('answer codes read in order onto a scale', () => {
  it('reads A1…A5 and AO01…AO05 onto a 5-point scale, lowest first, in the file’s spelling', () => {
    expect(readAnswerCodes(['A3', 'A1', 'A5'], 5)).toEqual(['A1', 'A2', 'A3', 'A4', 'A5'].map((code, point) => ({ code, point })));
    expect(readAnswerCodes(['AO02', 'AO04'], 5)?.map((entry) => entry.code)).toEqual(['AO01', 'AO02', 'AO03', 'AO04', 'AO05']);
    expect(readAnswerCodes(['A0', 'A4'], 5)?.map((entry) => entry.code)).toEqual(['A0', 'A1', 'A2', 'A3', 'A4']);
  });

  it('refuses what is not one list of codes of that length: plain numbers, two prefixes, a number too high, words, twins', () => {
    expect(readAnswerCodes(['1', '2'], 5)).toBeNull();
    expect(readAnswerCodes(['A1', 'B2'], 5)).toBeNull();
    expect(readAnswerCodes(['A1', 'A6'], 5)).toBeNull();
    expect(readAnswerCodes(['A0', 'A5'], 5)).toBeNull();
    expect(readAnswerCodes(['Bof', 'A1'], 5)).toBeNull();
    expect(readAnswerCodes(['A1', 'a01'], 5)).toBeNull();
    expect(readAnswerCodes([], 5)).toBeNull();
  });

  it('property: any codes seen of a scale map each to its own point, every point has exactly one code, in order', () => {
    for (const { prefix, width, length, seen, base } of cases(400)) {
      const labels = seen.map((point) => `${prefix}${String(point + base).padStart(width, '0')}`);
      const read = readAnswerCodes(labels, length);
      expect(read).not.toBeNull();
      expect(read!.map((entry) => entry.point)).toEqual(Array.from({ length }, (_, point) => point));
      for (const [index, label] of labels.entries()) expect(read!.find((entry) => entry.code === label)?.point).toBe(seen[index]);
      // One code more than the scale has points is never a reading of it.
      expect(readAnswerCodes([...labels, `${prefix}${String(length + base).padStart(width, '0')}`], length)).toBeNull();
    }
  });

  it('gives each scale its values in order, and one key to the questions that share anchors', () => {
    expect(orderedScaleValues(item(1))).toEqual([1, 2, 3, 4, 5]);
    expect(orderedScaleValues(item(1, { answerType: 'scale_0_10' }))).toHaveLength(11);
    expect(orderedScaleValues(item(1, { answerType: 'single_choice', choices: [{ value: 7, labelFr: 'Bus', labelEn: '' }, { value: 2, labelFr: 'Pied', labelEn: '' }] }))).toEqual([7, 2]);
    expect(orderedScaleValues(item(1, { answerType: 'yes_no' }))).toEqual([]);
    expect(scaleKey(item(1))).toBe(scaleKey(item(2)));
    expect(scaleKey(item(1))).not.toBe(scaleKey(item(2, { anchorsFr: ['Jamais', 'Parfois', 'Souvent', 'Toujours', 'Tout le temps'] })));
    expect(scaleKey(item(1, { answerType: 'free_text' }))).toBeNull();
  });

  it('proposes one reading per scale for all its questions, none when a label is not a code', () => {
    const items = [item(2), item(1), item(3, { answerType: 'likert4', anchorsFr: AGREE.slice(1) })];
    const proposals = proposeAnswerCodes(items, new Map([[101, ['A1', 'A4']], [102, ['A5']], [103, ['A2', 'A4']]]));
    expect(proposals).toEqual([
      { itemIds: [101, 102], codes: [1, 2, 3, 4, 5].map((value) => ({ code: `A${value}`, value })) },
      { itemIds: [103], codes: [1, 2, 3, 4].map((value) => ({ code: `A${value}`, value })) },
    ]);
    expect(proposeAnswerCodes(items, new Map([[101, ['A1', 'Bof']], [102, ['A5']]]))).toEqual([]);
  });
});

describe('LimeSurvey headings', () => {
  it('knows the response’s own columns by code and by their headings, and never takes one for the code', () => {
    for (const header of ['id', 'submitdate', 'lastpage', 'startlanguage', 'seed', 'startdate', 'datestamp', 'ipaddr', 'refurl', 'token', 'interviewtime', 'groupTime12', 'G01Q01Time', 'Response ID', 'Date submitted', 'ID de la réponse', 'Dernière page', 'Horodateur']) {
      expect(isMetadataHeader(header), header).toBe(true);
    }
    for (const header of ['CODE', 'G01Q01[SQ001]', 'Q1', 'Temps libre', 'Code élève']) expect(isMetadataHeader(header), header).toBe(false);
    expect(suggestCodeColumn(['id', 'token', 'CODE'])).toBe('CODE');
  });

  it('reads a sub-question heading with or without its text, not "other" or "comment"', () => {
    expect(subQuestionCode('G01Q01[SQ001]')).toEqual({ question: 'G01Q01', sub: 'SQ001' });
    expect(subQuestionCode('G01Q01[SQ001]. Que penses-tu ? [Je sais…]')).toEqual({ question: 'G01Q01', sub: 'SQ001' });
    expect(subQuestionCode('Q1[other]')).toBeNull();
    expect(subQuestionCode('Que penses-tu ? [Je sais…]')).toBeNull();
  });

  it('gives sub-question columns to the scored questions left, in order, after those named by wording or number', () => {
    const items = [item(1), item(2), item(3, { answerType: 'free_text' }), item(4), item(5, { wordingFr: 'Une affirmation reconnue par son texte entier' })];
    const headers = ['id', 'CODE', 'A[SQ001]', 'Une affirmation reconnue par son texte entier', 'A[SQ002]', 'B[SQ001]', 'B[SQ002]'];
    expect(suggestItemColumns(headers, items, 'CODE')).toEqual([
      { column: 'A[SQ001]', itemId: 101 },
      { column: 'Une affirmation reconnue par son texte entier', itemId: 105 },
      { column: 'A[SQ002]', itemId: 102 },
      { column: 'B[SQ001]', itemId: 104 },
    ]);
  });
});
