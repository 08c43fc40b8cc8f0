import type { FieldCipher } from './crypto/field-cipher';
import type { Knex } from 'knex';
import { AppError } from './errors';
import { databaseUnavailableCause } from './db/unavailable';
import { getActiveSessionUser } from './services/users/accounts';
import { recordAudit, type AuditEntry } from './services/system/audit-events';
import { readSettings } from './services/settings/app-settings';
import type { Clock } from './clock';
import type { Logger } from './log';
import type { SessionStore } from './auth/sessions';
import type { LoginThrottle } from './auth/login-throttle';
import type { ScryptCost } from './auth/password';
import type { HandlerContext, Handlers } from './handlers/context';
import type { AppFacts } from './services/system/system-info';
import type { Maintenance } from './startup/maintenance';
import { NO_ERASURE_LEDGER, type ErasureLedger } from './startup/erasure-ledger';
import { findChannel, type ChannelEntry } from '../shared/api/contract';
import { toFieldErrors } from '../shared/api/field-errors';
import { DOMAIN_MODULES } from '../shared/api/domain-modules';
import { normaliseTexts } from '../shared/api/normalise-text';
import type { ApiError, ApiResult, ErrorCode } from '../shared/api/result';
import { hasAnyRole } from '../shared/domain/roles';
import type { SessionUser } from '../shared/domain/users';

/** Who is calling, as established by the transport (never by the message itself). */
export interface Caller {
  /** `ipc:<webContents id>` or `http:<client id>`: the key of this caller's session. */
  sessionKey: string;
}

export type Dispatch = (caller: Caller, channel: string, input: unknown) => Promise<ApiResult<unknown>>;

export interface DispatchDependencies {
  db: Knex;
  handlers: Handlers;
  sessions: SessionStore;
  throttle: LoginThrottle;
  clock: Clock;
  logger: Logger;
  facts: AppFacts;
  passwordCost: ScryptCost;
  decoyHash: string;
  fieldCipher: FieldCipher;
  maintenance: Maintenance;
  /** Where erasures are kept outside the records (issue 20); none when absent. */
  erasureLedger?: ErasureLedger;
  /** A damaged database opened read-only: every writing channel is refused, except signing in and out. */
  readOnly?: boolean;
}

function failure(code: ErrorCode, message: string, details: Omit<ApiError, 'code' | 'message'> = {}): ApiResult<never> {
  return { ok: false, error: { code, message, ...details } };
}

/** A user whose password was reset by an admin may only manage their session until they choose a new one. */
function allowedWhilePasswordMustChange(entry: ChannelEntry): boolean {
  return entry.domain === 'auth';
}

/**
 * The single entry point for every channel, whatever the transport: find the channel, check the session and
 * role, validate the input against the contract (unknown keys rejected), run the handler (in a transaction
 * for writing channels) and turn every outcome into data. Internal errors are logged without personal data
 * and answered with a reference only.
 */
export function createDispatch(deps: DispatchDependencies): Dispatch {
  return async function dispatch(caller, channel, rawInput) {
    const entry = typeof channel === 'string' ? findChannel(channel) : undefined;
    if (!entry) return failure('NOT_FOUND', 'unknown channel', { reason: 'unknownChannel' });
    const { definition } = entry;

    // Set once a writing channel's handler has finished: from then on, losing the database may have come at or
    // after COMMIT, and whether the change was saved cannot be known from here.
    let handlerFinished = false;
    try {
      const settings = await readSettings(deps.db);
      const user = await currentUser(deps, caller, settings.idleMinutes);
      if (definition.access !== 'public') {
        if (!user) return failure('UNAUTHENTICATED', 'sign in required', { reason: 'signInRequired' });
        if (definition.access !== 'signedIn' && !hasAnyRole(user.roles, definition.access)) {
          return failure('FORBIDDEN', 'role not allowed', { reason: 'roleNotAllowed' });
        }
        if (user.mustChangePassword && !allowedWhilePasswordMustChange(entry)) {
          return failure('FORBIDDEN', 'password change required', { reason: 'passwordChangeRequired' });
        }
      }

      const module = DOMAIN_MODULES[entry.domain];
      if (module !== null && !settings.modules.includes(module)) {
        return failure('FORBIDDEN', 'module switched off', { reason: 'moduleOff' });
      }

      if (deps.readOnly && definition.writes && !definition.auditedRead && entry.domain !== 'auth') {
        return failure('CONFLICT', 'read-only records', { reason: 'readOnlyRecords' });
      }

      const input = normaliseTexts(rawInput === undefined ? {} : rawInput);
      const parsed = definition.input.safeParse(input);
      if (!parsed.success) {
        return failure('VALIDATION', 'invalid input', { fields: toFieldErrors(parsed.error.issues, input) });
      }

      const sessionChanges: (() => Promise<void>)[] = [];
      const attempts: AuditEntry[] = [];
      const afterCommit: ((db: HandlerContext['db']) => Promise<void>)[] = [];
      const run = (db: HandlerContext['db']): Promise<unknown> => {
        const ctx: HandlerContext = {
          db,
          user,
          clock: deps.clock,
          logger: deps.logger,
          facts: deps.facts,
          passwordCost: deps.passwordCost,
          decoyHash: deps.decoyHash,
          fieldCipher: deps.fieldCipher,
          throttle: deps.throttle,
          maintenance: deps.maintenance,
          erasureLedger: deps.erasureLedger ?? NO_ERASURE_LEDGER,
          session: {
            signIn: (userId) => sessionChanges.push(() => deps.sessions.signIn(caller.sessionKey, userId)),
            signOut: () => sessionChanges.push(() => deps.sessions.signOut(caller.sessionKey)),
          },
          audit: (auditEntry) =>
            recordAudit(db, { userId: user?.id ?? null, ...auditEntry }, deps.clock.now()),
          afterCommit: (task) => {
            afterCommit.push(task);
          },
          auditAttempt: (auditEntry) => {
            attempts.push({ userId: user?.id ?? null, ...auditEntry });
          },
        };
        const handler = deps.handlers[entry.domain][entry.action as never] as (
          ctx: HandlerContext,
          input: unknown,
        ) => Promise<unknown>;
        return handler(ctx, parsed.data);
      };

      try {
        const data = definition.writes
          ? await deps.db.transaction(async (trx) => {
              const result = await run(trx);
              handlerFinished = true;
              return result;
            })
          : await run(deps.db);
        for (const apply of sessionChanges) await apply();
        for (const task of afterCommit) {
          try {
            await task(deps.db);
          } catch (error) {
            deps.logger.internalError(`after ${entry.name}`, error);
          }
        }
        return { ok: true, data: data ?? null };
      } finally {
        for (const attempt of attempts) await recordAudit(deps.db, attempt, deps.clock.now());
      }
    } catch (error) {
      if (error instanceof AppError) {
        return failure(error.code, error.message, error.details);
      }
      // Another process (desktop and browser mode on one data directory) held the write lock past busy_timeout:
      // nothing was written (the transaction rolled back), and trying again is the answer.
      if (isDatabaseBusy(error)) return failure('CONFLICT', 'database busy', { reason: 'databaseBusy' });
      const unavailable = databaseUnavailableCause(error);
      if (unavailable !== null) {
        // A team server's database out of reach (main/db/unavailable.ts): not a bug, so no incident reference;
        // the log keeps the error's code only (its message may carry SQL and values).
        deps.logger.info('database.unavailable', { channel: entry.name, error: unavailable });
        // Lost before the handler finished: its transaction never reached COMMIT, PostgreSQL rolls back what a
        // broken connection leaves open, so nothing was written and the user is told so. Lost after: the COMMIT
        // may or may not have reached the server before the connection broke (or it did, and what failed was the
        // session or an attempt's audit row written after it). The user is then told the change may have been
        // saved and to look before doing it again, never "nothing was saved".
        return handlerFinished
          ? failure('CONFLICT', 'database lost while saving', { reason: 'databaseLostWhileSaving' })
          : failure('CONFLICT', 'database unavailable', { reason: 'databaseUnavailable' });
      }
      // A constraint the service should have checked first (its field error says more): the transaction rolled
      // back, so nothing was written, and the user hears that, not "internal error". Logged like a bug, with
      // the error's code only, so that the missing check gets written.
      if (isConstraintViolation(error)) {
        const reference = deps.logger.internalError(`constraint ${entry.name}`, error);
        return failure('CONFLICT', 'record refused by the database', { reason: 'recordRefused', params: { reference } });
      }
      const reference = deps.logger.internalError(`channel ${entry.name}`, error);
      return failure('INTERNAL', 'internal error', { reason: 'internal', params: { reference } });
    }
  };
}

/**
 * The database could not do it now, and nothing was written: SQLite's lock held past busy_timeout; on
 * PostgreSQL a statement cancelled by its timeout (57014: a migration holding a table, a lock held too long),
 * a serialisation failure (40001) or a deadlock (40P01), each rolled back.
 */
const BUSY_SQLSTATES = new Set(['57014', '40001', '40P01']);

function isDatabaseBusy(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const code = String((error as { code?: unknown }).code);
  return code.startsWith('SQLITE_BUSY') || BUSY_SQLSTATES.has(code);
}

/** SQLite's SQLITE_CONSTRAINT_* codes and PostgreSQL's integrity class (SQLSTATE 23xxx). */
function isConstraintViolation(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const code = String((error as { code?: unknown }).code);
  return code.startsWith('SQLITE_CONSTRAINT') || /^23\d{3}$/.test(code);
}

async function currentUser(deps: DispatchDependencies, caller: Caller, idleMinutes: number): Promise<SessionUser | null> {
  const userId = await deps.sessions.touch(caller.sessionKey, idleMinutes);
  if (userId === null) return null;
  const user = await getActiveSessionUser(deps.db, userId);
  // Deactivated since signing in: the session ends now rather than at the next idle timeout.
  if (!user) await deps.sessions.signOut(caller.sessionKey);
  return user;
}
