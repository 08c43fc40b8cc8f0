import type { Knex } from 'knex';
import type { FieldCipher } from '../crypto/field-cipher';
import { belgianDate } from '../clock';
import { hashPassword, type ScryptCost, DEFAULT_SCRYPT_COST } from '../auth/password';
import { countUsers, createUser } from '../services/users/accounts';
import { recordAudit } from '../services/system/audit-events';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, DEMO_TEACHER_USERNAME } from './accounts';
import { generateExhibitionLoans } from './exhibition-loans';
import { generateHousing, type HousingDemoSummary } from './housing';
import { generateHousingAtScale } from './housing-scale';
import { generateQuestionnaires } from './questionnaires';
import { seededRandom } from './random';
import { generateSchoolProgramme, type SchoolProgrammeSummary } from './school-programme';
import { SCALE_COUNTS, type DemoScale } from './scale';

export interface DemoOptions {
  seed: number;
  /** School years of activity to generate (the benchmarks use large values). */
  years: number;
  /** The demo's "today": fixed so that two runs with the same seed give the same rows. */
  today: Date;
  passwordCost?: ScryptCost;
  /**
   * The data directory's field cipher (the CLI opens the key store as the app does): housed people's names and
   * statuses are encrypted with it. Without it no housing data is generated (names could not be read back).
   */
  fieldCipher?: FieldCipher;
  /**
   * 'demo' (the default): the demo as the e2e tests and docs know it. 'full': the benchmark's volumes (scale.ts),
   * the same story with more activities and questionnaires, and housing in bulk after it.
   */
  scale?: DemoScale;
}

export interface DemoSummary extends SchoolProgrammeSummary {
  users: number;
  loans: number;
  questionnaireForms: number;
  housing: HousingDemoSummary | null;
}

/**
 * Fills an empty database with fictional Liège data, in one transaction. Each feature adds its generator
 * here as its tables appear (schools, events, loans, questionnaires, housing, registrations), drawing from
 * the same seeded generator in a fixed order so the output stays deterministic.
 */
export async function generateDemo(db: Knex, options: DemoOptions): Promise<DemoSummary> {
  if ((await countUsers(db)) > 0) {
    throw new Error('This data directory already holds accounts: demo data goes into an empty one (choose another --data-dir).');
  }
  const random = seededRandom(options.seed);
  const counts = SCALE_COUNTS[options.scale ?? 'demo'];
  const passwordHash = await hashPassword(DEMO_PASSWORD, options.passwordCost ?? DEFAULT_SCRYPT_COST);
  return db.transaction(async (trx) => {
    const userIds = new Map<string, number>();
    for (const account of DEMO_ACCOUNTS) {
      // Demo accounts are created a few days apart, like a real roll-out.
      const createdAt = new Date(options.today.getTime() - random.int(7, 60) * 86_400_000);
      const user = await createUser(trx, { ...account, passwordHash, mustChangePassword: false }, createdAt);
      await recordAudit(trx, { userId: null, action: 'demo.create', entity: 'user', entityId: user.id }, createdAt);
      userIds.set(account.username, user.id);
    }
    const programme = await generateSchoolProgramme(trx, random, {
      years: options.years,
      today: options.today,
      teacherUserId: userIds.get(DEMO_TEACHER_USERNAME) ?? null,
      eventsPerYear: counts.eventsPerYear,
      pupilsPerClass: counts.pupilsPerClass,
      classesPerEvent: counts.classesPerEvent,
    });
    // Loans come after the programme: they use its schools and link its exhibition visits.
    const coordinator = DEMO_ACCOUNTS.find((account) => account.roles.includes('coordinator'));
    const loans = await generateExhibitionLoans(trx, random, {
      today: options.today,
      checkedBy: coordinator === undefined ? null : (userIds.get(coordinator.username) ?? null),
    });
    // Questionnaires come last: they draw on the events as generated, and adding them changed nothing before.
    const questionnaires = await generateQuestionnaires(trx, random, {
      today: options.today,
      reviewedBy: coordinator === undefined ? null : (userIds.get(coordinator.username) ?? null),
      share: counts.questionnaireShare,
    });
    // Housing after everything else: the earlier generators' draws, and so their rows, stay as they were.
    const housingWorker = DEMO_ACCOUNTS.find((account) => account.roles.includes('housing'));
    const housingUserId = housingWorker === undefined ? undefined : userIds.get(housingWorker.username);
    const housing =
      options.fieldCipher && housingUserId !== undefined
        ? await generateHousing(trx, random, { today: belgianDate(options.today), userId: housingUserId, cipher: options.fieldCipher })
        : null;
    // The full scale's housing in bulk after the story, which stays as it is.
    if (housing && counts.housingPerYear && options.fieldCipher && housingUserId !== undefined) {
      const bulk = await generateHousingAtScale(trx, random, {
        today: belgianDate(options.today),
        years: options.years,
        userId: housingUserId,
        cipher: options.fieldCipher,
        perYear: counts.housingPerYear,
      });
      housing.housingUnits += bulk.housingUnits;
      housing.households += bulk.households;
      housing.placements += bulk.placements;
      housing.waitlist += bulk.waitlist;
      housing.registrations += bulk.registrations;
    }
    return { users: DEMO_ACCOUNTS.length, ...programme, ...loans, ...questionnaires, housing };
  });
}
