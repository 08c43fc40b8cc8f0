import type { Knex } from 'knex';

// Codes are spelled here rather than imported: a migration is a frozen record of the schema at its date.
const EXHIBITION_KINDS = ['loanable', 'guided_circuit'];
const ITEM_KINDS = ['panel', 'rollup', 'crate', 'stop', 'other'];
const ITEM_CONDITIONS = ['good', 'damaged', 'missing'];
const FLAG_CONDITIONS = ['damaged', 'missing'];
const LOAN_STATUSES = ['requested', 'approved', 'delivered', 'returned', 'refused', 'cancelled'];
const CHECK_PHASES = ['delivery', 'return'];

/**
 * The two exhibitions of the plan. Their panel counts and loan conditions are not public: the items and
 * limits below are placeholders the coordinators replace with CRIPEL's list (the notes say so).
 */
const SEED = [
  {
    title: "Une brève histoire de l'immigration en Belgique",
    owner: 'CRIPEL',
    kind: 'loanable',
    description:
      "Exposition itinérante réalisée et prêtée gratuitement par le CRIPEL, présentée dans les écoles tout au long de l'année scolaire 2025–2026.",
    audience: 'Élèves du primaire (5e–6e) et du secondaire',
    languages: 'fr',
    transport_notes: 'Transport assuré par la Ville. Panneaux à transporter debout, dans leurs caisses.',
    setup_notes: "Prévoir un mur ou un couloir d'environ 15 mètres et une prise électrique pour l'éclairage.",
    min_loan_days: 5,
    max_loan_days: 28,
    buffer_days: 2,
    notes: 'Liste des éléments et conditions de prêt à confirmer avec le CRIPEL.',
    items: [
      ...Array.from({ length: 12 }, (_, index) => ['panel', `Panneau ${index + 1}`]),
      ['rollup', "Roll-up d'accueil"],
      ['crate', 'Caisse de transport 1'],
      ['crate', 'Caisse de transport 2'],
    ],
  },
  {
    title: 'Démocratie, Tolérance et Libertés',
    owner: 'CRIPEL',
    kind: 'guided_circuit',
    description:
      'Parcours à pied par sept lieux du centre-ville, réservé comme une visite guidée (une activité du calendrier avec un guide et un horaire).',
    audience: 'Élèves du secondaire',
    languages: 'fr',
    transport_notes: '',
    setup_notes: 'Durée indicative : deux heures. Départ et arrivée à confirmer avec le guide.',
    min_loan_days: null,
    max_loan_days: null,
    buffer_days: 0,
    notes: 'Propriétaire et étapes du parcours à confirmer.',
    items: Array.from({ length: 7 }, (_, index) => ['stop', `Étape ${index + 1}`]),
  },
];

export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('exhibitions', (table) => {
    table.increments('id').primary();
    table.string('title', 200).notNullable();
    // Folded title (no case, no accents): two exhibitions with the same title would be confused in every list.
    table.string('title_key', 200).notNullable().unique();
    table.string('owner', 200).notNullable();
    table.string('kind', 20).notNullable().checkIn(EXHIBITION_KINDS);
    table.text('description').notNullable().defaultTo('');
    table.string('audience', 200).notNullable().defaultTo('');
    // Comma-separated language codes ("fr,nl").
    table.string('languages', 40).notNullable().defaultTo('');
    table.text('transport_notes').notNullable().defaultTo('');
    table.text('setup_notes').notNullable().defaultTo('');
    // Cents, so that sums stay exact.
    table.integer('insurance_value_cents').nullable();
    table.integer('min_loan_days').nullable();
    table.integer('max_loan_days').nullable();
    table.integer('buffer_days').notNullable().defaultTo(0);
    table.text('notes').notNullable().defaultTo('');
    table.boolean('archived').notNullable().defaultTo(false);
    table.string('created_at', 30).notNullable();
    table.string('updated_at', 30).notNullable();
    table.check('buffer_days >= 0 AND (min_loan_days IS NULL OR max_loan_days IS NULL OR min_loan_days <= max_loan_days)');
  });

  await knex.schema.createTable('loans', (table) => {
    table.increments('id').primary();
    // RESTRICT: an exhibition that was lent keeps its history; it is archived instead.
    table.integer('exhibition_id').unsigned().notNullable().references('id').inTable('exhibitions').onDelete('RESTRICT');
    table.integer('school_id').unsigned().nullable().references('id').inTable('schools').onDelete('RESTRICT');
    table.string('venue_name', 200).notNullable().defaultTo('');
    table.string('address', 200).notNullable().defaultTo('');
    table.string('contact_name', 200).notNullable().defaultTo('');
    table.string('contact_email', 200).notNullable().defaultTo('');
    table.string('contact_phone', 40).notNullable().defaultTo('');
    table.string('delivery_date', 10).notNullable();
    table.string('start_date', 10).notNullable();
    table.string('end_date', 10).notNullable();
    table.string('pickup_date', 10).notNullable();
    table.string('school_year', 12).notNullable();
    table.string('status', 20).notNullable().checkIn(LOAN_STATUSES);
    table.string('status_reason', 1000).notNullable().defaultTo('');
    table.text('notes').notNullable().defaultTo('');
    table.string('created_at', 30).notNullable();
    table.string('updated_at', 30).notNullable();
    // The service explains each rule to the user; the database refuses what slips past it.
    table.check('delivery_date <= start_date AND start_date <= end_date AND end_date <= pickup_date');
    table.check("school_id IS NOT NULL OR venue_name <> ''");
    table.index(['exhibition_id', 'delivery_date']);
    table.index(['school_year']);
    table.index(['status']);
  });

  await knex.schema.createTable('exhibition_items', (table) => {
    table.increments('id').primary();
    table.integer('exhibition_id').unsigned().notNullable().references('id').inTable('exhibitions').onDelete('CASCADE');
    table.integer('number').notNullable();
    table.string('kind', 20).notNullable().checkIn(ITEM_KINDS);
    table.string('label', 200).notNullable();
    // An item removed from the list after it was checked stays for the history of its loans.
    table.boolean('retired').notNullable().defaultTo(false);
    table.string('flag_condition', 20).nullable().checkIn(FLAG_CONDITIONS);
    table.text('flag_note').notNullable().defaultTo('');
    table.integer('flag_loan_id').unsigned().nullable().references('id').inTable('loans').onDelete('SET NULL');
    table.string('flag_since', 10).nullable();
    table.index(['exhibition_id']);
  });
  // Numbers are unique among the items in use; retired items keep theirs without blocking reuse.
  await knex.raw('CREATE UNIQUE INDEX exhibition_items_number_in_use ON exhibition_items (exhibition_id, number) WHERE NOT retired');

  await knex.schema.createTable('loan_events', (table) => {
    table.integer('loan_id').unsigned().notNullable().references('id').inTable('loans').onDelete('CASCADE');
    table.integer('event_id').unsigned().notNullable().references('id').inTable('events').onDelete('CASCADE');
    table.primary(['loan_id', 'event_id']);
    table.index(['event_id']);
  });

  await knex.schema.createTable('loan_checks', (table) => {
    table.increments('id').primary();
    table.integer('loan_id').unsigned().notNullable().references('id').inTable('loans').onDelete('CASCADE');
    table.string('phase', 10).notNullable().checkIn(CHECK_PHASES);
    table.string('checked_on', 10).notNullable();
    table.integer('checked_by').unsigned().nullable().references('id').inTable('users').onDelete('SET NULL');
    table.text('notes').notNullable().defaultTo('');
    table.string('created_at', 30).notNullable();
    table.unique(['loan_id', 'phase']);
  });

  await knex.schema.createTable('loan_check_items', (table) => {
    table.integer('check_id').unsigned().notNullable().references('id').inTable('loan_checks').onDelete('CASCADE');
    table.integer('item_id').unsigned().notNullable().references('id').inTable('exhibition_items').onDelete('RESTRICT');
    table.string('condition', 10).notNullable().checkIn(ITEM_CONDITIONS);
    table.string('note', 1000).notNullable().defaultTo('');
    table.primary(['check_id', 'item_id']);
    table.index(['item_id']);
  });

  // What happened to a flagged item (repaired, replaced, found): the flag is cleared, its story stays.
  await knex.schema.createTable('item_flag_resolutions', (table) => {
    table.increments('id').primary();
    table.integer('item_id').unsigned().notNullable().references('id').inTable('exhibition_items').onDelete('CASCADE');
    table.integer('loan_id').unsigned().nullable().references('id').inTable('loans').onDelete('SET NULL');
    table.string('condition', 20).notNullable().checkIn(FLAG_CONDITIONS);
    table.string('flagged_on', 10).notNullable();
    table.string('resolved_on', 10).notNullable();
    table.integer('resolved_by').unsigned().nullable().references('id').inTable('users').onDelete('SET NULL');
    table.text('note').notNullable().defaultTo('');
    table.index(['item_id']);
  });

  const now = new Date().toISOString();
  for (const { items, ...exhibition } of SEED) {
    // RETURNING gives the id on SQLite and PostgreSQL alike (a bare insert answers [id] on SQLite only).
    const [inserted] = await knex('exhibitions').insert({
      ...exhibition,
      // Same folding as the service's foldedKey (frozen here).
      title_key: exhibition.title.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().trim().replace(/\s+/g, ' '),
      created_at: now,
      updated_at: now,
    }).returning('id');
    const id: number = typeof inserted === 'object' ? (inserted as { id: number }).id : (inserted as number);
    await knex('exhibition_items').insert(
      items.map(([kind, label], index) => ({ exhibition_id: id, number: index + 1, kind, label })),
    );
  }
}

export async function down(knex: Knex): Promise<void> {
  for (const table of ['item_flag_resolutions', 'loan_check_items', 'loan_checks', 'loan_events', 'loans', 'exhibition_items', 'exhibitions']) {
    await knex.schema.dropTableIfExists(table);
  }
}
