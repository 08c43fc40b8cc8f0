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
    };
  };
}
