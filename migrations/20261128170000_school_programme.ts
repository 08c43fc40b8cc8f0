import type { Knex } from 'knex';

// Codes are spelled here rather than imported: a migration is a frozen record of the schema at its date.
const NETWORKS = ['communal', 'provincial', 'libre', 'fwb'];
const LEVELS = ['maternel', 'primaire', 'secondaire', 'specialise'];
const CONTACT_KINDS = ['teacher', 'director', 'educator', 'other'];
const PARTNER_KINDS = ['integration_centre', 'cultural_venue', 'association', 'public_service', 'other'];
const EVENT_TYPES = ['workshop', 'training', 'film_screening', 'theatre', 'exhibition_visit', 'guided_visit', 'remembrance', 'other'];
const EVENT_THEMES = ['discrimination', 'migration', 'living_together', 'remembrance', 'citizenship', 'interculturality', 'other'];
const EVENT_STATUSES = ['planned', 'confirmed', 'held', 'cancelled'];
const HOLIDAY_KINDS = ['school_break', 'public_holiday'];

/**
 * School breaks and public holidays for 2025–2026 (as published by the FWB, domain brief) and 2026–2027
 * (derived from the same rules: two weeks around 1 November, Christmas, carnival and 1 May; summer from the
 * first Saturday of July). Users edit them in the calendar's holiday list; check 2026–2027 against the
 * Federation's published calendar.
 */
const HOLIDAYS: [string, string, string, string][] = [
  ['public_holiday', 'Fête de la Communauté française', '2025-09-27', '2025-09-27'],
  ["school_break", "Congé d'automne (Toussaint)", '2025-10-20', '2025-11-02'],
  ['public_holiday', 'Armistice', '2025-11-11', '2025-11-11'],
  ['school_break', "Vacances d'hiver", '2025-12-22', '2026-01-04'],
  ['school_break', 'Congé de détente (Carnaval)', '2026-02-16', '2026-03-01'],
  ['public_holiday', 'Lundi de Pâques', '2026-04-06', '2026-04-06'],
  ['school_break', 'Vacances de printemps', '2026-04-27', '2026-05-10'],
  ['public_holiday', 'Fête du Travail', '2026-05-01', '2026-05-01'],
  ['public_holiday', 'Ascension', '2026-05-14', '2026-05-14'],
  ['public_holiday', 'Lundi de Pentecôte', '2026-05-25', '2026-05-25'],
  ["school_break", "Vacances d'été", '2026-07-04', '2026-08-30'],
  ['public_holiday', 'Fête de la Communauté française', '2026-09-27', '2026-09-27'],
  ["school_break", "Congé d'automne (Toussaint)", '2026-10-19', '2026-11-01'],
  ['public_holiday', 'Armistice', '2026-11-11', '2026-11-11'],
  ['school_break', "Vacances d'hiver", '2026-12-21', '2027-01-03'],
  ['school_break', 'Congé de détente (Carnaval)', '2027-02-08', '2027-02-21'],
  ['public_holiday', 'Lundi de Pâques', '2027-03-29', '2027-03-29'],
  ['school_break', 'Vacances de printemps', '2027-04-26', '2027-05-09'],
  ['public_holiday', 'Fête du Travail', '2027-05-01', '2027-05-01'],
  ['public_holiday', 'Ascension', '2027-05-06', '2027-05-06'],
  ['public_holiday', 'Lundi de Pentecôte', '2027-05-17', '2027-05-17'],
  ["school_break", "Vacances d'été", '2027-07-03', '2027-08-29'],
];

export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('schools', (table) => {
    table.increments('id').primary();
    table.string('name', 200).notNullable();
    table.string('network', 20).notNullable().checkIn(NETWORKS);
    table.string('street', 200).notNullable().defaultTo('');
    table.string('postal_code', 4).notNullable();
    table.string('city', 200).notNullable().defaultTo('Liège');
    table.string('neighbourhood', 200).notNullable().defaultTo('');
    table.string('phone', 40).notNullable().defaultTo('');
    table.string('email', 200).notNullable().defaultTo('');
    table.text('notes').notNullable().defaultTo('');
    // Lower-cased name for duplicate detection and fast case-insensitive search.
    table.string('name_key', 200).notNullable();
    table.string('created_at', 30).notNullable();
    table.string('updated_at', 30).notNullable();
    table.unique(['name_key', 'postal_code']);
    table.index(['name_key']);
  });

  await knex.schema.createTable('school_levels', (table) => {
    table.integer('school_id').unsigned().notNullable().references('id').inTable('schools').onDelete('CASCADE');
    table.string('level', 20).notNullable().checkIn(LEVELS);
    table.primary(['school_id', 'level']);
  });

  await knex.schema.createTable('school_classes', (table) => {
    table.increments('id').primary();
    table.integer('school_id').unsigned().notNullable().references('id').inTable('schools').onDelete('CASCADE');
    table.string('school_year', 12).notNullable();
    table.string('name', 200).notNullable();
    table.string('grade', 20).notNullable().defaultTo('');
    table.integer('pupil_count').notNullable().defaultTo(0);
    table.string('created_at', 30).notNullable();
    table.string('updated_at', 30).notNullable();
    table.unique(['school_id', 'school_year', 'name']);
    table.index(['school_year']);
  });

  await knex.schema.createTable('contacts', (table) => {
    table.increments('id').primary();
    table.integer('school_id').unsigned().nullable().references('id').inTable('schools').onDelete('SET NULL');
    table.string('kind', 20).notNullable().checkIn(CONTACT_KINDS);
    table.string('first_name', 200).notNullable();
    table.string('last_name', 200).notNullable();
    table.string('email', 200).notNullable().defaultTo('');
    table.string('phone', 40).notNullable().defaultTo('');
    table.integer('user_id').unsigned().nullable().unique().references('id').inTable('users').onDelete('SET NULL');
    table.text('notes').notNullable().defaultTo('');
    table.string('created_at', 30).notNullable();
    table.string('updated_at', 30).notNullable();
    table.index(['last_name']);
  });

  await knex.schema.createTable('class_teachers', (table) => {
    table.integer('class_id').unsigned().notNullable().references('id').inTable('school_classes').onDelete('CASCADE');
    table.integer('contact_id').unsigned().notNullable().references('id').inTable('contacts').onDelete('CASCADE');
    table.primary(['class_id', 'contact_id']);
    table.index(['contact_id']);
  });

  await knex.schema.createTable('partners', (table) => {
    table.increments('id').primary();
    table.string('name', 200).notNullable();
    table.string('kind', 30).notNullable().checkIn(PARTNER_KINDS);
    table.string('contact_name', 200).notNullable().defaultTo('');
    table.string('email', 200).notNullable().defaultTo('');
    table.string('phone', 40).notNullable().defaultTo('');
    table.text('notes').notNullable().defaultTo('');
    table.string('created_at', 30).notNullable();
    table.string('updated_at', 30).notNullable();
  });

  await knex.schema.createTable('facilitators', (table) => {
    table.increments('id').primary();
    table.string('name', 200).notNullable();
    table.integer('partner_id').unsigned().nullable().references('id').inTable('partners').onDelete('SET NULL');
    table.string('email', 200).notNullable().defaultTo('');
    table.string('phone', 40).notNullable().defaultTo('');
    table.string('created_at', 30).notNullable();
    table.string('updated_at', 30).notNullable();
  });

  await knex.schema.createTable('events', (table) => {
    table.increments('id').primary();
    table.string('type', 30).notNullable().checkIn(EVENT_TYPES);
    table.string('title', 200).notNullable();
    // RESTRICT: a school with events cannot be deleted by accident; the service explains why.
    table.integer('school_id').unsigned().notNullable().references('id').inTable('schools').onDelete('RESTRICT');
    table.integer('facilitator_id').unsigned().nullable().references('id').inTable('facilitators').onDelete('SET NULL');
    table.string('location', 200).notNullable().defaultTo('');
    table.string('location_key', 200).notNullable().defaultTo('');
    table.string('starts_at', 16).notNullable();
    table.string('ends_at', 16).notNullable();
    table.string('school_year', 12).notNullable();
    table.string('status', 20).notNullable().checkIn(EVENT_STATUSES);
    table.string('cancel_reason', 1000).notNullable().defaultTo('');
    table.integer('pupils_expected').nullable();
    table.integer('teachers_expected').nullable();
    table.integer('pupils_present').nullable();
    table.integer('teachers_present').nullable();
    table.text('notes').notNullable().defaultTo('');
    table.string('created_at', 30).notNullable();
    table.string('updated_at', 30).notNullable();
    table.index(['starts_at']);
    table.index(['ends_at']);
    table.index(['school_year']);
    table.index(['school_id']);
  });

  await knex.schema.createTable('event_classes', (table) => {
    table.integer('event_id').unsigned().notNullable().references('id').inTable('events').onDelete('CASCADE');
    // RESTRICT: deleting a class that took part in events would rewrite history.
    table.integer('class_id').unsigned().notNullable().references('id').inTable('school_classes').onDelete('RESTRICT');
    table.primary(['event_id', 'class_id']);
    table.index(['class_id']);
  });

  await knex.schema.createTable('event_partners', (table) => {
    table.integer('event_id').unsigned().notNullable().references('id').inTable('events').onDelete('CASCADE');
    table.integer('partner_id').unsigned().notNullable().references('id').inTable('partners').onDelete('RESTRICT');
    table.primary(['event_id', 'partner_id']);
  });

  await knex.schema.createTable('event_themes', (table) => {
    table.integer('event_id').unsigned().notNullable().references('id').inTable('events').onDelete('CASCADE');
    table.string('theme', 30).notNullable().checkIn(EVENT_THEMES);
    table.primary(['event_id', 'theme']);
  });

  await knex.schema.createTable('holidays', (table) => {
    table.increments('id').primary();
    table.string('kind', 20).notNullable().checkIn(HOLIDAY_KINDS);
    table.string('label', 200).notNullable();
    table.string('start_date', 10).notNullable();
    table.string('end_date', 10).notNullable();
    table.index(['start_date']);
  });

  await knex('holidays').insert(
    HOLIDAYS.map(([kind, label, startDate, endDate]) => ({ kind, label, start_date: startDate, end_date: endDate })),
  );
}

export async function down(knex: Knex): Promise<void> {
  for (const table of [
    'holidays',
    'event_themes',
    'event_partners',
    'event_classes',
    'events',
    'facilitators',
    'partners',
    'class_teachers',
    'contacts',
    'school_classes',
    'school_levels',
    'schools',
  ]) {
    await knex.schema.dropTable(table);
  }
}
