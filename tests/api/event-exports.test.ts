import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { foldLine } from '../../main/exports/ics';
import { signedIn, useTestCore } from '../helpers/api';
import { activityInput } from '../helpers/event-input';
import { addClass, addFacilitator, addPartner, addSchool } from '../helpers/school-fixtures';

const setup = useTestCore(['coordinator']);
let eventId: number;
const workDir = mkdtempSync(join(tmpdir(), 'passerelle-exports-'));

beforeEach(async () => {
  const { core, api } = setup;
  const school = await addSchool(core.db, 'École communale Les Hirondelles');
  const classId = await addClass(core.db, school, '5e primaire A', 21);
  const created = await api.events.create({
    ...activityInput({
      type: 'film_screening',
      title: 'Ciné-débat : « Partir, arriver » ; histoires, migrations',
      themes: ['migration'],
      schoolId: school,
      classIds: [classId],
      partnerIds: [await addPartner(core.db, 'Ciné-Club Rencontres')],
      facilitatorId: await addFacilitator(core.db, 'Élise Nkemba'),
      location: 'Cité Miroir, salle Francisco Ferrer',
      start: '2026-03-29T09:30',
      end: '2026-03-29T11:45',
      status: 'held',
      pupilsExpected: 21,
      teachersExpected: 1,
      pupilsPresent: 19,
      teachersPresent: 2,
      notes: 'Débat animé ; élèves très investis.\nÀ refaire en 2027.',
    }),
    // The night clocks go forward is a Sunday: a confirmed weekend activity.
    nonSchoolDayConfirmed: true,
  });
  if (!created.ok) throw new Error(JSON.stringify(created.error));
  eventId = created.data.event.id;
});

/** Debian's python3-icalendar, the strict parser the stack notes recommend. */
function parseWithIcalendar(file: string): string {
  const script = [
    'import sys, icalendar',
    'cal = icalendar.Calendar.from_ical(open(sys.argv[1], "rb").read())',
    'for e in cal.walk("VEVENT"):',
    '    print(e.get("SUMMARY")); print(e.decoded("DTSTART").isoformat()); print(e.decoded("DTEND").isoformat()); print(e.get("LOCATION")); print(e.get("STATUS"))',
  ].join('\n');
  return execFileSync('/usr/bin/python3', ['-c', script, file], { encoding: 'utf8' });
}

describe('ICS export', () => {
  it('is accepted by a strict iCalendar parser, with Brussels times and escaped text', async () => {
    const result = await setup.api.events.exportIcs({ from: '2026-03-01', to: '2026-03-31' });
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    const file = result.data;
    expect(file.mimeType).toBe('text/calendar');
    expect(file.content).toMatch(/^BEGIN:VCALENDAR\r\n/);
    for (const line of file.content.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
    const path = join(workDir, 'export.ics');
    writeFileSync(path, file.content);
    const parsed = parseWithIcalendar(path).split('\n');
    expect(parsed[0]).toBe('Ciné-débat : « Partir, arriver » ; histoires, migrations — École communale Les Hirondelles');
    // 29 March 2026 is the day clocks go forward: 9:30 is already summer time (+02:00).
    expect(parsed[1]).toBe('2026-03-29T09:30:00+02:00');
    expect(parsed[2]).toBe('2026-03-29T11:45:00+02:00');
    expect(parsed[3]).toBe('Cité Miroir, salle Francisco Ferrer — École communale Les Hirondelles, 4020 Liège');
    expect(parsed[4]).toBe('CONFIRMED');
  });

  it('exports one event by id and names the file after it', async () => {
    const result = await setup.api.events.exportIcs({ from: '2026-03-01', to: '2026-03-31', ids: [eventId] });
    expect(result).toMatchObject({ ok: true, data: { fileName: 'cine-debat-partir-arriver-histoires-migrations-2026-03-29.ics' } });
  });

  it('folds long lines without splitting a character', () => {
    const folded = foldLine(`DESCRIPTION:${'é'.repeat(60)}`);
    for (const part of folded.split('\r\n')) expect(Buffer.byteLength(part)).toBeLessThanOrEqual(75);
    expect(folded.split('\r\n').map((part, index) => (index === 0 ? part : part.slice(1))).join('')).toBe(`DESCRIPTION:${'é'.repeat(60)}`);
  });
});

describe('event sheet PDF', () => {
  it('is a valid PDF that says what, when, where, who and attendance', async () => {
    const result = await setup.api.events.sheetPdf({ id: eventId });
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    const file = result.data;
    expect(file.fileName).toBe('fiche-cine-debat-partir-arriver-histoires-migrations-2026-03-29.pdf');
    const path = join(workDir, 'sheet.pdf');
    writeFileSync(path, Buffer.from(file.content, 'base64'));
    expect(execFileSync('qpdf', ['--check', path], { encoding: 'utf8' })).toContain('No syntax or stream encoding errors');
    const text = execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
    for (const expected of [
      'Ciné-débat',
      'dimanche 29 mars 2026, 9:30–11:45',
      'Réalisée',
      'École communale Les Hirondelles',
      '5e primaire A (21 élèves)',
      'Cité Miroir, salle Francisco Ferrer',
      'Ciné-Club Rencontres',
      'Élise Nkemba',
      'Migrations',
      'PROJECTION DE FILM',
      'À refaire en 2027.',
    ]) {
      expect(text).toContain(expected);
    }
    expect(text).toMatch(/Élèves\s+21\s+19/);
    expect(text).toMatch(/Enseignants\s+1\s+2/);
  });

  it('is refused to a teacher who does not teach the class', async () => {
    const teacher = await signedIn(setup.core, ['teacher']);
    expect(await teacher.api.events.sheetPdf({ id: eventId })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});
