import { notFound } from '../../errors';
import type { ServiceContext } from '../context';
import { recordErasure } from './erasures';
import type { ErasureReason } from '../../../shared/domain/privacy/erasures';
import { ERASED_CONTACT_NAME } from '../../../shared/domain/privacy/retention';

/**
 * Erases a directory contact (a teacher, a director…): the row stays, so the classes, events and loans that name
 * it keep their history, but its name becomes the neutral « Contact effacé » and its e-mail, phone and notes are
 * cleared; the loans it was the contact of lose their copy of its name, e-mail and phone too. The erasure is
 * remembered (`erasures`, kind `contact`, ids only) in the call's transaction. secure_delete zeroes the old
 * bytes; the caller's handler checkpoints the WAL after the commit.
 *
 * Called by a retention run (reason `retention`, its run id) and after a restore (reason `reapplied`,
 * main/startup/erasure-ledger.ts). NOT_FOUND when the contact does not exist.
 */
export async function eraseContact(
  ctx: ServiceContext,
  id: number,
  reason: ErasureReason = 'request',
  runId: number | null = null,
): Promise<void> {
  const row = (await ctx.db('contacts').where({ id }).first('created_at')) as { created_at: string } | undefined;
  if (!row) throw notFound('contact');
  await recordErasure(ctx, { kind: 'contact', recordId: id, recordCreatedAt: row.created_at, reason, runId });
  await ctx.db('contacts').where({ id }).update({
    first_name: ERASED_CONTACT_NAME.firstName,
    last_name: ERASED_CONTACT_NAME.lastName,
    email: '',
    phone: '',
    notes: '',
    updated_at: ctx.now.toISOString(),
  });
  await ctx.db('loans')
    .where({ contact_id: id })
    .update({ contact_name: `${ERASED_CONTACT_NAME.firstName} ${ERASED_CONTACT_NAME.lastName}`, contact_email: '', contact_phone: '' });
}
