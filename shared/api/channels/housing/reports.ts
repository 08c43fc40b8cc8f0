import { z } from 'zod';
import { defineChannel } from '../../define';
import { dateField, documentLanguageField } from '../../fields';
import type { ExportedFile } from '../../exported-file';
import type { HousingHome, HousingReport } from '../../../domain/housing/reports-api';

/** The housing home screen and the aggregate report (issue 6, points 6 and 7). Housing staff only. */

const HOUSING: ['housing'] = ['housing'];

/** A period of whole days, both included ("du 1er janvier au 31 décembre"); `to` before `from` is refused. */
const periodInput = z.strictObject({ from: dateField, to: dateField });

export const housingReportsChannels = {
  home: defineChannel<HousingHome>()({ input: z.strictObject({}), access: HOUSING, writes: false }),
  report: defineChannel<HousingReport>()({ input: periodInput, access: HOUSING, writes: false }),
  /** The PDF in the language of the interface that asks (documentLanguage(i18n.language)); French by default. */
  reportPdf: defineChannel<ExportedFile>()({ input: periodInput.extend({ language: documentLanguageField }), access: HOUSING, writes: false }),
};
