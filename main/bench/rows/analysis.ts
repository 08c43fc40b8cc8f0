import { CHANNELS } from '../../../shared/api/contract';
import type { Core } from '../../core';
import { timeRuns, type BenchContext, type BenchRow } from '../harness';

/**
 * The questionnaire results rows of issue 19: the before/after analysis of the busiest school year, of every
 * year, and the impact report PDF of every year, as a coordinator asks them (through the dispatch, so the
 * input check and the role check are in the figure). The template measured is the pupil template with the
 * most answers in one school year; the detail says how many answers each row covers and the largest resident
 * set size seen while it ran.
 */

const ACCOUNT = { username: 'coordination', password: 'passerelle-demo' };

function channel(domain: string, action: string): string {
  const entry = CHANNELS.find((candidate) => candidate.domain === domain && candidate.action === action);
  if (!entry) throw new Error(`no channel ${domain}/${action}`);
  return entry.name;
}

interface Busiest {
  templateId: number;
  schoolYear: string;
  answers: number;
}

/** The pupil template and school year with the most answers (null: no pupil answer at all). */
async function busiestTemplateYear(core: Core): Promise<Busiest | null> {
  const row: { template_id: number; school_year: string; answers: number | string } | undefined = await core.db('questionnaire_answers as q')
    .join('questionnaire_responses as r', 'r.id', 'q.response_id')
    .join('questionnaire_administrations as a', 'a.id', 'r.administration_id')
    .join('questionnaire_templates as t', 't.id', 'a.template_id')
    .join('events as e', 'e.id', 'a.event_id')
    .where('t.audience', 'pupil')
    .groupBy('a.template_id', 'e.school_year')
    .orderBy([{ column: 'answers', order: 'desc' }, { column: 'a.template_id' }])
    .first('a.template_id', 'e.school_year', core.db.raw('count(*) as answers'));
  return row ? { templateId: row.template_id, schoolYear: row.school_year, answers: Number(row.answers) } : null;
}

async function answersOfTemplate(core: Core, templateId: number): Promise<number> {
  const row = await core.db('questionnaire_answers as q')
    .join('questionnaire_responses as r', 'r.id', 'q.response_id')
    .join('questionnaire_administrations as a', 'a.id', 'r.administration_id')
    .where('a.template_id', templateId)
    .count({ answers: '*' })
    .first();
  return Number(row?.answers ?? 0);
}

/** Runs `measure` while sampling the resident set size; returns its samples and the peak in MB. */
async function withPeakRss(measure: () => Promise<number[]>): Promise<{ samples: number[]; peakMb: number }> {
  let peak = process.memoryUsage.rss();
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage.rss());
  }, 5);
  try {
    const samples = await measure();
    peak = Math.max(peak, process.memoryUsage.rss());
    return { samples, peakMb: peak / 1_048_576 };
  } finally {
    clearInterval(timer);
  }
}

export async function benchAnalysis(context: BenchContext): Promise<BenchRow[]> {
  const backend = context.backend;
  const core = await context.openCore();
  try {
    const busiest = await busiestTemplateYear(core);
    const rows = {
      schoolYear: { id: 'analysis.schoolYear', what: 'analysis of one school year', target: { median: 300, p95: 450 } },
      everyYear: { id: 'analysis.everyYear', what: 'analysis, every year', target: { median: 1500 } },
      report: { id: 'impactReport.everyYear', what: 'impact report PDF, every year', target: { median: 1500 } },
    };
    if (!busiest) {
      const reason = 'no pupil answers in the data directory (generate it with `npm run demo -- --years 10 --scale full`)';
      return Object.values(rows).map((row) => ({ ...row, backend, unit: 'ms' as const, samples: [], reason }));
    }
    const caller = { sessionKey: 'bench-analysis' };
    const login = await core.dispatch(caller, channel('auth', 'login'), ACCOUNT);
    if (!login.ok) throw new Error(`bench analysis: the demo account could not sign in (${login.error.code})`);

    const analysis = channel('questionnaireResults', 'analysis');
    const report = channel('questionnaireResults', 'impactReportPdf');
    const yearInput = { templateId: busiest.templateId, scope: { kind: 'schoolYear', schoolYear: busiest.schoolYear } };
    const allInput = { templateId: busiest.templateId, scope: { kind: 'all' } };
    const reportInput = { ...allInput, language: 'fr' };
    const call = (name: string, input: object) => async () => {
      const answer = await core.dispatch(caller, name, input);
      if (!answer.ok) throw new Error(`bench analysis: ${name} answered ${answer.error.code}`);
    };
    const everyAnswer = await answersOfTemplate(core, busiest.templateId);
    const number = (n: number) => n.toLocaleString('en');

    context.progress(`analysis: ${number(busiest.answers)} answers in ${busiest.schoolYear}, ${number(everyAnswer)} in every year`);
    const year = await withPeakRss(() => timeRuns(Math.max(10, context.runs), call(analysis, yearInput)));
    context.progress('analysis: every year');
    const all = await withPeakRss(() => timeRuns(Math.max(5, Math.min(context.runs, 10)), call(analysis, allInput)));
    context.progress('analysis: impact report of every year');
    const pdf = await withPeakRss(() => timeRuns(Math.max(5, Math.min(context.runs, 10)), call(report, reportInput)));

    const detail = (answers: number, peakMb: number, extra = '') => `${number(answers)} answers${extra}, peak RSS ${peakMb.toFixed(0)} MB`;
    return [
      { ...rows.schoolYear, backend, unit: 'ms', samples: year.samples, detail: detail(busiest.answers, year.peakMb, ` (${busiest.schoolYear})`) },
      { ...rows.everyYear, backend, unit: 'ms', samples: all.samples, detail: detail(everyAnswer, all.peakMb) },
      { ...rows.report, backend, unit: 'ms', samples: pdf.samples, detail: detail(everyAnswer, pdf.peakMb) },
    ];
  } finally {
    await core.close();
  }
}
