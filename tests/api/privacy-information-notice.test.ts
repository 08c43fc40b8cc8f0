import { describe, expect, it } from 'vitest';
import { tableCounts } from '../helpers/core';
import { ok, signedIn, unchecked, useTestCore } from '../helpers/api';
import { housingCounts, personInput } from '../helpers/housing';
import { pdfReader, readableText } from '../helpers/pdf';
import type { HousingHousehold } from '../../shared/domain/housing/people';
import { NOTICE_LANGUAGES } from '../../shared/domain/privacy/information-notice';
import { NOTICE_TEXTS } from '../../main/reports/privacy/notice-texts';

// The fake clock starts on 2026-11-28 (09:00 UTC): today in Liège is 2026-11-28.
const setup = useTestCore(['housing']);
const readPdf = pdfReader('information-notice-api');

async function household(): Promise<HousingHousehold> {
  return ok(await setup.api.housing.createHousehold({ size: 2, notes: '', people: [personInput({ firstName: 'Zoulikha', lastName: 'Canarisnotice' })] }));
}

async function allCounts() {
  return { ...(await housingCounts(setup.core)), ...(await tableCounts(setup.core)) };
}

async function auditRows(householdId: number) {
  return (await setup.core.db('housing_audit_log').where({ entity: 'household', entity_id: householdId }).orderBy('id')) as {
    action: string;
    user_id: number;
  }[];
}

function pdfOf(file: { content: string; fileName: string }) {
  return readPdf(new Uint8Array(Buffer.from(file.content, 'base64')), file.fileName.replace(/\.pdf$/, ''));
}

describe('recording the information notice on a household', () => {
  it('starts as not given, then the household shows the day and language recorded, audited as an update', async () => {
    const { api, userId } = setup;
    const created = await household();
    expect(created).toMatchObject({ noticeGivenAt: null, noticeLanguage: null });
    expect(ok(await api.housing.household({ id: created.id }))).toMatchObject({ noticeGivenAt: null, noticeLanguage: null });

    const before = (await auditRows(created.id)).length;
    expect(ok(await api.informationNotice.record({ householdId: created.id, date: '2026-11-03', language: 'ar' }))).toEqual({
      householdId: created.id,
      noticeGivenAt: '2026-11-03',
      noticeLanguage: 'ar',
    });
    const rows = await auditRows(created.id);
    expect(rows.slice(before).map((row) => [row.action, row.user_id])).toEqual([['update', userId]]);
    expect(ok(await api.housing.household({ id: created.id }))).toMatchObject({ noticeGivenAt: '2026-11-03', noticeLanguage: 'ar' });

    // Given again later, in another language: the sheet shows the latest. Today is accepted.
    ok(await api.informationNotice.record({ householdId: created.id, date: '2026-11-28', language: 'fr' }));
    expect(ok(await api.housing.household({ id: created.id }))).toMatchObject({ noticeGivenAt: '2026-11-28', noticeLanguage: 'fr' });
    const stored = await setup.core.db('housing_households').where({ id: created.id }).first('notice_given_at', 'notice_language');
    expect(stored).toEqual({ notice_given_at: '2026-11-28', notice_language: 'fr' });
  });

  it('refuses a day after today, naming the date (after_today with today), and writes nothing', async () => {
    const created = await household();
    const before = await allCounts();
    const refused = await setup.api.informationNotice.record({ householdId: created.id, date: '2026-11-29', language: 'fr' });
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: [{ path: 'date', issue: 'after_today', params: { date: '2026-11-28' } }] },
    });
    expect(await allCounts()).toEqual(before);
    expect(ok(await setup.api.housing.household({ id: created.id }))).toMatchObject({ noticeGivenAt: null, noticeLanguage: null });
  });

  it.each([
    [{ language: 'de' }, 'language', 'invalid_value'],
    [{ language: '' }, 'language', 'invalid_value'],
    [{ date: '2026-02-30' }, 'date', 'not_a_day'],
    [{ date: '28/11/2026' }, 'date', 'invalid_format'],
    [{ date: undefined }, 'date', 'required'],
  ] as const)('refuses %o, naming %s (%s)', async (change, path, issue) => {
    const created = await household();
    const before = await allCounts();
    // Unchecked: an unknown language, an impossible day, on purpose.
    const refused = await unchecked(setup.api).informationNotice.record({ householdId: created.id, date: '2026-11-03', language: 'fr', ...change });
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    expect(refused.error.code).toBe('VALIDATION');
    expect(refused.error.fields?.map((field) => [field.path, field.issue])).toEqual([[path, issue]]);
    expect(await allCounts()).toEqual(before);
  });

  it('answers NOT_FOUND for a household that does not exist', async () => {
    const before = await allCounts();
    expect(await setup.api.informationNotice.record({ householdId: 9999, date: '2026-11-03', language: 'fr' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', reason: 'notFound.household' },
    });
    expect(await allCounts()).toEqual(before);
  });
});

describe('the notice as a PDF', () => {
  it.each(NOTICE_LANGUAGES)('prints the %s notice with its title, its name for the complaint authority and nothing of a household', async (language) => {
    const created = await household();
    ok(await setup.api.informationNotice.record({ householdId: created.id, date: '2026-11-03', language }));
    const file = ok(await setup.api.informationNotice.pdf({ language }));
    expect(file).toMatchObject({ fileName: `${NOTICE_TEXTS[language].fileName}.pdf`, mimeType: 'application/pdf', encoding: 'base64' });
    const pdf = pdfOf(file);
    const text = readableText(pdf.flow);
    // pdftotext gives typographic apostrophes as printed (pdfText makes them straight).
    expect(text).toContain(NOTICE_TEXTS[language].title.replace(/[\u2018\u2019]/g, "'"));
    // The controller's address and the Data Protection Authority's contact, in every language.
    expect(text).toContain('Place Saint-Jacques 13');
    expect(text).toContain('contact@apd-gba.be');
    // Blank: no household code, no name.
    expect(text).not.toContain(created.code);
    expect(text).not.toContain('Canarisnotice');
    expect(pdf.fonts.every((font) => font.embedded)).toBe(true);
  });

  it('prints the DPO contact saved and the housing records’ retention term in force', async () => {
    const { api, core } = setup;
    const fallback = readableText(pdfOf(ok(await api.informationNotice.pdf({ language: 'fr' }))).flow);
    expect(fallback).toContain('gardé 5 ans après la fin de votre dernier séjour');
    expect(fallback).toContain('Délégué à la protection des données CPAS de Liège');

    ok(await api.informationNotice.saveSettings({ dpoContact: '  Mme Test Délégué  \r\nprotection.donnees@cpas-exemple.be\n04 220 00 00 ' }));
    expect(ok(await api.informationNotice.settings({}))).toEqual({ dpoContact: 'Mme Test Délégué\nprotection.donnees@cpas-exemple.be\n04 220 00 00' });
    // The retention rules' settings row (issue 20, retention) holds the housing term in force.
    await core.db('settings').insert({ key: 'retentionRules', value: JSON.stringify({ housingRecords: { termYears: 7 }, directoryContacts: { termYears: 3 } }) });

    const fr = readableText(pdfOf(ok(await api.informationNotice.pdf({ language: 'fr' }))).flow);
    expect(fr).toContain('protection.donnees@cpas-exemple.be');
    expect(fr).toContain('gardé 7 ans après');
    const en = readableText(pdfOf(ok(await api.informationNotice.pdf({ language: 'en' }))).flow);
    expect(en).toContain('kept for 7 years after');
    expect(en).toContain('protection.donnees@cpas-exemple.be');
    const ar = readableText(pdfOf(ok(await api.informationNotice.pdf({ language: 'ar' }))).flow);
    expect(ar).toContain('protection.donnees@cpas-exemple.be');
    // pdftotext puts the digits of a right-to-left line beside, not before, their word: "لمدة  7سنوات".
    expect(ar).toMatch(/لمدة\s+7\s*سنوات/);

    // A term outside the rule's limits reads as the default.
    await core.db('settings').where({ key: 'retentionRules' }).update({ value: JSON.stringify({ housingRecords: { termYears: 0 } }) });
    expect(readableText(pdfOf(ok(await api.informationNotice.pdf({ language: 'fr' }))).flow)).toContain('gardé 5 ans après');
  });

  it('audits each export without values', async () => {
    ok(await setup.api.informationNotice.pdf({ language: 'nl' }));
    const events = await setup.core.db('audit_events').where({ action: 'informationNotice.export' });
    expect(events.map((event: { entity: string; entity_id: string | null }) => [event.entity, event.entity_id])).toEqual([['information_notice', null]]);
  });

  it('refuses a language without a shipped text', async () => {
    // Unchecked: German has no notice text.
    const refused = await unchecked(setup.api).informationNotice.pdf({ language: 'de' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: [{ path: 'language', issue: 'invalid_value' }] } });
  });
});

describe('the languages offered and the DPO contact', () => {
  it('offers French, English and Arabic by default, and Dutch once chosen', async () => {
    const { api, core } = setup;
    expect(ok(await api.informationNotice.languages({}))).toEqual({ offered: ['fr', 'en', 'ar'], extras: [] });
    expect(ok(await api.informationNotice.saveLanguages({ extras: ['nl'] }))).toEqual({ offered: ['fr', 'en', 'ar', 'nl'], extras: ['nl'] });
    expect(ok(await api.informationNotice.languages({}))).toEqual({ offered: ['fr', 'en', 'ar', 'nl'], extras: ['nl'] });
    expect(JSON.parse((await core.db('settings').where({ key: 'noticeLanguages' }).first('value')).value)).toEqual(['nl']);
    expect(ok(await api.informationNotice.saveLanguages({ extras: [] }))).toEqual({ offered: ['fr', 'en', 'ar'], extras: [] });
    expect(await core.db('audit_events').where({ action: 'informationNotice.languages' })).toHaveLength(2);
  });

  it.each([
    [['de'], 'extras.0', 'invalid_value'],
    [['fr'], 'extras.0', 'invalid_value'],
    [['nl', 'nl'], 'extras', 'too_many'],
  ] as const)('refuses extras %o, naming %s', async (extras, path, issue) => {
    const before = await allCounts();
    // Unchecked: a language not shipped, one always offered, a repeat.
    const refused = await unchecked(setup.api).informationNotice.saveLanguages({ extras });
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    expect(refused.error.code).toBe('VALIDATION');
    expect(refused.error.fields?.map((field) => [field.path, field.issue])).toContainEqual([path, issue]);
    expect(await allCounts()).toEqual(before);
  });

  it('refuses a DPO contact of more than six lines or 600 characters, naming the field', async () => {
    const { api } = setup;
    const lines = await api.informationNotice.saveSettings({ dpoContact: 'a\nb\nc\nd\ne\nf\ng' });
    expect(lines).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: [{ path: 'dpoContact', issue: 'too_many', params: { limit: 6 } }] } });
    const long = await api.informationNotice.saveSettings({ dpoContact: 'x'.repeat(601) });
    expect(long).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: [{ path: 'dpoContact', issue: 'too_long', params: { limit: 600 } }] } });
    expect(ok(await api.informationNotice.settings({}))).toEqual({ dpoContact: '' });
  });

  it('lets an administrator set the DPO contact, and nothing else of the notice', async () => {
    const admin = await signedIn(setup.core, ['admin']);
    expect(ok(await admin.api.informationNotice.saveSettings({ dpoContact: 'dpo@cpas-exemple.be' }))).toEqual({ dpoContact: 'dpo@cpas-exemple.be' });
    expect(ok(await setup.api.informationNotice.settings({}))).toEqual({ dpoContact: 'dpo@cpas-exemple.be' });
    expect(await admin.api.informationNotice.languages({})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await admin.api.informationNotice.pdf({ language: 'fr' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });
});

describe('who may', () => {
  it('keeps recording, printing and the languages to housing staff', async () => {
    const created = await household();
    for (const roles of [['coordinator'], ['teacher'], ['admin']] as const) {
      const { api } = await signedIn(setup.core, [...roles]);
      const before = await allCounts();
      expect(await api.informationNotice.record({ householdId: created.id, date: '2026-11-03', language: 'fr' })).toMatchObject({
        ok: false,
        error: { code: 'FORBIDDEN' },
      });
      expect(await api.informationNotice.saveLanguages({ extras: ['nl'] })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
      expect(await allCounts()).toEqual(before);
    }
    for (const roles of [['coordinator'], ['teacher']] as const) {
      const { api } = await signedIn(setup.core, [...roles]);
      expect(await api.informationNotice.saveSettings({ dpoContact: 'x' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
      expect(await api.informationNotice.settings({})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    }
    expect(ok(await setup.api.housing.household({ id: created.id }))).toMatchObject({ noticeGivenAt: null });
  });
});
