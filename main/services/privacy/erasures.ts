import type { ServiceContext } from '../context';
import type { ErasedKind, ErasureReason } from '../../../shared/domain/privacy/erasures';

/**
 * Remembers an erasure in the call's transaction (table `erasures`, ids only). The record's creation time is
 * kept with its id so that the entry names this row and no other, even in records restored from a backup
 * whose ids were later reused. The file beside the records that survives a restore is kept from this table
 * (docs/architecture.md, "People's rights over their data").
 */
export async function recordErasure(
  ctx: ServiceContext,
  entry: { kind: ErasedKind; recordId: number; recordCreatedAt: string; reason: ErasureReason; runId?: number | null },
): Promise<void> {
  await ctx.db('erasures')
    .insert({
      kind: entry.kind,
      record_id: entry.recordId,
      record_created_at: entry.recordCreatedAt,
      erased_at: ctx.now.toISOString(),
      reason: entry.reason,
      run_id: entry.runId ?? null,
    })
    // Re-applying an erasure already remembered (after a restore) adds nothing.
    .onConflict(['kind', 'record_id', 'record_created_at'])
    .ignore();
}
