/**
 * Erasures (issue 20): what kinds of record are erased, and why. An erasure is remembered as ids only — the
 * kind, the record's id and its creation time, which together name one row even after a restore has let ids
 * be reused — never a value of the record.
 */
export const ERASED_KINDS = ['person', 'contact'] as const;
export type ErasedKind = (typeof ERASED_KINDS)[number];

/** `request`: someone asked (art. 17); `retention`: a retention run; `reapplied`: redone after a restore. */
export const ERASURE_REASONS = ['request', 'retention', 'reapplied'] as const;
export type ErasureReason = (typeof ERASURE_REASONS)[number];

export interface ErasureEntry {
  kind: ErasedKind;
  recordId: number;
  recordCreatedAt: string;
  erasedAt: string;
  reason: ErasureReason;
}
