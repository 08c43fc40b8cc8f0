import { z } from 'zod';
import { defineChannel } from '../../define';
import {
  RETENTION_READERS,
  RETENTION_RUN_KINDS,
  RETENTION_TERM_LIMITS,
  type RetentionPreview,
  type RetentionRules,
  type RetentionRunSummary,
  type RetentionStatus,
} from '../../../domain/privacy/retention';

/**
 * Retention (issue 20): the terms in force, what is past them, and the runs that erase it. Every channel is open
 * to admin, housing and coordinator; the handler then checks the rule's own roles (housing records: housing;
 * directory contacts: admin or coordinator) and answers FORBIDDEN otherwise. See docs/architecture.md, "People's
 * rights over their data".
 */

const kind = z.enum(RETENTION_RUN_KINDS);
const termLimits = {
  min: Math.min(...RETENTION_RUN_KINDS.map((k) => RETENTION_TERM_LIMITS[k].min)),
  max: Math.max(...RETENTION_RUN_KINDS.map((k) => RETENTION_TERM_LIMITS[k].max)),
};

export const retentionChannels = {
  rules: defineChannel<RetentionRules>()({ input: z.strictObject({}), access: RETENTION_READERS, writes: false }),
  /** One rule at a time: each has its own editors. */
  saveRules: defineChannel<RetentionRules>()({
    input: z.strictObject({ kind, termYears: z.number().int().min(termLimits.min).max(termLimits.max) }),
    access: RETENTION_READERS,
    writes: true,
  }),
  /** Per rule: how many records are past their term today, and the last run. */
  status: defineChannel<RetentionStatus>()({ input: z.strictObject({}), access: RETENTION_READERS, writes: false }),
  /** What a run would erase now, and the token naming that list. */
  preview: defineChannel<RetentionPreview>()({ input: z.strictObject({ kind }), access: RETENTION_READERS, writes: false }),
  /** Erases what the preview listed, in one transaction; CONFLICT `retentionChangedSince` when the list has changed. */
  run: defineChannel<RetentionRunSummary>()({
    input: z.strictObject({ kind, token: z.string().max(64).regex(/^[0-9a-f]{64}$/) }),
    access: RETENTION_READERS,
    writes: true,
  }),
  /** The runs, newest first. */
  history: defineChannel<RetentionRunSummary[]>()({ input: z.strictObject({}), access: RETENTION_READERS, writes: false }),
};
