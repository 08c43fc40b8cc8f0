import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { autoTable } from 'jspdf-autotable';
import { describe, expect, it } from 'vitest';
import { addFooters, newDocument, PDF_FONT, PDF_MARGIN, TABLE_MARGIN, toBytes } from '../../main/reports/pdf-kit';
import { scriptRuns } from '../../main/reports/kit/mixed-scripts';
import { pdfReader } from '../helpers/pdf';

const read = pdfReader('pdf-kit');

// Names from the families the programme meets; pdftotext gives Arabic back as presentation forms between
// direction marks, hence the normalisation before comparing.
const NAMES = ['Łukasz Wiśniewski', 'Şükrü Yılmaz', 'İpek Çağlar', 'Jiří Dvořák', 'Дмитрий Иванов', 'محمد العلي', 'ሰላም ተስፋይ'];

function readable(text: string): string {
  return text.normalize('NFKC').replace(/[\u202a-\u202e\u200e\u200f]/g, '');
}

function fontsOf(bytes: Uint8Array): string[] {
  const path = join(mkdtempSync(join(tmpdir(), 'passerelle-fonts-')), 'doc.pdf');
  writeFileSync(path, bytes);
  return execFileSync('pdffonts', [path], { encoding: 'utf8' }).split('\n').slice(2).filter((line) => line.trim() !== '');
}

function sampleDocument(language: 'fr' | 'en', institution: 'city' | 'cpas' = 'city'): Uint8Array {
  const doc = newDocument({ title: 'Liste des participants', language, institution });
  doc.setFont(PDF_FONT, 'bold');
  doc.setFontSize(14);
  doc.text(NAMES.join(' · '), PDF_MARGIN, 30, { maxWidth: 170 });
  autoTable(doc, {
    startY: 50,
    margin: TABLE_MARGIN,
    styles: { font: PDF_FONT },
    head: [['Nom', 'Rang']],
    // Enough rows for three pages: the table continues under the running head.
    body: Array.from({ length: 120 }, (_, index) => [NAMES[index % NAMES.length] as string, String(index + 1)]),
  });
  addFooters(doc, new Date('2026-12-06T10:00:00Z'));
  return toBytes(doc);
}

describe('the PDF kit', () => {
  it('prints names in Latin, Turkish, Czech, Cyrillic, Arabic and Ethiopic letters as they are spelt', () => {
    const text = readable(read(sampleDocument('fr'), 'scripts').raw);
    for (const name of NAMES.slice(0, 5)) expect(text).toContain(name);
    // Arabic is drawn right to left from its joined forms: the letters come back, word by word.
    expect(text).toMatch(/محمد|دمحم/);
    expect(text).toMatch(/العلي|يلعلا/);
    expect(text).toContain('ሰላም ተስፋይ');
  });

  it('embeds every font it uses and references no other', () => {
    const fonts = fontsOf(sampleDocument('fr'));
    expect(fonts.length).toBeGreaterThanOrEqual(2);
    for (const line of fonts) expect(line).toMatch(/CID TrueType\s+Identity-H\s+yes/);
    expect(fonts.join('\n')).toContain('PasserelleEthiopic');
  });

  it('frames every page: the institution, the title, the date and page x / y, in the document’s language', () => {
    const french = read(sampleDocument('fr'), 'fr');
    expect(french.pages).toBeGreaterThanOrEqual(3);
    expect(french.flow).toContain('Ville de Liège · Passerelle');
    expect(french.flow).toContain('généré par Passerelle le 6 décembre 2026');
    expect(french.flow).toContain(`page ${french.pages} / ${french.pages}`);
    for (let page = 1; page <= french.pages; page += 1) expect(french.flow).toContain(`page ${page} / ${french.pages}`);

    const english = read(sampleDocument('en', 'cpas'), 'en');
    expect(english.flow).toContain('CPAS of Liège · Passerelle');
    expect(english.flow).toContain('made by Passerelle on 6 December 2026');
    expect(english.flow).not.toContain('généré');
  });

  it('cuts a text into runs by the font each needs, keeping the spaces with the Latin runs', () => {
    expect(scriptRuns('Famille ሰላም ተስፋይ (Asmara)')).toEqual([
      { text: 'Famille ', ethiopic: false },
      { text: 'ሰላም', ethiopic: true },
      { text: ' ', ethiopic: false },
      { text: 'ተስፋይ', ethiopic: true },
      { text: ' (Asmara)', ethiopic: false },
    ]);
    expect(scriptRuns('Дмитрий')).toEqual([{ text: 'Дмитрий', ethiopic: false }]);
  });
});
