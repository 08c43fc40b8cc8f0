import type { ExportedFile } from '../../shared/api/exported-file';

/**
 * Saves text produced by the app (a CSV export) as a file. A temporary `<a download>` on a Blob URL: the
 * window never navigates (the Electron shell refuses navigation), and the URL is released afterwards.
 */
export function downloadTextFile(fileName: string, content: string, type = 'text/csv;charset=utf-8'): void {
  downloadBlob(fileName, new Blob([content], { type }));
}

function downloadBlob(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.hidden = true;
  document.body.append(link);
  try {
    link.click();
  } finally {
    link.remove();
    // The download has started reading the Blob by the next task; a delay keeps slow machines safe.
    window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
  }
}

/** A file made on the Node side (`ExportedFile` of the contract): text as is, binary (PDF) from base64. */
export function downloadExportedFile(file: ExportedFile): void {
  if (file.encoding === 'utf-8') {
    downloadTextFile(file.fileName, file.content, `${file.mimeType};charset=utf-8`);
    return;
  }
  const binary = atob(file.content);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index);
  downloadBlob(file.fileName, new Blob([bytes], { type: file.mimeType }));
}
