import { beforeEach, describe, expect, it } from 'vitest';
import type { InputOf } from '../../shared/api/contract';
import { ok, signedIn, useTestCore } from '../helpers/api';
import { addSchool } from '../helpers/school-fixtures';
import { moveClock } from '../helpers/move-clock';
import type { Exhibition } from '../../shared/domain/loans/exhibitions';

type ExhibitionInput = InputOf<'exhibitions', 'create'>;
type ItemInput = ExhibitionInput['items'][number];
type CheckItemInput = InputOf<'loans', 'checkOut'>['items'][number];

const setup = useTestCore(['coordinator']);
let seeded: Exhibition;

beforeEach(async () => {
  const list = ok(await setup.api.exhibitions.list());
  seeded = list.find((item) => item.kind === 'loanable')!;
});

function draft(changes: Partial<ExhibitionInput> = {}): ExhibitionInput {
  return {
    title: 'Regards croisés sur Liège',
    owner: 'Ville de Liège',
    kind: 'loanable',
    description: '',
    audience: 'Secondaire',
    languages: ['nl', 'fr'],
    items: [
      { id: null, number: 1, kind: 'panel', label: 'Panneau 1' },
      { id: null, number: 2, kind: 'panel', label: 'Panneau 2' },
      { id: null, number: 3, kind: 'crate', label: 'Caisse' },
    ],
    transportNotes: '',
    setupNotes: '',
    insuranceValue: 1250.5,
    minLoanDays: 5,
    maxLoanDays: 20,
    bufferDays: 1,
    notes: '',
    archived: false,
    ...changes,
  };
}

/** The update input that leaves an exhibition as it is. */
function asInput(exhibition: Exhibition) {
  const { flaggedItems: _flagged, items, ...rest } = exhibition;
  return { ...rest, items: items.map(({ id, number, kind, label }) => ({ id, number, kind, label })) };
}

async function catalogueCounts(): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of ['exhibitions', 'exhibition_items', 'loans', 'audit_events']) {
    counts[table] = Number((await setup.core.db(table).count({ n: '*' }).first())?.n ?? 0);
  }
  return counts;
}

async function create(changes: Partial<ExhibitionInput> = {}): Promise<Exhibition> {
  return ok(await setup.api.exhibitions.create(draft(changes)));
}

describe('exhibition catalogue', () => {
  it('has the two seeded exhibitions, by title, with their items and loan terms', async () => {
    const list = ok(await setup.api.exhibitions.list());
    expect(list.map((item) => item.title)).toEqual(['Démocratie, Tolérance et Libertés', "Une brève histoire de l'immigration en Belgique"]);
    expect(list[0]).toMatchObject({ kind: 'guided_circuit', bufferDays: 0, minLoanDays: null, archived: false, flaggedItems: 0 });
    expect(list[0]!.items).toHaveLength(7);
    expect(seeded).toMatchObject({ owner: 'CRIPEL', languages: ['fr'], minLoanDays: 5, maxLoanDays: 28, bufferDays: 2, insuranceValue: null });
    expect(seeded.items.map((item) => item.number)).toEqual(Array.from({ length: 15 }, (_, index) => index + 1));
    expect(seeded.items[12]).toMatchObject({ kind: 'rollup', label: "Roll-up d'accueil", flag: null });
  });

  it('creates, reads, updates and lists; insurance is kept in cents, languages in a fixed order', async () => {
    const created = await create();
    expect(created).toMatchObject({ title: 'Regards croisés sur Liège', languages: ['fr', 'nl'], insuranceValue: 1250.5, flaggedItems: 0 });
    expect(created.items.map((item) => item.label)).toEqual(['Panneau 1', 'Panneau 2', 'Caisse']);
    expect(await setup.core.db('exhibitions').where({ id: created.id }).first('insurance_value_cents')).toEqual({ insurance_value_cents: 125050 });

    const got = ok(await setup.api.exhibitions.get({ id: created.id }));
    expect(got).toEqual(created);
    const updated = ok(
      await setup.api.exhibitions.update({ ...asInput(created), title: 'Regards croisés', archived: true, insuranceValue: null }),
    );
    expect(updated).toMatchObject({ title: 'Regards croisés', archived: true, insuranceValue: null });

    const open = ok(await setup.api.exhibitions.list());
    expect(open.map((item) => item.id)).not.toContain(created.id);
    const all = ok(await setup.api.exhibitions.list({ includeArchived: true }));
    expect(all.map((item) => item.title)).toEqual(['Démocratie, Tolérance et Libertés', 'Regards croisés', "Une brève histoire de l'immigration en Belgique"]);
    const audit = await setup.core.db('audit_events').where('entity', 'exhibition').orderBy('id').pluck('action');
    expect(audit).toEqual(['exhibition.create', 'exhibition.update']);
  });

  it('answers NOT_FOUND for an unknown exhibition', async () => {
    expect(await setup.api.exhibitions.get({ id: 9999 })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', reason: 'notFound.exhibition' },
    });
    expect(await setup.api.exhibitions.update({ ...draft(), id: 9999 })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it.each<[Partial<ExhibitionInput>, string, string, object | undefined]>([
    [{ title: "  UNE BREVE histoire de l'immigration   en Belgique " }, 'title', 'taken', undefined],
    [{ minLoanDays: 10, maxLoanDays: 7 }, 'maxLoanDays', 'too_small', { limit: 10 }],
    [
      { items: [{ id: null, number: 1, kind: 'panel', label: 'A' }, { id: null, number: 1, kind: 'panel', label: 'B' }] },
      'items.1.number',
      'duplicate',
      undefined,
    ],
    [{ items: [{ id: 1, number: 1, kind: 'panel', label: 'A' }] }, 'items.0.id', 'not_found', undefined],
  ])('refuses %o, naming %s, and writes nothing', async (changes, path, issue, params) => {
    const before = await catalogueCounts();
    const result = await setup.api.exhibitions.create(draft(changes));
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    if (!result.ok) expect(result.error.fields).toContainEqual(params ? { path, issue, params } : { path, issue });
    expect(await catalogueCounts()).toEqual(before);
  });

  it('refuses on update an item of another exhibition and a title taken by another, but keeps its own title', async () => {
    const created = await create();
    const foreign: ItemInput = { id: seeded.items[0]!.id, number: 9, kind: 'panel', label: 'Intrus' };
    const result = await setup.api.exhibitions.update({
      ...asInput(created),
      title: seeded.title,
      items: [...asInput(created).items, foreign],
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    if (!result.ok) {
      expect(result.error.fields).toEqual([
        { path: 'title', issue: 'taken' },
        { path: 'items.3.id', issue: 'not_found' },
      ]);
    }
    expect(await setup.api.exhibitions.update({ ...asInput(created), title: 'REGARDS croisés sur Liège' })).toMatchObject({ ok: true });
  });

  it('renumbers items, swapping numbers in one save', async () => {
    const created = await create();
    const [first, second, third] = created.items;
    const result = ok(
      await setup.api.exhibitions.update({
        ...asInput(created),
        items: [
          { id: second!.id, number: 1, kind: 'panel', label: 'Panneau 2' },
          { id: first!.id, number: 2, kind: 'panel', label: 'Panneau 1 (réimprimé)' },
          { id: third!.id, number: 3, kind: 'crate', label: 'Caisse' },
        ],
      }),
    );
    expect(result.items.map((item) => [item.id, item.number, item.label])).toEqual([
      [second!.id, 1, 'Panneau 2'],
      [first!.id, 2, 'Panneau 1 (réimprimé)'],
      [third!.id, 3, 'Caisse'],
    ]);
  });

  it('deletes a removed item never checked, retires one that a loan checked, and frees its number', async () => {
    // Lend the exhibition once, so that its items appear in a delivery check.
    const school = await addSchool(setup.core.db, 'École communale de Droixhe');
    const loan = ok(
      await setup.api.loans.create({
        exhibitionId: seeded.id,
        schoolId: school,
        venueName: '',
        address: '',
        contactName: '',
        contactEmail: '',
        contactPhone: '',
        deliveryDate: '2027-01-11',
        startDate: '2027-01-11',
        endDate: '2027-01-22',
        pickupDate: '2027-01-22',
        eventIds: [],
        notes: '',
      }),
    );
    ok(await setup.api.loans.approve({ id: loan.id }));
    await moveClock(setup, '2027-01-11T09:00:00.000Z'); // a delivery is recorded on its day
    const allGood = seeded.items.map((item): CheckItemInput => ({ itemId: item.id, condition: 'good', note: '' }));
    ok(await setup.api.loans.checkOut({ id: loan.id, date: '2027-01-11', items: allGood, notes: '' }));

    const withNew = ok(
      await setup.api.exhibitions.update({
        ...asInput(seeded),
        items: [...asInput(seeded).items, { id: null, number: 16, kind: 'other', label: 'Lampe' }],
      }),
    );
    const lamp = withNew.items.find((item) => item.number === 16)!;
    const panel1 = seeded.items[0]!;
    const kept = asInput(withNew).items.filter((item) => item.id !== lamp.id && item.id !== panel1.id);
    const after = ok(
      await setup.api.exhibitions.update({
        ...asInput(withNew),
        items: [{ id: null, number: 1, kind: 'panel', label: 'Panneau 1 (nouveau)' }, ...kept],
      }),
    );

    expect(after.items).toHaveLength(15);
    expect(after.items[0]).toMatchObject({ number: 1, label: 'Panneau 1 (nouveau)' });
    expect(after.items.map((item) => item.id)).not.toContain(panel1.id);
    expect(await setup.core.db('exhibition_items').where({ id: lamp.id }).first()).toBeUndefined();
    const retired = await setup.core.db('exhibition_items').where({ id: panel1.id }).first('retired', 'label');
    // SQLite stores a boolean as 1, PostgreSQL as true.
    expect({ retired: Boolean(retired.retired), label: retired.label }).toEqual({ retired: true, label: 'Panneau 1' });
    // The loan's history still shows the retired panel.
    const history = ok(await setup.api.loans.get({ id: loan.id }));
    expect(history.checks[0]!.items[0]).toMatchObject({ itemId: panel1.id, number: 1, label: 'Panneau 1' });
  });

  it('deletes an exhibition never lent, and refuses one with loans', async () => {
    const created = await create();
    expect(await setup.api.exhibitions.delete({ id: created.id })).toEqual({ ok: true, data: null });
    expect(await setup.core.db('exhibition_items').where({ exhibition_id: created.id }).count({ n: '*' }).first()).toEqual({ n: 0 });

    await setup.core.db('loans').insert({
      exhibition_id: seeded.id,
      venue_name: 'Maison des Jeunes',
      delivery_date: '2027-01-11',
      start_date: '2027-01-11',
      end_date: '2027-01-22',
      pickup_date: '2027-01-22',
      school_year: '2026–2027',
      status: 'cancelled',
      created_at: '2026-11-28T09:00:00.000Z',
      updated_at: '2026-11-28T09:00:00.000Z',
    });
    const before = await catalogueCounts();
    expect(await setup.api.exhibitions.delete({ id: seeded.id })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', reason: 'exhibitionHasLoans', params: { count: 1 } },
    });
    expect(await catalogueCounts()).toEqual(before);
    expect(await setup.api.exhibitions.delete({ id: 9999 })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('is closed to teachers and housing staff', async () => {
    for (const role of ['teacher', 'housing'] as const) {
      const { api } = await signedIn(setup.core, [role]);
      expect(await api.exhibitions.list()).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
      expect(await api.exhibitions.create(draft())).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    }
  });
});
