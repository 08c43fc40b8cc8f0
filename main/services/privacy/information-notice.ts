import type { Db } from '../../db/connection';
import { readRetentionRules } from './retention-rules';
import type { ServiceContext } from '../context';
import { fieldError, notFound } from '../../errors';
import { recordHousingAudit } from '../housing/access-log';
import { buildInformationNotice } from '../../reports/privacy/information-notice';
import { NOTICE_TEXTS } from '../../reports/privacy/notice-texts';
import { pdfFile } from '../../exports/exported-file';
import type { ExportedFile } from '../../../shared/api/exported-file';
import {
  DPO_CONTACT_MAX_LENGTH,
  OPTIONAL_NOTICE_LANGUAGES,
  offeredNoticeLanguages,
  type HouseholdNotice,
  type NoticeLanguage,
  type NoticeLanguageSettings,
  type NoticeSettings,
  type OptionalNoticeLanguage,
} from '../../../shared/domain/privacy/information-notice';

/**
 * The information notice (issue 20, GDPR art. 13–14): which day, in which language, a household was given it;
 * the notice itself, blank; the languages offered and the DPO contact it prints (settings rows).
 */

/** The settings row holding the extra languages offered (JSON array of codes from OPTIONAL_NOTICE_LANGUAGES). */
const NOTICE_LANGUAGES_KEY = 'noticeLanguages';
/** The settings row holding the DPO's contact (JSON string). */
const DPO_CONTACT_KEY = 'dpoContact';
async function readSetting(db: Db, key: string): Promise<unknown> {
  const row: { value: string } | undefined = await db('settings').where({ key }).first('value');
  if (!row) return null;
  try {
    return JSON.parse(row.value) as unknown;
  } catch {
    return null;
  }
}

async function writeSetting(db: Db, key: string, value: unknown): Promise<void> {
  await db('settings').insert({ key, value: JSON.stringify(value) }).onConflict('key').merge();
}

export async function readNoticeLanguages(db: Db): Promise<NoticeLanguageSettings> {
  const offered = offeredNoticeLanguages(await readSetting(db, NOTICE_LANGUAGES_KEY));
  return { offered, extras: OPTIONAL_NOTICE_LANGUAGES.filter((language) => offered.includes(language)) };
}

export async function writeNoticeLanguages(db: Db, extras: readonly OptionalNoticeLanguage[]): Promise<NoticeLanguageSettings> {
  await writeSetting(db, NOTICE_LANGUAGES_KEY, OPTIONAL_NOTICE_LANGUAGES.filter((language) => extras.includes(language)));
  return readNoticeLanguages(db);
}

export async function readNoticeSettings(db: Db): Promise<NoticeSettings> {
  const saved = await readSetting(db, DPO_CONTACT_KEY);
  return { dpoContact: typeof saved === 'string' ? saved.slice(0, DPO_CONTACT_MAX_LENGTH) : '' };
}

export async function writeNoticeSettings(db: Db, settings: NoticeSettings): Promise<NoticeSettings> {
  await writeSetting(db, DPO_CONTACT_KEY, settings.dpoContact);
  return readNoticeSettings(db);
}

/** The housing records' retention term in force, in whole years (the retention rules' own reader). */
export async function housingRetentionYears(db: Db): Promise<number> {
  return (await readRetentionRules(db)).housingRecords.termYears;
}

/**
 * Records that the household was given the notice on `date` in `language`: a later record replaces the
 * earlier one (the sheet shows the latest notice given). The day is today or before, in Liège (`date`
 * `after_today` {date: today}). The access log gets an 'update' of the household (ids only).
 */
export async function recordNotice(
  ctx: ServiceContext,
  input: { householdId: number; date: string; language: NoticeLanguage },
): Promise<HouseholdNotice> {
  if (!(await ctx.db('housing_households').where({ id: input.householdId }).first('id'))) throw notFound('household');
  if (input.date > ctx.today) throw fieldError('date', 'after_today', { date: ctx.today });
  await ctx.db('housing_households')
    .where({ id: input.householdId })
    .update({ notice_given_at: input.date, notice_language: input.language, updated_at: ctx.now.toISOString() });
  await recordHousingAudit(ctx, 'update', 'household', input.householdId);
  return { householdId: input.householdId, noticeGivenAt: input.date, noticeLanguage: input.language };
}

/** The notice, blank, with the retention term and the DPO contact in force: "notice-information-fr.pdf". */
export async function noticeFile(db: Db, language: NoticeLanguage): Promise<ExportedFile> {
  const [retentionYears, settings] = await Promise.all([housingRetentionYears(db), readNoticeSettings(db)]);
  const bytes = buildInformationNotice({ language, retentionYears, dpoContact: settings.dpoContact });
  return pdfFile(`${NOTICE_TEXTS[language].fileName}.pdf`, bytes);
}
