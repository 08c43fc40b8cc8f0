import type { Db } from '../../db/connection';
import { serialiseRule } from '../../db/rule-lock';

/**
 * CONCURRENCY of placements: every write that checks placements (a placement written, moved or ended, a unit's
 * capacity lowered or the unit closed) starts here, before it reads, so that two writers (two processes on one
 * SQLite file, two team-server processes on PostgreSQL) never both find the same free place
 * (main/db/rule-lock.ts). Within one desktop process the single pooled connection already serialises
 * transactions. docs/architecture.md, "Housing placements" and "Concurrency".
 */
export async function lockPlacements(db: Db): Promise<void> {
  await serialiseRule(db, 'placements');
}
