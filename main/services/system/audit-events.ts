import type { Db } from '../../db/connection';
import type { AuditEvent } from '../../../shared/domain/system';

export interface AuditEntry {
  userId: number | null;
  action: string;
  entity: string;
  entityId?: string | number | null;
}

/** Records who did what to which record. Never pass names, addresses or free text here: ids only. */
export async function recordAudit(db: Db, entry: AuditEntry, at: Date): Promise<void> {
  await db('audit_events').insert({
    at: at.toISOString(),
    user_id: entry.userId,
    action: entry.action,
    entity: entry.entity,
    entity_id: entry.entityId === undefined || entry.entityId === null ? null : String(entry.entityId),
  });
}

export async function listAudit(db: Db, limit: number): Promise<AuditEvent[]> {
  const rows: {
    id: number;
    at: string;
    user_id: number | null;
    username: string | null;
    action: string;
    entity: string;
    entity_id: string | null;
  }[] = await db('audit_events')
    .leftJoin('users', 'users.id', 'audit_events.user_id')
    .select('audit_events.*', 'users.username')
    .orderBy('audit_events.id', 'desc')
    .limit(limit);
  return rows.map((row) => ({
    id: row.id,
    at: row.at,
    userId: row.user_id,
    username: row.username,
    action: row.action,
    entity: row.entity,
    entityId: row.entity_id,
  }));
}
