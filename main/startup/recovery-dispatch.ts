import type { Dispatch } from '../dispatch';
import { AppError } from '../errors';
import { findChannel } from '../../shared/api/contract';
import { toFieldErrors } from '../../shared/api/field-errors';
import type { ApiResult } from '../../shared/api/result';
import type { Maintenance } from './maintenance';

/**
 * The dispatch of recovery mode: the records are closed, so only the recovery group answers (the interface shows the
 * recovery screen); every other channel is refused with `recoveryMode`. Same validation as the real dispatch,
 * same answers as data; nothing here reads or writes the database.
 */
export function createRecoveryDispatch(maintenance: Maintenance): Dispatch {
  return async (_caller, channel, rawInput): Promise<ApiResult<unknown>> => {
    const entry = typeof channel === 'string' ? findChannel(channel) : undefined;
    if (!entry) return { ok: false, error: { code: 'NOT_FOUND', message: 'unknown channel', reason: 'unknownChannel' } };
    if (entry.domain !== 'recovery') {
      return { ok: false, error: { code: 'CONFLICT', message: 'recovery mode', reason: 'recoveryMode' } };
    }
    const input = rawInput === undefined ? {} : rawInput;
    const parsed = entry.definition.input.safeParse(input);
    if (!parsed.success) {
      return { ok: false, error: { code: 'VALIDATION', message: 'invalid input', fields: toFieldErrors(parsed.error.issues, input) } };
    }
    try {
      const data = parsed.data as Record<string, string>;
      if (entry.action === 'status') return { ok: true, data: await maintenance.recoveryStatus() };
      if (entry.action === 'restore') {
        const input = parsed.data as { name: string; kit?: { kit: string; passphrase: string } };
        return { ok: true, data: await maintenance.restore(input.name, input.kit) };
      }
      if (entry.action === 'importKit') {
        await maintenance.importRecoveryKit(data.kit!, data.passphrase!);
        return { ok: true, data: null };
      }
      return { ok: false, error: { code: 'NOT_FOUND', message: 'unknown channel', reason: 'unknownChannel' } };
    } catch (error) {
      if (error instanceof AppError) return { ok: false, error: { code: error.code, message: error.message, ...error.details } };
      throw error;
    }
  };
}
