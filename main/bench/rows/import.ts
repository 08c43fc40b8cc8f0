import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createCore, type Core } from '../../core';
import { plainKeyWrapper } from '../../crypto/key-store';
import { createMemoryLogger } from '../../log';
import { DEMO_PASSWORD } from '../../demo/accounts';
import { seededRandom, type DemoRandom } from '../../demo/random';
import { buildApi, type PasserelleApi } from '../../../shared/api/contract';
import type { ApiResult } from '../../../shared/api/result';
import type { QuestionnaireTemplate } from '../../../shared/domain/questionnaires/templates';
import { quantile, type BenchContext, type BenchRow } from '../harness';

/**
 * Issue 19, import lane: 100,000 answers of an online form (5,000 pupils of a school × 20 questions, one
 * administration) read from a CSV as Microsoft Forms or LimeSurvey would export it — question wordings as
 * headers, labels as answers ("Plutôt d'accord"), a code column, the export's own columns — imported as a user
 * does: the preview (mapping suggested), then the commit with that mapping, through core.dispatch as the
 * coordinator. Beside it, the `sqlite3` shell's `.import` of the same file into a scratch database, run by run,
 * as the yardstick of "as fast as the database's own tool".
 *
 * Nothing of context.dataDir changes: on SQLite the rows go into a copy of its database; on PostgreSQL (or on
 * the copy) each run imports into a fresh administration of a template made for the bench, deleted after the
 * run, and the template goes at the end.
 */

const FORMS = 5_000;
const RUNS_AT_LEAST = 5;
const SQLITE3_MISSING =
  'installez le programme sqlite3 (Debian : sudo apt-get install sqlite3 ; Windows : sqlite-tools de https://sqlite.org/download.html)';

const LIKERT = ["Pas du tout d'accord", "Plutôt pas d'accord", "Ni d'accord ni pas d'accord", "Plutôt d'accord", "Tout à fait d'accord"];

/** Twenty questions of a school's online form: sixteen Likert statements, two yes/no, a 0–10 mark, a comment. */
const STATEMENTS = [
  "Les personnes venues d'ailleurs prennent le travail des Belges.",
  "Les personnes venues d'un autre pays rendent la vie de mon quartier plus intéressante.",
  "On peut savoir comment est une personne rien qu'en sachant d'où elle vient.",
  'Je sais pourquoi des personnes quittent leur pays pour venir vivre en Belgique.',
  "Je sais que beaucoup de familles de Liège sont venues d'ailleurs il y a longtemps.",
  'Je peux imaginer ce que ressent un enfant qui arrive dans une école sans parler la langue.',
  "Ça m'est égal si un nouvel élève venu d'ailleurs reste tout seul à la récréation.",
  "J'aime découvrir les fêtes et les plats d'autres pays.",
  "Dans ma classe, on se moque parfois de l'accent de certains élèves.",
  "J'ai déjà aidé un élève qui ne comprenait pas bien le français.",
  "Je connais au moins trois langues parlées par des élèves de mon école.",
  'Les filles et les garçons de ma classe jouent souvent ensemble.',
  "Je me sens bien dans mon école, même quand je ne connais personne.",
  "Quand quelqu'un est différent de moi, j'ai envie de mieux le connaître.",
  'Mes parents me parlent parfois du pays de mes grands-parents.',
  "Je pense que tout le monde a sa place à l'école, d'où qu'il vienne.",
];

export function templateInput() {
  const item = (wordingFr: string, answerType: 'likert5' | 'yes_no' | 'scale_0_10' | 'free_text', anchorsFr: string[] = []) => ({
    id: null,
    dimension: answerType === 'free_text' ? ('comments' as const) : ('stereotypes' as const),
    answerType,
    reverseKeyed: false,
    wordingFr,
    wordingEn: '',
    phase: 'both' as const,
    anchorsFr,
    anchorsEn: [],
    choices: [],
  });
  return {
    name: `Banc d'essai — import de 100 000 réponses (${process.pid})`,
    audience: 'pupil' as const,
    description: '',
    codeRecipe: ['mother_first_letter' as const, 'own_first_letter' as const, 'birth_day' as const, 'birth_month' as const],
    items: [
      ...STATEMENTS.map((wording) => item(wording, 'likert5', LIKERT)),
      item("As-tu déjà voyagé dans un autre pays que la Belgique ?", 'yes_no'),
      item('Parles-tu une autre langue que le français à la maison ?', 'yes_no'),
      item('Quelle note donnes-tu à ton école pour l’accueil des nouveaux élèves, de 0 à 10 ?', 'scale_0_10', ['Très mauvais', 'Excellent']),
      item('Veux-tu nous dire autre chose ?', 'free_text'),
    ],
  };
}

const COMMENTS = ["C'était bien.", 'Rien à ajouter', "J'ai aimé parler de ma famille, merci !", 'Non', 'Bof…', "On devrait faire ça plus souvent, avec d'autres classes."];
const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

const quoted = (cell: string) => `"${cell.replaceAll('"', '""')}"`;

/**
 * The export of `forms` pupils, as LimeSurvey writes a CSV (comma, every cell quoted, CRLF) with Microsoft
 * Forms' own columns in front: ID, start and end time. Codes are unique (the recipe's six characters), 2% of
 * the Likert answers are "Sans réponse", and every cell is filled: forms × 20 answers exactly.
 */
export function answersCsv(template: QuestionnaireTemplate, forms: number, random: DemoRandom): string {
  const items = [...template.items].sort((a, b) => a.position - b.position);
  const header = ['ID', 'Heure de début', 'Heure de fin', 'Code élève', ...items.map((item) => item.wordingFr)];
  const lines = [header.map(quoted).join(',')];
  const codes = new Set<string>();
  for (let form = 1; form <= forms; form += 1) {
    let code = '';
    do {
      const day = String(random.int(1, 28)).padStart(2, '0');
      const month = String(random.int(1, 12)).padStart(2, '0');
      code = `${random.pick([...LETTERS])}${random.pick([...LETTERS])}${day}${month}`;
    } while (codes.has(code));
    codes.add(code);
    const minute = String(form % 60).padStart(2, '0');
    const cells = [String(form), `3/12/2026 09:${minute}:00`, `3/12/2026 09:${minute}:00`, code.toLowerCase()];
    for (const item of items) {
      if (item.answerType === 'likert5') cells.push(random.next() < 0.02 ? 'Sans réponse' : random.pick(LIKERT));
      else if (item.answerType === 'yes_no') cells.push(random.pick(['Oui', 'Non']));
      else if (item.answerType === 'scale_0_10') cells.push(String(random.int(0, 10)));
      else cells.push(random.pick(COMMENTS));
    }
    lines.push(cells.map(quoted).join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}

function ok<T>(result: ApiResult<T>, what: string): T {
  if (!result.ok) throw new Error(`bench import: ${what} refused (${result.error.code} ${result.error.reason ?? ''})`);
  return result.data;
}

/** The database and key of the data directory, without its lock: a core of our own on a copy. */
function copyDataDir(dataDir: string): string {
  const copy = mkdtempSync(join(tmpdir(), 'passerelle-bench-import-'));
  for (const entry of readdirSync(dataDir)) {
    if (entry.startsWith('passerelle.sqlite') || entry === 'keys') cpSync(join(dataDir, entry), join(copy, entry), { recursive: true });
  }
  return copy;
}

interface Shell {
  /** Runs `.import` of the file into a fresh scratch database; ms, wall clock of the whole shell run. */
  importOnce(): number;
}

function sqliteShell(csvFile: string, scratchDir: string): Shell | null {
  const probe = spawnSync('sqlite3', ['-version'], { encoding: 'utf8' });
  if (probe.error || probe.status !== 0) return null;
  const database = join(scratchDir, 'scratch.db');
  return {
    importOnce() {
      rmSync(database, { force: true });
      const start = performance.now();
      const run = spawnSync('sqlite3', ['-batch', database], { input: `.mode csv\n.import '${csvFile}' t\n`, encoding: 'utf8' });
      const elapsed = performance.now() - start;
      if (run.status !== 0 || run.stderr.trim() !== '') throw new Error(`sqlite3 .import failed: ${run.stderr}`);
      return elapsed;
    },
  };
}

export async function benchImport(context: BenchContext): Promise<BenchRow[]> {
  const copy = context.backend === 'sqlite' ? copyDataDir(context.dataDir) : null;
  const scratch = mkdtempSync(join(tmpdir(), 'passerelle-bench-import-shell-'));
  const core: Core = copy
    ? await createCore({ dataDir: copy, logger: createMemoryLogger(), fieldKey: { wrapper: plainKeyWrapper }, program: 'demo' })
    : await context.openCore();
  let templateId: number | null = null;
  try {
    const api: PasserelleApi = buildApi((channel, input) => core.dispatch({ sessionKey: 'bench-import' }, channel, input));
    ok(await api.auth.login({ username: 'coordination', password: DEMO_PASSWORD }), 'sign-in');
    const template = ok(await api.questionnaires.createTemplate(templateInput()), 'template');
    templateId = template.id;
    // Any activity of the data with a class: the administration is the bench's own (its own template).
    const place: { event_id: number; class_id: number } | undefined = await core.db('event_classes').orderBy('event_id', 'desc').first('event_id', 'class_id');
    if (!place) throw new Error('bench import: the data has no activity with a class');

    const text = answersCsv(template, FORMS, seededRandom(19_0400));
    const file = Buffer.from(text, 'utf8').toString('base64');
    const csvFile = join(scratch, 'answers.csv');
    writeFileSync(csvFile, text);
    const answers = FORMS * template.items.length;

    /** One user's import, timed from the preview to the commit's answer; the administration is set up and removed around it. */
    const importOnce = async (): Promise<number> => {
      const administration = ok(
        await api.questionnaires.createAdministration({ templateId: template.id, eventId: place.event_id, classId: place.class_id, phase: 'before', date: '2026-12-03' }),
        'administration',
      );
      const start = performance.now();
      const preview = ok(await api.questionnaireImport.preview({ administrationId: administration.id, file, mapping: null }), 'preview');
      if (preview.errorCount > 0 || preview.unknownLabels.length > 0 || preview.mapping.columns.length !== template.items.length) {
        throw new Error(`bench import: the preview found ${preview.errorCount} rows with errors, ${preview.unknownLabels.length} unknown labels`);
      }
      const result = ok(await api.questionnaireImport.commit({ administrationId: administration.id, file, mapping: preview.mapping }), 'commit');
      const elapsed = performance.now() - start;
      if (result.created !== FORMS) throw new Error(`bench import: ${result.created} forms created, ${FORMS} expected`);
      ok(await api.questionnaires.deleteAdministration({ id: administration.id }), 'clean-up');
      return elapsed;
    };

    const shell = sqliteShell(csvFile, scratch);
    const runs = Math.max(RUNS_AT_LEAST, context.runs);
    context.progress(`import: ${FORMS} formulaires × ${template.items.length} questions, ${runs} passages${shell ? ' (et sqlite3 .import)' : ''}`);
    await importOnce();
    shell?.importOnce();
    const ours: number[] = [];
    const shells: number[] = [];
    for (let run = 0; run < runs; run += 1) {
      ours.push(await importOnce());
      if (shell) shells.push(shell.importOnce());
    }
    const detail = `${FORMS.toLocaleString('en')} forms × ${template.items.length} items = ${answers.toLocaleString('en')} answers, ${(text.length / 1_048_576).toFixed(1)} MB CSV (labels, code column); preview + commit`;
    const against = context.backend === 'postgres' ? ' — PostgreSQL import against the sqlite3 shell on SQLite' : '';
    return [
      { id: 'import.answers100k', what: 'import of 100,000 answers from CSV (preview + commit)', backend: context.backend, unit: 'ms', samples: ours, target: { median: 2000 }, detail },
      {
        id: 'import.ratioToShell',
        what: 'import against the sqlite3 shell\'s .import (same file)',
        backend: context.backend,
        unit: '×',
        samples: shell ? ours.map((time, run) => time / shells[run]!) : [],
        target: { median: 3 },
        detail: shell
          ? `our preview + commit / sqlite3 -batch .import (mode csv) into a scratch database, run by run; shell median ${quantile(shells, 0.5).toFixed(0)} ms${against}`
          : `sqlite3 shell not found${against}`,
        ...(shell ? {} : { reason: SQLITE3_MISSING }),
      },
    ];
  } finally {
    if (templateId !== null) {
      // The bench's template and anything left of its administrations (an interrupted run), on PostgreSQL too.
      const administrationIds = await core.db('questionnaire_administrations').where({ template_id: templateId }).pluck('id');
      if (administrationIds.length > 0) await core.db('questionnaire_administrations').whereIn('id', administrationIds).delete();
      await core.db('questionnaire_items').where({ template_id: templateId }).delete();
      await core.db('questionnaire_templates').where({ id: templateId }).delete();
    }
    await core.close();
    if (copy) rmSync(copy, { recursive: true, force: true });
    rmSync(scratch, { recursive: true, force: true });
  }
}

