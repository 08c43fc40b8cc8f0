import { z } from 'zod';
import { defineChannel } from '../../define';
import { documentLanguageField } from '../../fields';
import type { ExportedFile } from '../../exported-file';
import type { ProcessingRegister } from '../../../domain/privacy/processing-register';

/**
 * The register of processing (GDPR art. 30, issue 20): built from the schema, the contract's role × channel
 * table and the settings, for the data protection officer. Administrators only.
 */
const ADMIN: ['admin'] = ['admin'];

export const processingRegisterChannels = {
  /** The register as the settings screen shows it (both languages' texts; the screen picks its own). */
  view: defineChannel<ProcessingRegister>()({ input: z.strictObject({}), access: ADMIN, writes: false }),
  /**
   * The register as a PDF, in French or English. Writing: its export is recorded in audit_events
   * (`processingRegister.export`); a damaged database opened read-only still serves it (auditedRead).
   */
  pdf: defineChannel<ExportedFile>()({ input: z.strictObject({ language: documentLanguageField }), access: ADMIN, writes: true, auditedRead: true }),
};
