import type { Db } from '../db/connection';
import type { FieldCipher } from '../crypto/field-cipher';

/**
 * Who acts, when, and with which key: the one way a service that records who did what, dates anything, or
 * touches encrypted housing fields is handed them. A service that only reads or writes rows takes the knex
 * handle (`db`) alone. Handlers build it with `serviceContext(ctx)` (main/handlers/context.ts); the demo and
 * tests build it directly. One call has one `now`, so every row it writes carries the same instant, and
 * `today` is that instant's day in Liège (what "late", "due" and "from today" mean).
 */
export interface ServiceContext {
  /** The call's transaction for writing channels, the plain handle otherwise. */
  db: Db;
  /** The signed-in user who acts (for status histories, decisions, the housing access log). */
  userId: number;
  now: Date;
  /** `now` as a calendar day in Liège, `YYYY-MM-DD`. */
  today: string;
  /** Encrypts and decrypts the sensitive housing fields. */
  cipher: FieldCipher;
}
