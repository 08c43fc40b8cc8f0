import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sqlite3 from 'sqlite3';
import type { BenchContext, BenchRow } from '../harness';
import { DATABASE_FILE_NAME } from '../../data-dir';
import { MAX_PERIOD_DAYS } from '../../../shared/domain/indicators/period';
import { callApi, copyDataDir, describeRecords, newClientId, procStatusMegabytes, removeCopy, startServe, type ServeProcess } from './serve-process';

/**
 * Issue 19's memory rows, on the Node side of browser mode (a serve process on a copy of the full-scale records):
 * - memory.idle: the process's resident memory (VmRSS) once started and answering, before any heavy call;
 * - memory.heaviestCall: its peak resident memory (VmHWM) while the heaviest calls run through the HTTP API:
 *   the before/after analysis of every answer (scope all) of the template with the most answers, its impact
 *   report (PDF), the annual indicators report over the ten years (PDF), and a verified backup. Before each call
 *   the peak is reset (`/proc/<pid>/clear_refs`, 5), so the detail names each call's own peak; a sample is the
 *   largest of one round. Linux only (/proc): elsewhere the rows say so.
 */

const DEMO_PASSWORD = 'passerelle-demo';
const IDLE_SETTLE_MS = 500;

export async function benchMemory(context: BenchContext): Promise<BenchRow[]> {
  if (context.backend !== 'sqlite') return [];
  const base = { backend: 'sqlite' as const, unit: 'MB' as const };
  const idleRow: BenchRow = { ...base, id: 'memory.idle', what: 'Browser mode: Node memory once started (RSS)', samples: [], target: {} };
  const heavyRow: BenchRow = {
    ...base,
    id: 'memory.heaviestCall',
    what: 'Browser mode: Node peak memory during the heaviest calls (VmHWM)',
    samples: [],
    target: { median: 250 },
  };
  if (process.platform !== 'linux') {
    const reason = 'needs /proc/<pid>/status (Linux): run `npm run bench` on Linux to measure Node memory';
    return [
      { ...idleRow, reason },
      { ...heavyRow, reason },
    ];
  }

  const copy = copyDataDir(context.dataDir);
  try {
    const records = await describeRecords(copy);
    const facts = await readFacts(join(copy, DATABASE_FILE_NAME));
    const rounds = Math.max(1, Math.min(3, context.runs));
    const perCall = new Map<string, number[]>();
    for (let run = 0; run < rounds; run += 1) {
      context.progress(`memory: round ${run + 1}/${rounds}`);
      const serve = await startServe(context.root, copy);
      try {
        const coordinator = await signIn(serve, 'coordination');
        const admin = await signIn(serve, 'admin');
        await new Promise((resolve) => setTimeout(resolve, IDLE_SETTLE_MS));
        const idle = procStatusMegabytes(serve.child.pid!, 'VmRSS');
        if (idle !== null) idleRow.samples.push(idle);

        const calls: [string, string, string, unknown][] = [
          ['analysis (scope all)', coordinator, 'questionnaireResults/analysis', { templateId: facts.templateId, scope: { kind: 'all' } }],
          ['impact report PDF (scope all)', coordinator, 'questionnaireResults/impactReportPdf', { templateId: facts.templateId, scope: { kind: 'all' }, language: 'fr' }],
          ['annual report PDF (ten years)', coordinator, 'indicators/annualReportPdf', { period: facts.period, language: 'fr' }],
          ['backup', admin, 'backups/create', {}],
        ];
        let roundPeak = 0;
        for (const [label, client, channel, input] of calls) {
          const resettable = resetPeak(serve.child.pid!);
          const answer = await callApi(serve, client, channel, input);
          if (!answer.ok) throw new Error(`${channel} answered ${JSON.stringify(answer.error)}`);
          const peak = procStatusMegabytes(serve.child.pid!, 'VmHWM');
          if (peak === null) continue;
          perCall.set(label, [...(perCall.get(label) ?? []), peak]);
          // Without a reset the peak only grows: the round's largest is still the last reading.
          roundPeak = resettable ? Math.max(roundPeak, peak) : peak;
        }
        if (roundPeak > 0) heavyRow.samples.push(roundPeak);
      } finally {
        await serve.stop();
      }
    }
    const perCallText = [...perCall].map(([label, peaks]) => `${label} ${Math.max(...peaks).toFixed(0)} MB`).join(', ');
    idleRow.detail = `${records}; after start, a status call and two sign-ins`;
    heavyRow.detail = `${records}; template ${facts.templateId} (${facts.templateAnswers.toLocaleString('en-GB')} answers), ${facts.period.from}–${facts.period.to}; peak per call: ${perCallText}`;
    return [idleRow, heavyRow];
  } finally {
    removeCopy(copy);
  }
}

async function signIn(serve: ServeProcess, username: string): Promise<string> {
  const client = newClientId();
  const answer = await callApi(serve, client, 'auth/login', { username, password: DEMO_PASSWORD });
  if (!answer.ok) throw new Error(`signing in as ${username}: ${JSON.stringify(answer.error)}`);
  return client;
}

/** Resets the process's VmHWM to its current RSS (Linux ≥ 4.0); false where that is refused. */
function resetPeak(pid: number): boolean {
  try {
    writeFileSync(`/proc/${pid}/clear_refs`, '5');
    return true;
  } catch {
    return false;
  }
}

interface Facts {
  templateId: number;
  templateAnswers: number;
  period: { kind: 'range'; from: string; to: string };
}

/** The template with the most answers, and the longest period the annual report takes ending at the last event. */
async function readFacts(file: string): Promise<Facts> {
  const db = await new Promise<sqlite3.Database>((resolve, reject) => {
    const opened = new sqlite3.Database(file, sqlite3.OPEN_READONLY, (error) => (error ? reject(error) : resolve(opened)));
  });
  const get = <T>(sql: string): Promise<T> => new Promise((resolve, reject) => db.get(sql, (error: Error | null, row: T) => (error ? reject(error) : resolve(row))));
  try {
    const template = await get<{ id: number; n: number } | undefined>(
      `SELECT a.template_id AS id, count(*) AS n FROM questionnaire_answers qa
       JOIN questionnaire_responses r ON r.id = qa.response_id
       JOIN questionnaire_administrations a ON a.id = r.administration_id
       GROUP BY a.template_id ORDER BY n DESC LIMIT 1`,
    );
    if (!template) throw new Error('the records hold no questionnaire answers');
    const last = await get<{ day: string | null }>('SELECT max(substr(starts_at, 1, 10)) AS day FROM events');
    const to = last.day ?? new Date().toISOString().slice(0, 10);
    const from = new Date(Date.parse(`${to}T00:00:00Z`) - (MAX_PERIOD_DAYS - 1) * 86_400_000).toISOString().slice(0, 10);
    return { templateId: template.id, templateAnswers: template.n, period: { kind: 'range', from, to } };
  } finally {
    await new Promise((resolve) => db.close(resolve));
  }
}
