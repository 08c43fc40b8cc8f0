import { describe, expect, it } from 'vitest';
import { ok, useTestCore } from '../helpers/api';
import { createSchool, directoryCounts, schoolInput } from '../helpers/directory';
import { housingCounts, personInput } from '../helpers/housing';

// The renderer is an untrusted page: it can send text no keyboard types. Every text is made well-formed
// Unicode in NFC before validation (shared/api/normalise-text.ts), so checks and storage see one string.
const setup = useTestCore(['coordinator', 'housing']);

const LONE = 'a\ud800b';
const OTHER_LONE = 'a\udbffb';
const REPLACED = 'a\ufffdb';

describe('text as the user cannot type it', () => {
  it('stores a lone surrogate in every encrypted housing field as U+FFFD, and reads it back', async () => {
    const created = await setup.api.housing.createHousehold({
      size: 2,
      notes: `note ${LONE}`,
      people: [personInput({ firstName: LONE, lastName: `${LONE}\udc00`, contact: `04 ${LONE}` })],
    });
    expect(created).toMatchObject({ ok: true });
    const household = ok(await setup.api.housing.household({ id: ok(created).id }));
    expect(household.notes).toBe(`note ${REPLACED}`);
    expect(household.people[0]).toMatchObject({ firstName: REPLACED, lastName: `${REPLACED}\ufffd`, contact: `04 ${REPLACED}` });
    const person = household.people[0]!;
    const updated = await setup.api.housing.updatePerson({ id: person.id, ...personInput({ firstName: `\udfff${LONE}` }) });
    expect(updated).toMatchObject({ ok: true, data: { firstName: `\ufffd${REPLACED}` } });
  });

  it('compares a class name as stored: two lone surrogates make one name, refused as a duplicate with nothing written', async () => {
    const school = await createSchool(setup.api, { name: 'École Sainte-Marguerite' });
    const input = { schoolId: school, schoolYear: '2026–2027', grade: '5P', pupilCount: 22, teacherIds: [] };
    expect(await setup.api.classes.create({ ...input, name: LONE })).toMatchObject({ ok: true, data: { name: REPLACED } });
    const before = await directoryCounts(setup.core);
    const second = await setup.api.classes.create({ ...input, name: OTHER_LONE });
    expect(second).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: [{ path: 'name', issue: 'duplicate' }] } });
    expect(await directoryCounts(setup.core)).toEqual(before);
  });

  it('takes an accent typed as a combining mark as the same letter (NFC)', async () => {
    await createSchool(setup.api, { name: 'École Saint-Léonard' });
    const before = await directoryCounts(setup.core);
    const decomposed = await setup.api.schools.create(schoolInput({ name: 'E\u0301cole Saint-Le\u0301onard' }));
    expect(decomposed).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: [{ path: 'name', issue: 'duplicate' }] } });
    expect(await directoryCounts(setup.core)).toEqual(before);
    const other = ok(await setup.api.schools.create(schoolInput({ name: 'Athe\u0301ne\u0301e Royal' })));
    expect(other.name).toBe('Athénée Royal');
  });

  it('never answers INTERNAL for a lone surrogate in any housing text', async () => {
    const before = await housingCounts(setup.core);
    const household = ok(await setup.api.housing.createHousehold({ size: 1, notes: LONE, people: [] }));
    const person = await setup.api.housing.addPerson({ householdId: household.id, ...personInput({ firstName: LONE, lastName: LONE, contact: LONE }) });
    expect(person).toMatchObject({ ok: true });
    expect((await housingCounts(setup.core)).housing_people).toBe(Number(before.housing_people) + 1);
  });
});
