import { z } from 'zod';
import { defineChannel } from '../../define';
import { dateField, idField } from '../../fields';
import type { ExportedFile } from '../../exported-file';
import {
  DPO_CONTACT_MAX_LENGTH,
  DPO_CONTACT_MAX_LINES,
  NOTICE_LANGUAGES,
  OPTIONAL_NOTICE_LANGUAGES,
  type HouseholdNotice,
  type NoticeLanguageSettings,
  type NoticeSettings,
  type OptionalNoticeLanguage,
} from '../../../domain/privacy/information-notice';

/**
 * The information notice (issue 20, GDPR art. 13–14): recording that a household was given it, printing it
 * blank in a shipped language, the languages offered and the DPO contact it prints. Housing staff; the DPO
 * contact also by administrators (it is the institution's, not a household's).
 */

const HOUSING: ['housing'] = ['housing'];
const HOUSING_OR_ADMIN: ['housing', 'admin'] = ['housing', 'admin'];

const noticeLanguageField = z.enum(NOTICE_LANGUAGES);

/** A few lines of text; line breaks kept, each line trimmed, at most DPO_CONTACT_MAX_LINES lines. */
const dpoContactField = z
  .string()
  .max(DPO_CONTACT_MAX_LENGTH)
  .transform((text) =>
    text
      .replace(/\r\n?/g, '\n')
      .split('\n')
      .map((line) => line.trim())
      .join('\n')
      .trim(),
  )
  .refine((text) => text.split('\n').length <= DPO_CONTACT_MAX_LINES, {
    params: { fieldIssue: 'too_many', limit: DPO_CONTACT_MAX_LINES },
  });

export const informationNoticeChannels = {
  /** The household was given the notice on `date` (today or before, in Liège) in `language`. */
  record: defineChannel<HouseholdNotice>()({
    input: z.strictObject({ householdId: idField, date: dateField, language: noticeLanguageField }),
    access: HOUSING,
    writes: true,
  }),
  /** The notice, blank (no personal data), in one of the shipped languages. */
  pdf: defineChannel<ExportedFile>()({ input: z.strictObject({ language: noticeLanguageField }), access: HOUSING, writes: false }),
  languages: defineChannel<NoticeLanguageSettings>()({ input: z.strictObject({}), access: HOUSING, writes: false }),
  /** The languages offered besides fr, en and ar (always offered). */
  saveLanguages: defineChannel<NoticeLanguageSettings>()({
    input: z.strictObject({
      extras: z
        .array(z.enum(OPTIONAL_NOTICE_LANGUAGES as unknown as [OptionalNoticeLanguage, ...OptionalNoticeLanguage[]]))
        .max(OPTIONAL_NOTICE_LANGUAGES.length)
        .refine((codes) => new Set(codes).size === codes.length, { params: { fieldIssue: 'duplicate' } }),
    }),
    access: HOUSING,
    writes: true,
  }),
  settings: defineChannel<NoticeSettings>()({ input: z.strictObject({}), access: HOUSING_OR_ADMIN, writes: false }),
  saveSettings: defineChannel<NoticeSettings>()({
    input: z.strictObject({ dpoContact: dpoContactField }),
    access: HOUSING_OR_ADMIN,
    writes: true,
  }),
};
