import type { z } from 'zod';
import type { Role } from '../domain/roles';

/**
 * Who may call a channel: anyone (only the few channels needed before login), any signed-in user, or the
 * listed roles.
 */
export type Access = 'public' | 'signedIn' | readonly Role[];

export interface ChannelDefinition<Input extends z.ZodType = z.ZodType, Output = unknown> {
  input: Input;
  access: Access;
  /** Writing channels run in one transaction: all their rows are written, or none. */
  writes: boolean;
  /**
   * A read declared writing only so that its access-log rows commit with it (a household's people decrypted):
   * a damaged database opened read-only still serves it (its log rows go to the throwaway copy).
   */
  auditedRead?: boolean;
  /** Phantom field carrying the output type; never read at run time. */
  readonly output?: Output;
}

/**
 * Declares one channel. Curried so that the output type is written and the input type is inferred:
 * `defineChannel<User>()({ input: z.strictObject({...}), access: ['admin'], writes: true })`.
 */
export function defineChannel<Output>() {
  return <Input extends z.ZodType>(definition: {
    input: Input;
    access: Access;
    writes: boolean;
    auditedRead?: boolean;
  }): ChannelDefinition<Input, Output> => definition;
}
