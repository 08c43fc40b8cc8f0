import type { ExportedFile } from '../../shared/api/exported-file';

/**
 * "ecole-communale-de-droixhe" from a name, for file names: ASCII only (every system accepts it), at most 50
 * characters, `fallback` when nothing is left.
 */
export function fileSlug(text: string, fallback: string): string {
  return (
    text.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 50) ||
    fallback
  );
}

/** A PDF made on the Node side, ready to cross IPC or HTTP (base64). */
export function pdfFile(fileName: string, bytes: Uint8Array): ExportedFile {
  return { fileName, mimeType: 'application/pdf', content: Buffer.from(bytes).toString('base64'), encoding: 'base64' };
}
