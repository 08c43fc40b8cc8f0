import { describe, expect, it } from 'vitest';
import { normaliseText, normaliseTexts } from '../../shared/api/normalise-text';

describe('normalising texts', () => {
  it('replaces a lone surrogate, high or low, with U+FFFD and keeps a real pair', () => {
    expect(normaliseText('a\ud800b')).toBe('a\ufffdb');
    expect(normaliseText('a\udc00b')).toBe('a\ufffdb');
    expect(normaliseText('fin\ud83d')).toBe('fin\ufffd');
    expect(normaliseText('famille 👨‍👩‍👧')).toBe('famille 👨‍👩‍👧');
    expect(normaliseText('\udc00\ud800')).toBe('\ufffd\ufffd');
  });

  it('gives the composed form (NFC) of accented letters', () => {
    const decomposed = 'E\u0301cole Saint-Le\u0301onard';
    expect(decomposed).not.toBe('École Saint-Léonard');
    expect(normaliseText(decomposed)).toBe('École Saint-Léonard');
    expect(normaliseText('Şükrü Yılmaz')).toBe('Şükrü Yılmaz');
  });

  it('walks objects and arrays and leaves other values alone', () => {
    const input = { name: 'a\ud800', list: ['e\u0301', 3, null, { deep: 'x\udfff' }], flag: true, count: 4, none: null };
    expect(normaliseTexts(input)).toEqual({ name: 'a\ufffd', list: ['é', 3, null, { deep: 'x\ufffd' }], flag: true, count: 4, none: null });
    expect(normaliseTexts(undefined)).toBeUndefined();
  });

  it('produces text that survives UTF-8 unchanged', () => {
    const text = normaliseText('a\ud800b\udc00c');
    expect(Buffer.from(text, 'utf8').toString('utf8')).toBe(text);
  });

  it('normalises a long ASCII text whose only other letter is at its very end (the ASCII shortcut looks at all of it)', () => {
    const ascii = 'QUJD'.repeat(250_000);
    expect(normaliseText(ascii)).toBe(ascii);
    expect(normaliseText(`${ascii}e\u0301`)).toBe(`${ascii}é`);
    expect(normaliseText(`${ascii}\ud800`)).toBe(`${ascii}\ufffd`);
    expect(normaliseText(`\udc00${ascii}`)).toBe(`\ufffd${ascii}`);
  });
});
