import { serialiseRule } from '../../db/rule-lock';
import type { Db } from '../../db/connection';
import { resolveRetentionRules, type RetentionRules, type RetentionRunKind } from '../../../shared/domain/privacy/retention';

/** The settings row holding the retention terms (JSON object; absent or invalid values fall back to the defaults). */
const RETENTION_RULES_KEY = 'retentionRules';

/** The retention terms in force (shared/domain/privacy/retention.ts: DEFAULT_RETENTION_RULES for anything unset). */
export async function readRetentionRules(db: Db): Promise<RetentionRules> {
  const row: { value: string } | undefined = await db('settings').where({ key: RETENTION_RULES_KEY }).first('value');
  let saved: unknown = null;
  try {
    saved = row ? (JSON.parse(row.value) as unknown) : null;
  } catch {
    saved = null;
  }
  return resolveRetentionRules(saved);
}

/**
 * Changes one rule's term (the channel's input is range-checked by the contract; the handler has checked who may
 * change this rule) and keeps the others as they are. Returns what is now in force.
 */
export async function writeRetentionTerm(db: Db, kind: RetentionRunKind, termYears: number): Promise<RetentionRules> {
  // The row holds every rule: two changes at once (a coordinator's and a housing worker's, on two server
  // processes) must not both read the old row and each write back the other's old term.
  await serialiseRule(db, 'retentionRules');
  const current = await readRetentionRules(db);
  const value = JSON.stringify(resolveRetentionRules({ ...current, [kind]: { termYears } }));
  await db('settings').insert({ key: RETENTION_RULES_KEY, value }).onConflict('key').merge();
  return readRetentionRules(db);
}
