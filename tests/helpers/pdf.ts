import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';

export interface PdfText {
  /** Text in reading order, white space made one space. `pdftotext` without -raw may drop the space of a short centred text ("< 5"). */
  flow: string;
  /** Line by line in the order drawn: a table row is one line, a wrapped cell continues on the next. */
  raw: string;
  pages: number;
  /** Every font `pdffonts` lists: its name and whether the file carries it (a reader substitutes the others). */
  fonts: { name: string; embedded: boolean }[];
  /** Where the PDF was written, to look at its pages (`pdftoppm -png -r 70 <path> out`). */
  path: string;
}

/** The fonts of a PDF as `pdffonts` lists them (name, type, encoding, emb, sub, uni, object ID). */
export function pdfFonts(path: string): { name: string; embedded: boolean }[] {
  const lines = execFileSync('pdffonts', [path], { encoding: 'utf8' }).split('\n').slice(2).filter((line) => line.trim() !== '');
  return lines.map((line) => {
    // The type may hold a space ("CID TrueType"); emb, sub and uni are the three yes/no columns before the object ID.
    const flags = line.trim().split(/\s+/).slice(-5, -2);
    return { name: line.split(/\s+/)[0] as string, embedded: flags[0] === 'yes' };
  });
}

/**
 * Text as a reader copies it, for comparing names in any script: pdftotext gives Arabic in its presentation
 * forms (joined letters) wrapped in bidi marks; NFKC folds the forms back to letters, the marks are dropped.
 */
export function readableText(text: string): string {
  return text.normalize('NFKC').replace(/[\u202a-\u202e]/g, '');
}

/**
 * A reader for the PDFs of one test file, in its own temp directory: each PDF is written there, checked with
 * `qpdf --check` (an assertion), and read back with `pdftotext`.
 */
export function pdfReader(prefix: string): (bytes: Uint8Array, name: string) => PdfText {
  const workDir = mkdtempSync(join(tmpdir(), `passerelle-${prefix}-`));
  return (bytes, name) => {
    const path = join(workDir, `${name}.pdf`);
    writeFileSync(path, bytes);
    expect(execFileSync('qpdf', ['--check', path], { encoding: 'utf8' })).toContain('No syntax or stream encoding errors');
    return {
      flow: execFileSync('pdftotext', [path, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' '),
      raw: execFileSync('pdftotext', ['-raw', path, '-'], { encoding: 'utf8' }),
      pages: Number(execFileSync('qpdf', ['--show-npages', path], { encoding: 'utf8' }).trim()),
      fonts: pdfFonts(path),
      path,
    };
  };
}
