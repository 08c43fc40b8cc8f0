import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { ok, useTestCore, type TestSetup } from '../helpers/api';
import { activityInput } from '../helpers/event-input';
import { pdfReader } from '../helpers/pdf';

/**
 * Issue 17: nothing typed twice. The iCalendar entry and the event sheet give the school's address, whom to
 * call there (the teachers of the classes, or the school's contact, the director first) and a phone number,
 * read from the directory: nobody copies them into the activity's place or notes.
 */
const setup = useTestCore(['coordinator']);
const readPdf = pdfReader('event-reach');
const workDir = mkdtempSync(join(tmpdir(), 'passerelle-event-reach-'));

interface Seeded {
  schoolId: number;
  taughtClass: number;
  untaughtClass: number;
}

async function seed({ api }: TestSetup): Promise<Seeded> {
  const schoolId = ok(
    await api.schools.create({
      name: 'École communale Les Hirondelles',
      network: 'communal',
      levels: ['primaire'],
      street: 'Rue Saint-Léonard 112',
      postalCode: '4000',
      city: 'Liège',
      neighbourhood: 'Saint-Léonard',
      phone: '04 227 11 22',
      email: '',
      notes: '',
    }),
  ).id;
  const contact = { email: '', userId: null, notes: '' };
  // The director is recorded first: the teacher of the class still comes first when there is one.
  ok(await api.contacts.create({ ...contact, schoolId, kind: 'director', firstName: 'Anne', lastName: 'Directrice', phone: '04 227 11 20' }));
  const teacher = ok(await api.contacts.create({ ...contact, schoolId, kind: 'teacher', firstName: 'Marie', lastName: 'Dupont', phone: '0470 12 34 56' })).id;
  const taughtClass = ok(await api.classes.create({ schoolId, schoolYear: '2026–2027', name: '5e primaire A', grade: '5P', pupilCount: 21, teacherIds: [teacher] })).id;
  const untaughtClass = ok(await api.classes.create({ schoolId, schoolYear: '2026–2027', name: '6e primaire B', grade: '6P', pupilCount: 18, teacherIds: [] })).id;
  return { schoolId, taughtClass, untaughtClass };
}

/** LOCATION and DESCRIPTION of each event, as the strict parser (Debian's python3-icalendar) reads them. */
function parsedEntries(content: string): { summary: string; location: string; description: string }[] {
  const path = join(workDir, `export-${Date.now()}-${Math.random().toString(36).slice(2)}.ics`);
  writeFileSync(path, content);
  const script = [
    'import sys, json, icalendar',
    'cal = icalendar.Calendar.from_ical(open(sys.argv[1], "rb").read())',
    'print(json.dumps([{"summary": str(e.get("SUMMARY")), "location": str(e.get("LOCATION")), "description": str(e.get("DESCRIPTION"))} for e in cal.walk("VEVENT")]))',
  ].join('\n');
  return JSON.parse(execFileSync('/usr/bin/python3', ['-c', script, path], { encoding: 'utf8' })) as { summary: string; location: string; description: string }[];
}

let seeded: Seeded;
beforeEach(async () => {
  seeded = await seed(setup);
});

describe('the iCalendar export', () => {
  it("gives the school's address as LOCATION, and the teacher and phones in DESCRIPTION", async () => {
    const { schoolId, taughtClass } = seeded;
    ok(await setup.api.events.create(activityInput({ schoolId, classIds: [taughtClass], title: 'Atelier en classe' })));
    ok(await setup.api.events.create(activityInput({ schoolId, classIds: [taughtClass], title: 'Atelier au gymnase', location: 'Salle de gymnastique', start: '2026-12-04T09:00', end: '2026-12-04T10:40' })));
    const file = ok(await setup.api.events.exportIcs({ from: '2026-12-01', to: '2026-12-06' }));
    const [inClass, inGym] = parsedEntries(file.content);

    expect(inClass!.summary).toBe('Atelier en classe — École communale Les Hirondelles');
    expect(inClass!.location).toBe('École communale Les Hirondelles, Rue Saint-Léonard 112, 4000 Liège');
    expect(inClass!.description.split('\n')).toEqual([
      'Atelier',
      'Classes : 5e primaire A',
      'Contact : Marie Dupont — 0470 12 34 56',
      "Téléphone de l'école : 04 227 11 22",
    ]);
    // A place typed in the activity comes first; the school's address stays.
    expect(inGym!.location).toBe('Salle de gymnastique — École communale Les Hirondelles, Rue Saint-Léonard 112, 4000 Liège');
  });

  it("names the school's contacts, the director first, when no class has a teacher on record", async () => {
    const { schoolId, untaughtClass } = seeded;
    ok(await setup.api.events.create(activityInput({ schoolId, classIds: [untaughtClass] })));
    const file = ok(await setup.api.events.exportIcs({ from: '2026-12-01', to: '2026-12-06' }));
    const [entry] = parsedEntries(file.content);
    expect(entry!.description).toContain('Contact : Anne Directrice — 04 227 11 20\nContact : Marie Dupont — 0470 12 34 56');
  });
});

describe('the event sheet', () => {
  it("prints the school's address, the teacher or contact with a phone, and the school's phone", async () => {
    const { schoolId, taughtClass } = seeded;
    const id = ok(await setup.api.events.create(activityInput({ schoolId, classIds: [taughtClass] }))).event.id;
    const file = ok(await setup.api.events.sheetPdf({ id }));
    const text = readPdf(Buffer.from(file.content, 'base64'), 'sheet');
    expect(text.raw).toMatch(/Adresse Rue Saint-Léonard 112, 4000 Liège/);
    expect(text.raw).toMatch(/\nContact Marie Dupont — 0470 12 34 56\n/);
    expect(text.raw).toMatch(/Tél\. de l'école 04 227 11 22/);
  });

  it('says so in English, and leaves a dash where the directory holds nothing', async () => {
    const schoolId = ok(
      await setup.api.schools.create({ name: 'École sans fiche', network: 'libre', levels: ['primaire'], street: '', postalCode: '4020', city: '', neighbourhood: '', phone: '', email: '', notes: '' }),
    ).id;
    const id = ok(await setup.api.events.create(activityInput({ schoolId }))).event.id;
    const file = ok(await setup.api.events.sheetPdf({ id, language: 'en' }));
    const text = readPdf(Buffer.from(file.content, 'base64'), 'sheet-en');
    expect(text.raw).toMatch(/Address 4020\n/);
    expect(text.raw).toMatch(/Contact —\n/);
    expect(text.raw).toMatch(/School phone —\n/);
  });
});

describe('undoing a move', () => {
  it('moves back only while the activity is where the move put it; changed since, it is refused and nothing is written', async () => {
    const { schoolId } = seeded;
    const id = ok(await setup.api.events.create(activityInput({ schoolId }))).event.id;
    ok(await setup.api.events.move({ id, start: '2026-12-04T13:30', end: '2026-12-04T15:10' }));
    // Someone moves it again before "Annuler" is clicked.
    ok(await setup.api.events.move({ id, start: '2026-12-04T14:00', end: '2026-12-04T15:40' }));
    const refused = await setup.api.events.move({ id, start: '2026-12-03T09:00', end: '2026-12-03T10:40', ifStillAt: { start: '2026-12-04T13:30', end: '2026-12-04T15:10' } });
    expect(refused).toMatchObject({ ok: false, error: { code: 'CONFLICT', reason: 'eventChangedSince' } });
    expect(ok(await setup.api.events.get({ id }))).toMatchObject({ start: '2026-12-04T14:00', end: '2026-12-04T15:40' });

    const back = ok(await setup.api.events.move({ id, start: '2026-12-03T09:00', end: '2026-12-03T10:40', ifStillAt: { start: '2026-12-04T14:00', end: '2026-12-04T15:40' } }));
    expect(back.event).toMatchObject({ start: '2026-12-03T09:00', end: '2026-12-03T10:40' });
  });
});
