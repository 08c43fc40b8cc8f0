import type { Knex } from 'knex';

// Codes are spelled here rather than imported: a migration is a frozen record of the schema at its date.
const AUDIENCES = ['pupil', 'teacher'];
const DIMENSIONS = ['stereotypes', 'migration_knowledge', 'empathy', 'satisfaction', 'observed_change', 'comments', 'other'];
const ANSWER_TYPES = ['likert4', 'likert5', 'yes_no', 'scale_0_10', 'single_choice', 'free_text'];
const ITEM_PHASES = ['before', 'after', 'both'];
const ADMINISTRATION_PHASES = ['before', 'after'];

/**
 * Before/after questionnaires (issue 5). Pupils are anonymous: a response carries only the code the pupil
 * made from the template's recipe; nothing here identifies a child.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('questionnaire_templates', (table) => {
    table.increments('id').primary();
    table.string('name', 200).notNullable();
    table.string('name_key', 200).notNullable();
    table.string('audience', 10).notNullable().checkIn(AUDIENCES);
    table.text('description').notNullable().defaultTo('');
    table.integer('version').notNullable().defaultTo(1);
    table.integer('previous_version_id').unsigned().nullable().references('id').inTable('questionnaire_templates').onDelete('RESTRICT');
    // Comma-separated code parts, in order ("mother_first_letter,birth_month").
    table.string('code_recipe', 200).notNullable().defaultTo('');
    table.boolean('archived').notNullable().defaultTo(false);
    table.string('created_at', 30).notNullable();
    table.string('updated_at', 30).notNullable();
    table.unique(['name_key', 'version']);
  });

  await knex.schema.createTable('questionnaire_items', (table) => {
    table.increments('id').primary();
    table.integer('template_id').unsigned().notNullable().references('id').inTable('questionnaire_templates').onDelete('CASCADE');
    table.integer('position').notNullable();
    table.string('dimension', 30).notNullable().checkIn(DIMENSIONS);
    table.string('answer_type', 20).notNullable().checkIn(ANSWER_TYPES);
    table.boolean('reverse_keyed').notNullable().defaultTo(false);
    table.string('wording_fr', 500).notNullable();
    table.string('wording_en', 500).notNullable().defaultTo('');
    table.string('phase', 10).notNullable().checkIn(ITEM_PHASES);
    // JSON arrays: scale labels lowest first, and the options of a single-choice item.
    table.text('anchors_fr').notNullable().defaultTo('[]');
    table.text('anchors_en').notNullable().defaultTo('[]');
    table.text('choices').notNullable().defaultTo('[]');
    table.unique(['template_id', 'position']);
  });

  await knex.schema.createTable('questionnaire_administrations', (table) => {
    table.increments('id').primary();
    // RESTRICT everywhere: answers are the programme's evidence; the services explain what blocks a deletion.
    table.integer('template_id').unsigned().notNullable().references('id').inTable('questionnaire_templates').onDelete('RESTRICT');
    table.integer('event_id').unsigned().notNullable().references('id').inTable('events').onDelete('RESTRICT');
    table.integer('class_id').unsigned().notNullable().references('id').inTable('school_classes').onDelete('RESTRICT');
    table.string('phase', 10).notNullable().checkIn(ADMINISTRATION_PHASES);
    table.string('administered_on', 10).notNullable();
    table.string('created_at', 30).notNullable();
    table.unique(['template_id', 'event_id', 'class_id', 'phase']);
    table.index(['event_id']);
  });

  await knex.schema.createTable('questionnaire_responses', (table) => {
    table.increments('id').primary();
    table.integer('administration_id').unsigned().notNullable().references('id').inTable('questionnaire_administrations').onDelete('CASCADE');
    // Normalised pupil code; '' when the pupil wrote none (kept: its other answers still count).
    table.string('code', 20).notNullable().defaultTo('');
    table.string('created_at', 30).notNullable();
    table.string('updated_at', 30).notNullable();
    table.index(['administration_id']);
  });
  // Two forms of one administration never share a code (an empty code is no code).
  await knex.raw("CREATE UNIQUE INDEX questionnaire_responses_code ON questionnaire_responses (administration_id, code) WHERE code <> ''");

  await knex.schema.createTable('questionnaire_answers', (table) => {
    table.integer('response_id').unsigned().notNullable().references('id').inTable('questionnaire_responses').onDelete('CASCADE');
    table.integer('item_id').unsigned().notNullable().references('id').inTable('questionnaire_items').onDelete('RESTRICT');
    // null: no answer.
    table.integer('value').nullable();
    table.text('text').notNullable().defaultTo('');
    table.primary(['response_id', 'item_id']);
    table.index(['item_id']);
  });
}

export async function down(knex: Knex): Promise<void> {
  for (const table of ['questionnaire_answers', 'questionnaire_responses', 'questionnaire_administrations', 'questionnaire_items', 'questionnaire_templates']) {
    await knex.schema.dropTableIfExists(table);
  }
}
