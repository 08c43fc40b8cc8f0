import type { Db } from '../../db/connection';
import type { ExportedFile } from '../../../shared/api/exported-file';
import type { DocumentLanguage } from '../../../shared/domain/documents';
import { pdfFile } from '../../exports/exported-file';
import { buildProcessingRegisterPdf, processingRegisterFileName } from '../../reports/privacy/processing-register';
import { buildProcessingRegister } from './processing-register';

/** The register of processing as a PDF file, in the language asked for: the screen's data, the same instant. */
export async function processingRegisterFile(ctx: { db: Db; now: Date }, language: DocumentLanguage): Promise<ExportedFile> {
  const register = await buildProcessingRegister(ctx);
  return pdfFile(processingRegisterFileName(register, language), buildProcessingRegisterPdf(register, language));
}
