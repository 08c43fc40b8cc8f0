import type { FieldCipher } from '../crypto/field-cipher';
import type { Db } from '../db/connection';
import { belgianDate, type Clock } from '../clock';
import type { Logger } from '../log';
import type { LoginThrottle } from '../auth/login-throttle';
import type { ScryptCost } from '../auth/password';
import type { AuditEntry } from '../services/system/audit-events';
import type { ServiceContext } from '../services/context';
import type { AppFacts } from '../services/system/system-info';
import type { Maintenance } from '../startup/maintenance';
import type { ErasureLedger } from '../startup/erasure-ledger';
import type { ActionOf, Domain, OutputOf, ParsedInputOf } from '../../shared/api/contract';
import type { SessionUser } from '../../shared/domain/users';

/** Everything a handler may use. Built fresh by dispatch for each call. */
export interface HandlerContext {
  /** The transaction for writing channels, the plain handle otherwise. */
  db: Db;
  /** The signed-in user; null only on public channels. */
  user: SessionUser | null;
  clock: Clock;
  logger: Logger;
  facts: AppFacts;
  passwordCost: ScryptCost;
  decoyHash: string;
  /** Encrypts and decrypts the sensitive housing fields (names, residence status, contact). */
  fieldCipher: FieldCipher;
  throttle: LoginThrottle;
  /** Backups, restore and the field key's recovery kit: the core's work on its own files. */
  maintenance: Maintenance;
  /**
   * The erasure ledger beside the records (issue 20): a call that erased registers
   * `ctx.afterCommit((db) => ctx.erasureLedger.sync(db))`, so the new `erasures` rows reach the file that
   * survives a restore. A team server without `erasureLedgerFile` has none (sync does nothing).
   */
  erasureLedger: ErasureLedger;
  /** Session changes take effect only once the handler (and its transaction) has succeeded. */
  session: { signIn(userId: number): void; signOut(): void };
  /** Audits a change made by this call: rolled back with it if the call fails. */
  audit(entry: Omit<AuditEntry, 'userId'> & { userId?: number | null }): Promise<void>;
  /**
   * Work that must wait until this call's transaction has committed (a WAL checkpoint after an erasure: inside
   * the transaction there is nothing to checkpoint yet). Runs only if the call succeeds; a failure is logged
   * and does not change the call's answer, since what it follows is already committed.
   */
  afterCommit(task: (db: Db) => Promise<void>): void;
  /** Audits an attempt that is refused (a failed login): written after the call, whatever its outcome. */
  auditAttempt(entry: Omit<AuditEntry, 'userId'> & { userId?: number | null }): void;
}

type Handler<D extends Domain, A extends ActionOf<D>> = (
  ctx: HandlerContext,
  input: ParsedInputOf<D, A>,
) => Promise<OutputOf<D, A>>;

export type DomainHandlers<D extends Domain> = { [A in ActionOf<D>]: Handler<D, A> };

/** The compiler checks that every channel of the contract has exactly one handler. */
export type Handlers = { [D in Domain]: DomainHandlers<D> };

/** For channels whose access is not public: dispatch has already refused callers without a session. */
export function signedInUser(ctx: HandlerContext): SessionUser {
  if (!ctx.user) throw new Error('signedInUser called on a public channel');
  return ctx.user;
}

/** Who acts, when and with which key, for the services: one `now` per call, its day in Liège. */
export function serviceContext(ctx: HandlerContext): ServiceContext {
  const now = ctx.clock.now();
  return { db: ctx.db, userId: signedInUser(ctx).id, now, today: belgianDate(now), cipher: ctx.fieldCipher };
}
