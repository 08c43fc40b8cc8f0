import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createCore } from '../core';
import { plainKeyWrapper } from '../crypto/key-store';
import { createMemoryLogger } from '../log';
import { hashPassword } from '../auth/password';
import { createUser } from '../services/users';
import { CHANNELS } from '../../shared/api/contract';
import { generateExhibitionLoans } from '../demo/exhibition-loans';
import { generateSchoolProgramme } from '../demo/school-programme';
import { seededRandom } from '../demo/random';
import { pairedStatistics } from '../../shared/domain/questionnaires/paired-stats';
import { benchQuestionnaires } from './questionnaires';

/**
 * `npm run bench`: measures what users feel, on a temporary database, and prints medians and 95th
 * percentiles. Targets are read here, never asserted in tests. Later features add their own measurements.
 */
async function measure(label: string, runs: number, action: () => Promise<unknown>): Promise<void> {
  const times: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const start = performance.now();
    await action();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const at = (q: number): string => times[Math.min(times.length - 1, Math.floor(q * times.length))]!.toFixed(2);
  console.log(`${label.padEnd(44)} median ${at(0.5).padStart(8)} ms   p95 ${at(0.95).padStart(8)} ms   (${runs} runs)`);
}

function channel(domain: string, action: string): string {
  const entry = CHANNELS.find((candidate) => candidate.domain === domain && candidate.action === action);
  if (!entry) throw new Error(`no channel ${domain}/${action}`);
  return entry.name;
}

/** The calendar's month view with 300 events (issue 3's target), on ten years of demo data. */
async function benchCalendar(core: Awaited<ReturnType<typeof createCore>>): Promise<void> {
  await core.db.transaction(async (trx) => {
    await generateSchoolProgramme(trx, seededRandom(2025), { years: 10, today: new Date('2026-11-28T09:00:00Z'), teacherUserId: null });
    const school = await trx('schools').first('id');
    const rows = Array.from({ length: 300 }, (_, index) => ({
      type: 'workshop',
      title: `Atelier ${index}`,
      school_id: school.id,
      location: '',
      starts_at: `2026-12-${String(1 + (index % 28)).padStart(2, '0')}T${String(8 + (index % 9)).padStart(2, '0')}:00`,
      ends_at: `2026-12-${String(1 + (index % 28)).padStart(2, '0')}T${String(9 + (index % 9)).padStart(2, '0')}:00`,
      school_year: '2026–2027',
      status: 'planned',
      created_at: '2026-11-28T09:00:00Z',
      updated_at: '2026-11-28T09:00:00Z',
    }));
    await trx.batchInsert('events', rows, 100);
  });
  const coordinatorPassword = await hashPassword('mot-de-passe-bench');
  await createUser(core.db, { username: 'coord', displayName: 'Coord', passwordHash: coordinatorPassword, roles: ['coordinator'], mustChangePassword: false }, new Date());
  const caller = { sessionKey: 'bench-coord' };
  await core.dispatch(caller, channel('auth', 'login'), { username: 'coord', password: 'mot-de-passe-bench' });
  const list = channel('events', 'list');
  const month = await core.dispatch(caller, list, { from: '2026-11-30', to: '2027-01-10' });
  const count = month.ok ? (month.data as unknown[]).length : 0;
  await measure(`${list} month view (${count} events, 10 years of data)`, 50, () => core.dispatch(caller, list, { from: '2026-11-30', to: '2027-01-10' }));
  await benchLoans(core, caller);
}

/** Exhibition loans on the same ten years: the availability grid, the home reminders and a refused booking. */
async function benchLoans(core: Awaited<ReturnType<typeof createCore>>, caller: { sessionKey: string }): Promise<void> {
  const { loans } = await core.db.transaction((trx) =>
    generateExhibitionLoans(trx, seededRandom(2026), { today: new Date('2026-11-28T09:00:00Z'), checkedBy: null }),
  );
  const availability = channel('loans', 'availability');
  const reminders = channel('loans', 'reminders');
  const create = channel('loans', 'create');
  const year = { from: '2026-08-31', to: '2027-07-02' };
  await measure(`${availability} school year (${loans} loans)`, 100, () => core.dispatch(caller, availability, year));
  await measure(`${reminders} 14 days`, 100, () => core.dispatch(caller, reminders, { days: 14 }));
  const held = await core.db('loans').where('status', 'approved').orderBy('delivery_date').first('exhibition_id', 'school_id', 'delivery_date', 'start_date', 'end_date', 'pickup_date');
  if (held) {
    const clash = {
      exhibitionId: held.exhibition_id, schoolId: held.school_id, venueName: '', address: '', contactName: '', contactEmail: '', contactPhone: '',
      deliveryDate: held.delivery_date, startDate: held.start_date, endDate: held.end_date, pickupDate: held.pickup_date, eventIds: [], notes: '',
    };
    const answer = await core.dispatch(caller, create, clash);
    if (answer.ok || answer.error.reason !== 'loanConflict') throw new Error('the benchmark expected a refused booking');
    await measure(`${create} refused, with free periods`, 100, () => core.dispatch(caller, create, clash));
  }
}

/**
 * Issue 5's target: the analysis of a school year of answers (150,000 paired values) — the statistics alone,
 * on Likert scores from a seeded generator (reading them from the database comes with the questionnaires).
 */
async function benchPairedStatistics(): Promise<void> {
  const random = seededRandom(150_000);
  const pairs = Array.from({ length: 150_000 }, () => {
    const before = random.int(1, 5);
    return { before, after: Math.min(5, Math.max(1, before + random.int(-1, 2))) };
  });
  await measure('pairedStatistics (150,000 pairs, Likert 1–5)', 10, async () => pairedStatistics(pairs));
}

async function main(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'passerelle-bench-'));
  const core = await createCore({ dataDir, logger: createMemoryLogger(), fieldKey: { wrapper: plainKeyWrapper } });
  try {
    const passwordHash = await hashPassword('mot-de-passe-bench');
    await core.db.transaction(async (trx) => {
      for (let index = 0; index < 2000; index += 1) {
        await createUser(trx, { username: `user${index}`, displayName: `Personne ${index}`, passwordHash, roles: ['teacher'], mustChangePassword: false }, new Date());
      }
      await createUser(trx, { username: 'admin', displayName: 'Admin', passwordHash, roles: ['admin'], mustChangePassword: false }, new Date());
    });
    const caller = { sessionKey: 'bench' };
    const login = channel('auth', 'login');
    const status = channel('auth', 'status');
    const users = channel('users', 'list');
    await measure(`${login} (scrypt N=2^15)`, 10, () => core.dispatch(caller, login, { username: 'admin', password: 'mot-de-passe-bench' }));
    await measure(status, 500, () => core.dispatch(caller, status, {}));
    await measure(`${users} (2001 users)`, 50, () => core.dispatch(caller, users, {}));
    await measure(`${users} search (2001 users)`, 200, () => core.dispatch(caller, users, { search: 'Personne 19' }));
    await benchCalendar(core);
    await benchPairedStatistics();
    await benchQuestionnaires(core, measure, channel);
    const backup = channel('backups', 'create');
    const bytes = statSync(join(dataDir, 'passerelle.sqlite')).size;
    await measure(`${backup} (verified, ${(bytes / 1_048_576).toFixed(0)} MB)`, 5, () => core.dispatch(caller, backup, {}));
  } finally {
    await core.close();
  }
  try {
    // The safe start on that database: lock, quick_check, write probe, key and installation checks.
    await measure('start and close (safe start checks)', 5, async () => {
      const again = await createCore({ dataDir, logger: createMemoryLogger(), fieldKey: { wrapper: plainKeyWrapper } });
      await again.close();
    });
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
