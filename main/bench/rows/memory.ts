import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sqlite3 from 'sqlite3';
import type { BenchContext, BenchRow } from '../harness';
import { DATABASE_FILE_NAME } from '../../data-dir';
import { MAX_PERIOD_DAYS } from '../../../shared/domain/indicators/period';
import { callApi, copyDataDir, describeRecords, newClientId, procStatusMegabytes, removeCopy, startServe, type ServeProcess } from './serve-process';
import { channelName } from '../session';

/**
 * Issue 19's memory rows, on the Node side of browser mode (a serve process on a copy of the full-scale records):
 * - memory.idle: the process's resident memory (VmRSS) once started and answering, before any heavy call;
 * - memory.heaviestCall: its peak resident memory (VmHWM) while the heaviest calls run through the HTTP API:
 *   the before/after analysis of every answer (scope all) of the template with the most answers, its impact
 *   report (PDF), the annual indicators report over the ten years (PDF), and a verified backup. Each call runs in
 *   a fresh process, signed in, its peak reset before the call (`/proc/<pid>/clear_refs`, 5), so the detail names
 *   each call's own peak; a sample is the largest of one round. Linux only (/proc): elsewhere the rows say so.
 */

const DEMO_PASSWORD = 'passerelle-demo';
const IDLE_SETTLE_MS = 500;

export async function benchMemory(context: BenchContext): Promise<BenchRow[]> {
  if (context.backend !== 'sqlite') return [];
  const base = { backend: 'sqlite' as const, unit: 'MB' as const };
  const idleRow: BenchRow = { ...base, id: 'memory.idle', what: 'Node-side memory, idle after start (RSS)', samples: [], target: {} };
  const heavyRow: BenchRow = {
    ...base,
    id: 'memory.heaviestCall',
    what: 'Node-side memory, peak under the heaviest call',
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
      let roundPeak = 0;
      // Each call in a process of its own: memory V8 keeps after one call would otherwise count as the next's peak.
      for (const [index, call] of heavyCalls(facts).entries()) {
        context.progress(`memory: round ${run + 1}/${rounds}, ${call.label}`);
        const serve = await startServe(context.root, copy);
        try {
          const client = await signIn(serve, call.username);
          if (index === 0) {
            await new Promise((resolve) => setTimeout(resolve, IDLE_SETTLE_MS));
            const idle = procStatusMegabytes(serve.child.pid!, 'VmRSS');
            if (idle !== null) idleRow.samples.push(idle);
          }
          // From here the peak is this call's (the start's own peak is forgotten, where Linux allows it).
          resetPeak(serve.child.pid!);
          const answer = await callApi(serve, client, call.channel, call.input);
          if (!answer.ok) throw new Error(`${call.channel} answered ${JSON.stringify(answer.error)}`);
          const peak = procStatusMegabytes(serve.child.pid!, 'VmHWM');
          if (peak === null) continue;
          perCall.set(call.label, [...(perCall.get(call.label) ?? []), peak]);
          roundPeak = Math.max(roundPeak, peak);
        } finally {
          await serve.stop();
        }
      }
      if (roundPeak > 0) heavyRow.samples.push(roundPeak);
    }
    const perCallText = [...perCall].map(([label, peaks]) => `${label} ${Math.max(...peaks).toFixed(0)} MB`).join(', ');
    idleRow.detail = `${records}; after start and a sign-in`;
    heavyRow.detail = `${records}; template ${facts.templateId} (${facts.templateAnswers.toLocaleString('en-GB')} answers), ${facts.period.from}–${facts.period.to}; peak per call: ${perCallText}`;
    return [idleRow, heavyRow];
  } finally {
    removeCopy(copy);
  }
}

interface HeavyCall {
  label: string;
  username: string;
  channel: string;
  input: unknown;
}

function heavyCalls(facts: Facts): HeavyCall[] {
  const everything = { templateId: facts.templateId, scope: { kind: 'all' } };
  return [
    { label: 'analysis (scope all)', username: 'coordination', channel: channelName('questionnaireResults', 'analysis'), input: everything },
    { label: 'impact report PDF (scope all)', username: 'coordination', channel: channelName('questionnaireResults', 'impactReportPdf'), input: { ...everything, language: 'fr' } },
    { label: 'annual report PDF (ten years)', username: 'coordination', channel: channelName('indicators', 'annualReportPdf'), input: { period: facts.period, language: 'fr' } },
    { label: 'backup', username: 'admin', channel: channelName('backups', 'create'), input: {} },
  ];
}

async function signIn(serve: ServeProcess, username: string): Promise<string> {
  const client = newClientId();
  const answer = await callApi(serve, client, channelName('auth', 'login'), { username, password: DEMO_PASSWORD });
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
