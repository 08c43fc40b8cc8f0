/** A file made on the Node side for the user to save. Binary files (PDF) travel as base64. */
export interface ExportedFile {
  fileName: string;
  mimeType: string;
  content: string;
  encoding: 'utf-8' | 'base64';
}
