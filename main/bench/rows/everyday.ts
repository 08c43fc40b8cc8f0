import { seededRandom } from '../../demo/random';
import { pairedStatistics } from '../../../shared/domain/questionnaires/paired-stats';
import { timeRuns, type BenchContext, type BenchRow } from '../harness';
import { signIn } from '../session';

/**
 * Everyday calls without a target of their own in issue 19, kept so that a change that slows them shows:
 * signing in (scrypt, a security cost), a busy month of the calendar, the loans grid and reminders, the
 * statistics alone on a school year of pairs, and a verified backup of the full-scale file.
 */
export async function benchEveryday(context: BenchContext): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const row = (id: string, what: string, samples: number[], detail?: string): void => {
    rows.push({ id, what, backend: context.backend, unit: 'ms', samples, target: {}, ...(detail === undefined ? {} : { detail }) });
  };
  const core = await context.openCore();
  try {
    context.progress('everyday calls…');
    const login = await timeRuns(Math.min(context.runs, 5), () => signIn(core, 'coordination'));
    row('auth.login', 'sign-in (scrypt N=2^15)', login);
    const coordinator = await signIn(core, 'coordination');
    const busiest: { month: string } | undefined = await core
      .db('events')
      .select(core.db.raw('substr(starts_at, 1, 7) as month'))
      .groupByRaw('substr(starts_at, 1, 7)')
      .orderByRaw('count(*) desc')
      .first();
    const month = busiest?.month ?? '2026-11';
    const range = { from: `${month}-01`, to: `${month}-28` };
    const events = (await coordinator.call('events', 'list', range)) as unknown[];
    row('events.month', 'calendar month, events read', await timeRuns(context.runs, () => coordinator.call('events', 'list', range)), `${events.length} events in ${month}`);
    const year = { from: '2026-08-31', to: '2027-07-02' };
    row('loans.availability', 'exhibition loans, availability of a school year', await timeRuns(context.runs, () => coordinator.call('loans', 'availability', year)));
    row('loans.reminders', 'home reminders of loans (14 days)', await timeRuns(context.runs, () => coordinator.call('loans', 'reminders', { days: 14 })));
    const random = seededRandom(150_000);
    const pairs = Array.from({ length: 150_000 }, () => {
      const before = random.int(1, 5);
      return { before, after: Math.min(5, Math.max(1, before + random.int(-1, 2))) };
    });
    row('statistics.pairs150k', 'paired statistics alone, 150,000 pairs', await timeRuns(context.runs, async () => pairedStatistics(pairs)));
    if (context.backend === 'sqlite') {
      const admin = await signIn(core, 'admin');
      row('backups.create', 'verified backup of the full-scale file', await timeRuns(3, () => admin.call('backups', 'create', {}), { warmUp: false }));
    }
  } finally {
    await core.close();
  }
  return rows;
}
