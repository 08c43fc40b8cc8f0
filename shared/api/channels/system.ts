import { z } from 'zod';
import { defineChannel } from '../define';
import type { AuditEvent, FirstSteps, SystemInfo } from '../../domain/system';

export const systemChannels = {
  info: defineChannel<SystemInfo>()({
    input: z.strictObject({}),
    access: ['admin'],
    writes: false,
  }),
  audit: defineChannel<AuditEvent[]>()({
    input: z.strictObject({ limit: z.number().int().min(1).max(500).optional() }),
    access: ['admin'],
    writes: false,
  }),
  /** What is still empty, for the home's first steps: the parts of the caller's own roles only (issue 17). */
  firstSteps: defineChannel<FirstSteps>()({
    input: z.strictObject({}),
    access: 'signedIn',
    writes: false,
  }),
};
