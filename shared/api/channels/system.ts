import { z } from 'zod';
import { defineChannel } from '../define';
import type { AuditEvent, BackupResult, SystemInfo } from '../../domain/system';

export const systemChannels = {
  info: defineChannel<SystemInfo>()({
    input: z.strictObject({}),
    access: ['admin'],
    writes: false,
  }),
  /** VACUUM INTO cannot run inside a transaction, and a backup changes no row: not a writing channel. */
  backup: defineChannel<BackupResult>()({
    input: z.strictObject({}),
    access: ['admin'],
    writes: false,
  }),
  audit: defineChannel<AuditEvent[]>()({
    input: z.strictObject({ limit: z.number().int().min(1).max(500).optional() }),
    access: ['admin'],
    writes: false,
  }),
};
