import { describe, expect, it } from 'vitest';
import { ok, signedIn, signedOut, unchecked, useTestCore } from '../helpers/api';
import { unitInput } from '../helpers/housing';
import { insertEvent } from '../helpers/directory';
import { addClass, addSchool, addTeacher } from '../helpers/school-fixtures';

/**
 * Issue 17, point 10: the home's first steps read what is still empty through system/firstSteps. Each part
 * belongs to one role and is answered only to a caller holding it.
 */

const setup = useTestCore(['admin']);

describe('system/firstSteps (issue 17)', () => {
  it('answers each role its own part, and nothing of the others', async () => {
    expect(ok(await setup.api.system.firstSteps({}))).toEqual({ admin: { otherUsers: 0 } });
    const coordinator = await signedIn(setup.core, ['coordinator']);
    const housing = await signedIn(setup.core, ['housing']);
    const teacher = await signedIn(setup.core, ['teacher']);
    expect(ok(await setup.api.system.firstSteps({}))).toEqual({ admin: { otherUsers: 3 } });
    expect(ok(await coordinator.api.system.firstSteps({}))).toEqual({ coordinator: { schools: 0, activities: 0 } });
    expect(ok(await housing.api.system.firstSteps({}))).toEqual({ housing: { units: 0, households: 0 } });
    expect(ok(await teacher.api.system.firstSteps({}))).toEqual({ teacher: { classes: 0, activities: 0 } });
    const both = await signedIn(setup.core, ['coordinator', 'housing']);
    expect(Object.keys(ok(await both.api.system.firstSteps({}))).sort()).toEqual(['coordinator', 'housing']);
  });

  it('counts what has been added since', async () => {
    const coordinator = await signedIn(setup.core, ['coordinator']);
    const housing = await signedIn(setup.core, ['housing']);
    const teacher = await signedIn(setup.core, ['teacher']);
    const school = await addSchool(setup.core.db, 'École communale de Droixhe');
    await addSchool(setup.core.db, 'Athénée Léonie de Waha');
    const taught = await addClass(setup.core.db, school, '5A');
    const other = await addClass(setup.core.db, school, '5B');
    await addTeacher(setup.core.db, school, [taught], teacher.userId);
    await insertEvent(setup.core, { schoolId: school, classIds: [taught] });
    await insertEvent(setup.core, { schoolId: school, classIds: [other] });
    ok(await housing.api.housing.createUnit(unitInput({ code: 'PS-01', status: 'active', capacity: 2 })));

    expect(ok(await coordinator.api.system.firstSteps({}))).toEqual({ coordinator: { schools: 2, activities: 2 } });
    // Only the classes the teacher's contact teaches, and their activities.
    expect(ok(await teacher.api.system.firstSteps({}))).toEqual({ teacher: { classes: 1, activities: 1 } });
    expect(ok(await housing.api.system.firstSteps({}))).toEqual({ housing: { units: 1, households: 0 } });
  });

  it('is refused signed out and with unknown input', async () => {
    const out = await signedOut(setup.core).system.firstSteps({});
    expect(out.ok ? null : out.error.code).toBe('UNAUTHENTICATED');
    const extra = await unchecked(setup.api).system.firstSteps({ role: 'housing' });
    expect(extra.ok ? null : extra.error.code).toBe('VALIDATION');
  });
});
