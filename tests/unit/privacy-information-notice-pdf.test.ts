import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { pdfReader, readableText } from '../helpers/pdf';
import { buildInformationNotice } from '../../main/reports/privacy/information-notice';
import { NOTICE_TEXTS } from '../../main/reports/privacy/notice-texts';
import { NOTICE_LANGUAGES } from '../../shared/domain/privacy/information-notice';

const readPdf = pdfReader('information-notice');

/** Text as pdfText prints it (straight apostrophes), white space made one space. */
function printed(text: string): string {
  return text.replace(/[\u2018\u2019]/g, "'").replace(/\s+/g, ' ');
}

interface Word {
  text: string;
  xMin: number;
  xMax: number;
  yMin: number;
}

/** Each word where it is drawn (pdftotext -bbox): Arabic comes in visual order, its letters as joined forms. */
function words(path: string): Word[] {
  const xml = execFileSync('pdftotext', ['-bbox', '-f', '1', '-l', '1', path, '-'], { encoding: 'utf8' });
  return [...xml.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)<\/word>/g)].map((match) => ({
    xMin: Number(match[1]),
    yMin: Number(match[2]),
    xMax: Number(match[3]),
    text: match[4] as string,
  }));
}

/** A word drawn right to left read back in reading order: its glyphs reversed, joined forms folded to letters. */
function logical(word: string): string {
  return [...word].reverse().join('').normalize('NFKC');
}

/** The words on the same line as `word`, left to right. */
function lineOf(all: Word[], word: Word): Word[] {
  return all.filter((other) => Math.abs(other.yMin - word.yMin) < 1).sort((a, b) => a.xMin - b.xMin);
}

// The right margin: 210 − 18 mm, in points.
const RIGHT_EDGE = ((210 - 18) * 72) / 25.4;
const LEFT_EDGE = (18 * 72) / 25.4;

describe('the information notice PDF', () => {
  it.each(NOTICE_LANGUAGES)('reads back in %s: title, every heading, the retention term and the DPO contact', (language) => {
    const text = NOTICE_TEXTS[language];
    const pdf = readPdf(buildInformationNotice({ language, retentionYears: 4, dpoContact: 'dpo-test@cpas-exemple.be\n04 999 99 99' }), `notice-${language}`);
    const flow = readableText(pdf.flow);
    expect(flow).toContain(printed(text.title));
    for (const section of text.sections) {
      // A heading's number is drawn on the reading side: in Arabic pdftotext gives it after its words' first letter.
      const words = printed(section.heading).split(' ').slice(1);
      for (const word of words) expect(flow).toContain(word);
    }
    expect(flow).toContain('dpo-test@cpas-exemple.be');
    expect(flow).toContain('04 999 99 99');
    expect(flow).toContain('contact@apd-gba.be');
    expect(pdf.fonts.length).toBeGreaterThan(0);
    expect(pdf.fonts.every((font) => font.embedded)).toBe(true);
    expect(pdf.pages).toBeGreaterThanOrEqual(2);
    expect(pdf.pages).toBeLessThanOrEqual(3);
  });

  it('prints the retention term in words of each language', () => {
    const flows = Object.fromEntries(
      NOTICE_LANGUAGES.map((language) => [language, readableText(readPdf(buildInformationNotice({ language, retentionYears: 1, dpoContact: '' }), `one-${language}`).flow)]),
    );
    expect(flows.fr).toContain('gardé un an après');
    expect(flows.en).toContain('kept for one year after');
    expect(flows.nl).toContain('één jaar bewaard');
    expect(flows.ar).toContain('سنة واحدة');
    // Without a DPO contact, the CPAS's address stands for it.
    expect(flows.fr).toContain('Délégué à la protection des données CPAS de Liège Place Saint-Jacques 13 4000 Liège');
  });

  it('writes Arabic shaped (joined letters) and right to left, from the right margin', () => {
    const pdf = readPdf(buildInformationNotice({ language: 'ar', retentionYears: 5, dpoContact: '' }), 'notice-ar-layout');
    // Shaped: the letters come back as their joined presentation forms, which fold back to the words.
    const arabicRuns = pdf.flow.match(/[\u0600-\u06ff\ufb50-\ufdff\ufe70-\ufeff]+/g) ?? [];
    expect(arabicRuns.length).toBeGreaterThan(100);
    expect(arabicRuns.filter((run) => /[\ufe70-\ufeff]/.test(run)).length).toBeGreaterThan(100);
    const flow = readableText(pdf.flow);
    for (const word of ['إشعار', 'بياناتك', 'الشخصية', 'مركز', 'العمل', 'الاجتماعي', 'لييج', 'حقوقك', 'شكوى', 'هيئة', 'حماية', 'البيانات']) {
      expect(flow).toContain(word);
    }

    const drawn = words(pdf.path);
    // The title's first word is drawn at the right margin, its last word leftmost: right to left.
    const first = drawn.find((word) => logical(word.text) === 'إشعار');
    expect(first).toBeDefined();
    const titleLine = lineOf(drawn, first!);
    expect(titleLine.map((word) => logical(word.text))).toEqual(['الشخصية', 'بياناتك', 'بشأن', 'إشعار']);
    expect(first!.xMax).toBeCloseTo(RIGHT_EDGE, 0);
    expect(titleLine[0]!.xMin).toBeGreaterThan(LEFT_EDGE + 50);

    // A heading's number stands on the right, where an Arabic reader starts ("1. من المسؤول عن بياناتك؟").
    const responsible = drawn.find((word) => logical(word.text) === 'المسؤول');
    expect(responsible).toBeDefined();
    const headingLine = lineOf(drawn, responsible!);
    const rightmost = headingLine[headingLine.length - 1]!;
    expect(rightmost.text).toMatch(/1/);
    expect(rightmost.xMax).toBeCloseTo(RIGHT_EDGE, 0);
    // …and its question mark ends the line on the left.
    expect(headingLine[0]!.text).toContain('؟');
  });

  it.each(['fr', 'en', 'nl'] as const)('never starts a %s line with a punctuation mark', (language) => {
    const pdf = readPdf(buildInformationNotice({ language, retentionYears: 5, dpoContact: '' }), `notice-${language}-lines`);
    expect(pdf.raw.split('\n').filter((line) => /^\s*[;:?!»]/.test(line))).toEqual([]);
  });

  it('writes French left to right, from the left margin', () => {
    const pdf = readPdf(buildInformationNotice({ language: 'fr', retentionYears: 5, dpoContact: '' }), 'notice-fr-layout');
    const drawn = words(pdf.path);
    const notice = drawn.find((word) => word.text === 'Notice');
    expect(notice?.xMin).toBeCloseTo(LEFT_EDGE, 0);
  });
});
