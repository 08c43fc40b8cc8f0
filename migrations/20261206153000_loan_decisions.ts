import type { Knex } from 'knex';

/**
 * Every decision on a loan is dated and signed (issue 14): recorded, approved, refused, cancelled. Delivery
 * and return already are, by their condition checks (loan_checks.checked_by, created_at).
 *
 * Loans decided before this migration get their rows back from the audit log (who and when, never the text),
 * the reason from the loan itself. Rows are read and written one by one in JavaScript, so the SQL stays
 * portable (PostgreSQL comes next).
 */

// Codes spelled here rather than imported: a migration is a frozen record of its date.
const DECISIONS = ['requested', 'approved', 'refused', 'cancelled'];
const FROM_AUDIT: Record<string, string> = {
  'loan.create': 'requested',
  'loan.approve': 'approved',
  'loan.refuse': 'refused',
  'loan.cancel': 'cancelled',
};

export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('loan_decisions', (table) => {
    table.increments('id').primary();
    table.integer('loan_id').unsigned().notNullable().references('id').inTable('loans').onDelete('CASCADE');
    table.string('decision', 20).notNullable().checkIn(DECISIONS);
    table.string('decided_at', 30).notNullable();
    // A deleted account leaves the decision without a name rather than losing it.
    table.integer('decided_by').unsigned().nullable().references('id').inTable('users').onDelete('SET NULL');
    table.string('reason', 1000).notNullable().defaultTo('');
    table.index(['loan_id']);
  });

  const loans: { id: number; status_reason: string }[] = await knex('loans').select('id', 'status_reason');
  const reasons = new Map(loans.map((loan) => [String(loan.id), loan.status_reason]));
  const audited: { at: string; user_id: number | null; action: string; entity_id: string | null }[] = await knex('audit_events')
    .where('entity', 'loan')
    .whereIn('action', Object.keys(FROM_AUDIT))
    .orderBy('id')
    .select('at', 'user_id', 'action', 'entity_id');
  for (const row of audited) {
    if (row.entity_id === null || !reasons.has(row.entity_id)) continue; // a loan deleted since
    const decision = FROM_AUDIT[row.action]!;
    await knex('loan_decisions').insert({
      loan_id: Number(row.entity_id),
      decision,
      decided_at: row.at,
      decided_by: row.user_id,
      reason: decision === 'refused' || decision === 'cancelled' ? reasons.get(row.entity_id) : '',
    });
  }
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTableIfExists('loan_decisions');
}
