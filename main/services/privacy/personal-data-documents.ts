import type { ServiceContext } from '../context';
import { personalDataOf } from './personal-data';
import { buildPersonalDataPdf } from '../../reports/privacy/personal-data';
import { pdfFile } from '../../exports/exported-file';
import type { ExportedFile } from '../../../shared/api/exported-file';
import type { DocumentLanguage } from '../../../shared/domain/documents';

/**
 * A person's data export as files (issue 20, right of access and portability): the JSON file (the versioned
 * structure of shared/domain/privacy/personal-data.ts, as it is) or the PDF (the same, printed). Each call writes
 * one 'export' row for the person to housing_audit_log (personalDataOf), in the call's transaction.
 *
 * The file is named by the person's code and the day, never by a name: "donnees-personnelles-P-7K3Q-2026-11-28.pdf",
 * "personal-data-P-7K3Q-2026-11-28.json".
 */
function fileName(language: DocumentLanguage, code: string, today: string, extension: 'json' | 'pdf'): string {
  return `${language === 'fr' ? 'donnees-personnelles' : 'personal-data'}-${code}-${today}.${extension}`;
}

export async function personalDataJsonFile(ctx: ServiceContext, input: { personId: number; language: DocumentLanguage }): Promise<ExportedFile> {
  const data = await personalDataOf(ctx, input.personId, input.language);
  return {
    fileName: fileName(input.language, data.person.code, ctx.today, 'json'),
    mimeType: 'application/json',
    content: `${JSON.stringify(data, null, 2)}\n`,
    encoding: 'utf-8',
  };
}

export async function personalDataPdfFile(ctx: ServiceContext, input: { personId: number; language: DocumentLanguage }): Promise<ExportedFile> {
  const data = await personalDataOf(ctx, input.personId, input.language);
  return pdfFile(fileName(input.language, data.person.code, ctx.today, 'pdf'), buildPersonalDataPdf(data, ctx.now, input.language));
}
