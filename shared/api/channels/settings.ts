import { z } from 'zod';
import { defineChannel } from '../define';
import { MODULES } from '../../domain/modules';
import { IDLE_MINUTES_MAX, IDLE_MINUTES_MIN, type AppSettings } from '../../domain/settings';

export const settingsChannels = {
  get: defineChannel<AppSettings>()({
    input: z.strictObject({}),
    access: ['admin'],
    writes: false,
  }),
  update: defineChannel<AppSettings>()({
    input: z.strictObject({
      idleMinutes: z.number().int().min(IDLE_MINUTES_MIN).max(IDLE_MINUTES_MAX),
      modules: z
        .array(z.enum(MODULES))
        .min(1)
        .max(MODULES.length)
        .refine((modules) => new Set(modules).size === modules.length, { message: 'duplicate modules' }),
    }),
    access: ['admin'],
    writes: true,
  }),
};
