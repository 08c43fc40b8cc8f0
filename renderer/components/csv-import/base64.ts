import { csvUploadField } from '../../../shared/api/csv-files';

/**
 * Base64 of a file's bytes, built chunk by chunk: a file of several megabytes never becomes one huge
 * argument list (`String.fromCharCode(...bytes)` would overflow the stack). The chunk size is a multiple of 3
 * so the pieces join without padding in the middle.
 */
const BASE64_CHUNK_BYTES = 3 * 8192;

export function bytesToBase64(bytes: Uint8Array, chunkBytes = BASE64_CHUNK_BYTES): string {
  if (chunkBytes % 3 !== 0 || chunkBytes <= 0) throw new Error('chunk size must be a positive multiple of 3');
  const parts: string[] = [];
  for (let start = 0; start < bytes.length; start += chunkBytes) {
    const chunk = bytes.subarray(start, start + chunkBytes);
    let binary = '';
    for (let index = 0; index < chunk.length; index += 1) binary += String.fromCharCode(chunk[index]!);
    parts.push(btoa(binary));
  }
  return parts.join('');
}

/** Length of the base64 text for `byteLength` bytes. */
export function base64Length(byteLength: number): number {
  return Math.ceil(byteLength / 3) * 4;
}

/** The largest file the import channels accept: their base64 field's cap (8 MiB of text), read from the contract. */
export const MAX_IMPORT_BASE64 = csvUploadField.maxLength ?? 8 * 1024 * 1024;
export const MAX_IMPORT_BYTES = Math.floor(MAX_IMPORT_BASE64 / 4) * 3;

export async function fileToBase64(file: Blob): Promise<string> {
  return bytesToBase64(new Uint8Array(await file.arrayBuffer()));
}
