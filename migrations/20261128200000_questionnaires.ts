import type { Knex } from 'knex';

// Codes are spelled here rather than imported: a migration is a frozen record of the schema at its date.
const AUDIENCES = ['pupil', 'teacher'];
const DIMENSIONS = ['stereotypes', 'migration_knowledge', 'empathy', 'satisfaction', 'observed_change', 'comments', 'other'];
const ANSWER_TYPES = ['likert4', 'likert5', 'yes_no', 'scale_0_10', 'single_choice', 'free_text'];
const ITEM_PHASES = ['before', 'after', 'both'];
const ADMINISTRATION_PHASES = ['before', 'after'];

const AGREE_FR = ["Pas du tout d'accord", "Plutôt pas d'accord", "Ni d'accord ni pas d'accord", "Plutôt d'accord", "Tout à fait d'accord"];
const AGREE_EN = ['Strongly disagree', 'Disagree', 'Neither agree nor disagree', 'Agree', 'Strongly agree'];

interface SeedItem {
  dimension: string;
  answerType: string;
  reverseKeyed?: boolean;
  fr: string;
  en: string;
  phase: string;
  anchorsFr?: string[];
  anchorsEn?: string[];
}

const agree = (item: Omit<SeedItem, 'answerType' | 'anchorsFr' | 'anchorsEn'>): SeedItem => ({
  ...item,
  answerType: 'likert5',
  anchorsFr: AGREE_FR,
  anchorsEn: AGREE_EN,
});

/**
 * The default forms. Pupils' items are short sentences a 10-year-old reads alone; agreeing with a
 * reverse-keyed item means more stereotyped (or less empathy), so it is turned around before analysis. The
 * pupil code is made of three things a child knows without help: the first letter of their mother's (or
 * the person who looks after them) first name, their own first letter, and their day of birth (01–31, which
 * spreads a class better than the month).
 */
const SEED_TEMPLATES: { name: string; audience: string; description: string; codeRecipe: string; items: SeedItem[] }[] = [
  {
    name: 'Regards sur la migration — élèves',
    audience: 'pupil',
    description:
      "Questionnaire court pour les élèves (dès 10 ans), avant et après l'activité : idées reçues, connaissances sur la migration, empathie ; après l'activité seulement : ce que l'élève en a pensé.",
    codeRecipe: 'mother_first_letter,own_first_letter,birth_day',
    items: [
      agree({ dimension: 'stereotypes', reverseKeyed: true, phase: 'both', fr: "Les personnes venues d'ailleurs prennent le travail des Belges.", en: "People who come from elsewhere take Belgians' jobs." }),
      agree({ dimension: 'stereotypes', phase: 'both', fr: "Les personnes venues d'un autre pays rendent la vie de mon quartier plus riche.", en: 'People who come from another country make life in my neighbourhood richer.' }),
      agree({ dimension: 'stereotypes', reverseKeyed: true, phase: 'both', fr: "On peut savoir comment est une personne rien qu'en sachant d'où elle vient.", en: 'You can tell what a person is like just from where they come from.' }),
      agree({ dimension: 'migration_knowledge', phase: 'both', fr: 'Je sais pourquoi des personnes quittent leur pays pour venir vivre en Belgique.', en: 'I know why people leave their country to come and live in Belgium.' }),
      agree({ dimension: 'migration_knowledge', phase: 'both', fr: "Je sais que beaucoup de familles de Liège sont venues d'ailleurs, il y a longtemps ou il y a peu.", en: 'I know that many families in Liège came from elsewhere, long ago or not long ago.' }),
      agree({ dimension: 'empathy', phase: 'both', fr: "Je peux imaginer ce que ressent un enfant qui arrive dans un pays dont il ne parle pas la langue.", en: 'I can imagine how a child feels when they arrive in a country whose language they do not speak.' }),
      agree({ dimension: 'empathy', reverseKeyed: true, phase: 'both', fr: "Ça m'est égal si un nouvel élève venu d'ailleurs reste tout seul à la récréation.", en: 'I do not mind if a new pupil from elsewhere stays alone at break time.' }),
      agree({ dimension: 'satisfaction', phase: 'after', fr: "J'ai aimé cette activité.", en: 'I liked this activity.' }),
      agree({ dimension: 'satisfaction', phase: 'after', fr: "J'ai appris des choses nouvelles pendant cette activité.", en: 'I learnt new things during this activity.' }),
      {
        dimension: 'satisfaction',
        answerType: 'scale_0_10',
        phase: 'after',
        fr: 'Quelle note donnes-tu à cette activité, de 0 à 10 ?',
        en: 'What mark do you give this activity, from 0 to 10?',
        anchorsFr: ["Je n'ai pas du tout aimé", "J'ai adoré"],
        anchorsEn: ['Did not like it at all', 'Loved it'],
      },
      { dimension: 'comments', answerType: 'free_text', phase: 'after', fr: 'Veux-tu nous dire autre chose sur cette activité ?', en: 'Is there anything else you want to tell us about this activity?' },
    ],
  },
  {
    name: "Retour de l'enseignant·e",
    audience: 'teacher',
    description: "Avis de l'enseignant·e après l'activité : satisfaction, changements observés chez les élèves, suggestions.",
    codeRecipe: '',
    items: [
      agree({ dimension: 'satisfaction', phase: 'after', fr: "Dans l'ensemble, je suis satisfait·e de l'activité.", en: 'Overall, I am satisfied with the activity.' }),
      agree({ dimension: 'satisfaction', phase: 'after', fr: "L'activité était adaptée à l'âge et au niveau de mes élèves.", en: 'The activity suited the age and level of my pupils.' }),
      agree({ dimension: 'observed_change', phase: 'after', fr: "J'ai observé un changement dans la manière dont mes élèves parlent des personnes venues d'ailleurs.", en: 'I have noticed a change in the way my pupils talk about people who come from elsewhere.' }),
      agree({ dimension: 'observed_change', phase: 'after', fr: "L'activité a donné lieu à des discussions en classe par la suite.", en: 'The activity led to discussions in class afterwards.' }),
      { dimension: 'satisfaction', answerType: 'yes_no', phase: 'after', fr: 'Recommanderiez-vous cette activité à un·e collègue ?', en: 'Would you recommend this activity to a colleague?' },
      { dimension: 'comments', answerType: 'free_text', phase: 'after', fr: 'Commentaires et suggestions', en: 'Comments and suggestions' },
    ],
  },
];

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

  const now = new Date().toISOString();
  for (const { items, codeRecipe, ...template } of SEED_TEMPLATES) {
    // RETURNING gives the id on SQLite and PostgreSQL alike (a bare insert answers [id] on SQLite only).
    const [inserted] = await knex('questionnaire_templates').insert({
      ...template,
      // Same folding as the service's foldedKey (frozen here).
      name_key: template.name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().trim().replace(/\s+/g, ' '),
      version: 1,
      code_recipe: codeRecipe,
      created_at: now,
      updated_at: now,
    }).returning('id');
    const id: number = typeof inserted === 'object' ? (inserted as { id: number }).id : (inserted as number);
    await knex('questionnaire_items').insert(
      items.map((item, index) => ({
        template_id: id,
        position: index + 1,
        dimension: item.dimension,
        answer_type: item.answerType,
        reverse_keyed: item.reverseKeyed ?? false,
        wording_fr: item.fr,
        wording_en: item.en,
        phase: item.phase,
        anchors_fr: JSON.stringify(item.anchorsFr ?? []),
        anchors_en: JSON.stringify(item.anchorsEn ?? []),
        choices: '[]',
      })),
    );
  }
}

export async function down(knex: Knex): Promise<void> {
  for (const table of ['questionnaire_answers', 'questionnaire_responses', 'questionnaire_administrations', 'questionnaire_items', 'questionnaire_templates']) {
    await knex.schema.dropTableIfExists(table);
  }
}
