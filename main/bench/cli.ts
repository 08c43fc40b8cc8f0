import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Knex } from 'knex';
import { type BenchContext, type BenchRow, type Backend } from './harness';
import { describeMachine } from './machine';
import { formatTable, toResults, writeResults, type DatasetVolumes } from './report';
import { copyDataDir, countVolumes, ensurePostgresDataset, generateSqliteDataset, holdsRecords, openPostgresCore, openSqliteCore } from './dataset';
import { benchEveryday } from './rows/everyday';
import { benchImport } from './rows/import';
import { benchAnalysis } from './rows/analysis';
import { benchCalendar } from './rows/calendar';
import { benchRegistrations } from './rows/registrations';
import { benchStartup } from './rows/startup';
import { benchMemory } from './rows/memory';

/**
 * `npm run bench`: every row of issue 19 on ten years of full-scale records, on SQLite, and on PostgreSQL
 * beside it when a server is named. Prints a table (median, p95, target, met or not) and writes
 * `bench/results.json` with the machine's description. Nothing here is asserted: tests never time anything.
 */
const USAGE = `Usage : npm run bench -- [--data-dir DOSSIER] [--runs N] [--only a,b] [--postgres URL] [--out FICHIER]
  Mesure les temps de Passerelle sur dix années de données fictives à pleine échelle.
  --data-dir  dossier de données à mesurer ; vide ou absent : la démo pleine échelle y est générée et gardée
              (sinon elle est générée dans un dossier temporaire, effacé à la fin)
  --runs      répétitions par mesure (10 par défaut)
  --only      ne mesurer que ces groupes (${'{groups}'})
  --postgres  URL d'une base PostgreSQL VIDE (ou déjà remplie par le banc) : mesures côte à côte
              (aussi PASSERELLE_BENCH_PG)
  --out       fichier JSON des résultats (bench/results.json par défaut)`;

interface Group {
  name: string;
  run(context: BenchContext): Promise<BenchRow[]>;
}

/** Node-side groups first (one core at a time), then those that start their own server process and browser. */
const GROUPS: Group[] = [
  { name: 'everyday', run: benchEveryday },
  { name: 'analysis', run: benchAnalysis },
  { name: 'import', run: benchImport },
  { name: 'startup', run: benchStartup },
  { name: 'memory', run: benchMemory },
  { name: 'calendar', run: benchCalendar },
  { name: 'registrations', run: benchRegistrations },
];

function option(argv: readonly string[], name: string): string | undefined {
  const inline = argv.find((arg) => arg.startsWith(`--${name}=`));
  if (inline) return inline.slice(name.length + 3);
  const index = argv.indexOf(`--${name}`);
  return index >= 0 ? argv[index + 1] : undefined;
}

async function volumesOf(open: () => Promise<{ db: Knex; close(): Promise<void> }>): Promise<DatasetVolumes> {
  const core = await open();
  try {
    return await countVolumes(core.db);
  } finally {
    await core.close();
  }
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  if (argv.includes('--help') || argv.includes('-h')) {
    console.log(USAGE.replace('{groups}', GROUPS.map((group) => group.name).join(', ')));
    return;
  }
  // dist/main/bench.cjs: the repository is two folders up.
  const root = resolve(__dirname, '..', '..');
  const runs = Number(option(argv, 'runs') ?? 10);
  if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs expects a whole number ≥ 1');
  const only = option(argv, 'only')?.split(',');
  const groups = only ? GROUPS.filter((group) => only.includes(group.name)) : GROUPS;
  const postgresUrl = option(argv, 'postgres') ?? process.env.PASSERELLE_BENCH_PG ?? null;
  const out = resolve(option(argv, 'out') ?? join(root, 'bench', 'results.json'));
  const progress = (line: string) => process.stderr.write(`${line}\n`);

  const given = option(argv, 'data-dir');
  const dataDir = given ? resolve(given) : mkdtempSync(join(tmpdir(), 'passerelle-bench-data-'));
  let generatedInSeconds: number | null = null;
  const cleanUp: string[] = given ? [] : [dataDir];
  const copies: string[] = [];
  try {
    if (!holdsRecords(dataDir)) {
      mkdirSync(dataDir, { recursive: true });
      progress('generating ten years of full-scale records (npm run demo -- --years 10 --scale full)…');
      generatedInSeconds = generateSqliteDataset(root, dataDir);
      progress(`  done in ${generatedInSeconds.toFixed(1)} s`);
    }
    // Node-side rows write audit rows and sessions: they get a copy; the original stays as generated.
    const working = copyDataDir(dataDir, 'work');
    copies.push(working);
    const volumes = await volumesOf(() => openSqliteCore(working));
    progress(`records: ${Object.entries(volumes).map(([table, n]) => `${table} ${n.toLocaleString('en')}`).join(', ')}`);

    const rows: BenchRow[] = [];
    const backends: { backend: Backend; open: () => ReturnType<typeof openSqliteCore> }[] = [{ backend: 'sqlite', open: () => openSqliteCore(working) }];
    let postgresVersion: string | null = null;
    if (postgresUrl) {
      progress('PostgreSQL: filling or reusing the benchmark database…');
      const seconds = await ensurePostgresDataset(postgresUrl);
      if (seconds !== null) progress(`  filled in ${seconds.toFixed(1)} s`);
      const core = await openPostgresCore(postgresUrl);
      try {
        postgresVersion = String(((await core.db.raw('show server_version')) as { rows: { server_version: string }[] }).rows[0]?.server_version ?? '');
      } finally {
        await core.close();
      }
      backends.push({ backend: 'postgres', open: () => openPostgresCore(postgresUrl) });
    }
    for (const group of groups) {
      for (const { backend, open } of backends) {
        progress(`${group.name} (${backend})…`);
        rows.push(...(await group.run({ root, dataDir, backend, runs, openCore: open, progress })));
      }
    }
    console.log(formatTable(rows));
    const results = toResults(rows, describeMachine(postgresVersion), { volumes, generatedInSeconds }, new Date());
    writeResults(out, results);
    console.log(`\n${results.rows.filter((row) => row.met === false).length} target(s) not met; results in ${out}`);
  } finally {
    for (const folder of [...copies, ...cleanUp]) rmSync(folder, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
