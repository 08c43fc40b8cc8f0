import { z } from 'zod';
import { defineChannel } from '../../define';
import { documentLanguageField, idField } from '../../fields';
import type { ExportedFile } from '../../exported-file';

/**
 * Right of access (GDPR art. 15) and portability (art. 20), issue 20: everything held about one housed person,
 * as a versioned JSON file (shared/domain/privacy/personal-data.ts) or a PDF in French or English. Housing staff
 * only. Writing channels: each export is one 'export' row of the person in housing_audit_log, committed with the
 * call (none when it fails). `auditedRead`: an audited read, so the read-only view of damaged records still serves it.
 */

const HOUSING: ['housing'] = ['housing'];

const exportInput = z.strictObject({ personId: idField, language: documentLanguageField });

export const personalDataChannels = {
  exportJson: defineChannel<ExportedFile>()({ input: exportInput, access: HOUSING, writes: true, auditedRead: true }),
  exportPdf: defineChannel<ExportedFile>()({ input: exportInput, access: HOUSING, writes: true, auditedRead: true }),
};
