/**
 * Saves text produced by the app (a CSV export) as a file. A temporary `<a download>` on a Blob URL: the
 * window never navigates (the Electron shell refuses navigation), and the URL is released afterwards.
 */
export function downloadTextFile(fileName: string, content: string, type = 'text/csv;charset=utf-8'): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
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
