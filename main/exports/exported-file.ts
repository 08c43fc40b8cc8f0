import type { ExportedFile } from '../../shared/api/exported-file';

const PLAIN_LATIN: Record<string, string> = { ı: 'i', ł: 'l', Ł: 'L', đ: 'd', Đ: 'D', ø: 'o', Ø: 'O', ß: 'ss', æ: 'ae', Æ: 'AE', œ: 'oe', Œ: 'OE', þ: 'th', Þ: 'TH' };

/**
 * "ecole-communale-de-droixhe" from a name, for file names: ASCII only (every system accepts it), at most 50
 * characters, `fallback` when nothing is left.
 */
export function fileSlug(text: string, fallback: string): string {
  return (
    // Latin letters that do not decompose into a base letter and a mark ("Yılmaz", "Łukasz") are spelt plainly first.
    [...text].map((letter) => PLAIN_LATIN[letter] ?? letter).join('').normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 50) ||
    fallback
  );
}

/** A PDF made on the Node side, ready to cross IPC or HTTP (base64). */
export function pdfFile(fileName: string, bytes: Uint8Array): ExportedFile {
  return { fileName, mimeType: 'application/pdf', content: Buffer.from(bytes).toString('base64'), encoding: 'base64' };
}
