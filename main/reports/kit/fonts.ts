// The fonts every PDF embeds, read once from disk and registered in each new document.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { jsPDF } from 'jspdf';

/** The family every document writes in (DejaVu Sans: Latin, Greek, Cyrillic, Arabic). */
export const PDF_FONT = 'PasserelleSans';
/** DejaVu has no Ethiopic: runs of Ethiopic letters are drawn in Noto Sans Ethiopic (see mixed-scripts.ts). */
export const ETHIOPIC_FONT = 'PasserelleEthiopic';

/** Fixed-width letters for codes to retype (the recovery kit's groups line up in columns). Registered on demand. */
export const PDF_MONO_FONT = 'PasserelleMono';
const MONO_FILE = 'DejaVuSansMono-Bold.ttf';

export type FontStyle = 'normal' | 'bold' | 'italic' | 'bolditalic';

const FILES: { family: string; style: FontStyle; file: string }[] = [
  { family: PDF_FONT, style: 'normal', file: 'DejaVuSans.ttf' },
  { family: PDF_FONT, style: 'bold', file: 'DejaVuSans-Bold.ttf' },
  { family: PDF_FONT, style: 'italic', file: 'DejaVuSans-Oblique.ttf' },
  { family: PDF_FONT, style: 'bolditalic', file: 'DejaVuSans-BoldOblique.ttf' },
  { family: ETHIOPIC_FONT, style: 'normal', file: 'NotoSansEthiopic-Regular.ttf' },
  { family: ETHIOPIC_FONT, style: 'bold', file: 'NotoSansEthiopic-Bold.ttf' },
  // Noto Sans Ethiopic has no slanted face: italic Ethiopic prints upright rather than not at all.
  { family: ETHIOPIC_FONT, style: 'italic', file: 'NotoSansEthiopic-Regular.ttf' },
  { family: ETHIOPIC_FONT, style: 'bolditalic', file: 'NotoSansEthiopic-Bold.ttf' },
];

/**
 * Where the font files are: beside the bundle once built (scripts/build.mjs copies them to dist/main/fonts,
 * which the packaged app carries), or in the source tree (tests, which run the TypeScript directly).
 */
function fontDirectories(): string[] {
  const root = join(__dirname, '..', '..', '..');
  return [join(__dirname, 'fonts'), join(root, 'node_modules', 'dejavu-fonts-ttf', 'ttf'), join(root, 'assets', 'fonts')];
}

let cache: Map<string, string> | null = null;

/** Base64 of each file, read on the first PDF only: starting the app never pays for the fonts. */
function fontData(): Map<string, string> {
  if (cache) return cache;
  const directories = fontDirectories();
  const data = new Map<string, string>();
  for (const file of [...FILES.map((entry) => entry.file), MONO_FILE]) {
    if (data.has(file)) continue;
    const directory = directories.find((candidate) => existsSync(join(candidate, file)));
    if (!directory) throw new Error(`PDF font ${file} not found (looked in ${directories.join(', ')})`);
    data.set(file, readFileSync(join(directory, file)).toString('base64'));
  }
  cache = data;
  return data;
}

/**
 * Makes `doc` able to write in the embedded fonts, and selects the body font. Parsing a TrueType file costs
 * tens of milliseconds, so each face is registered the first time the document selects it (through
 * `setFont`, which the builders and jspdf-autotable both call); jsPDF then embeds only the glyphs used.
 */
export function registerFonts(doc: jsPDF): void {
  const data = fontData();
  const registered = new Set<string>();
  const originalSetFont = doc.setFont.bind(doc) as (name: string, style?: string, weight?: string | number) => jsPDF;
  const setFont = (name: string, style?: string, weight?: string | number): jsPDF => {
    const face = FILES.find((candidate) => candidate.family === name && candidate.style === (style ?? 'normal'));
    if (face && !registered.has(`${face.family}/${face.style}`)) {
      registered.add(`${face.family}/${face.style}`);
      if (!doc.existsFileInVFS(face.file)) doc.addFileToVFS(face.file, data.get(face.file) as string);
      doc.addFont(face.file, face.family, face.style, undefined, 'Identity-H');
    }
    return originalSetFont(name, style, weight);
  };
  doc.setFont = setFont as unknown as jsPDF['setFont'];
  doc.setFont(PDF_FONT, 'normal');
}

/** Registers the bold fixed-width font (only the documents that print a code need it). */
export function registerMonoFont(doc: jsPDF): void {
  doc.addFileToVFS(MONO_FILE, fontData().get(MONO_FILE) as string);
  doc.addFont(MONO_FILE, PDF_MONO_FONT, 'bold', undefined, 'Identity-H');
}
