import type { Knex } from 'knex';
import type { DemoRandom } from './random';
import { makePupil, miswrite, normal, pupilAnswers, pupilCode, teacherAnswers, type DemoAnswer, type DemoPupil, type FormContext } from './questionnaire-forms';
import { reviewCandidates, type ReviewGroup } from './questionnaire-reviews';
import { addDays } from '../../shared/domain/dates';
import type { CodePart, TemplateItem } from '../../shared/domain/questionnaires/templates';
import { parseRecipe, toItem, type ItemRow } from '../services/questionnaires/templates';
import { insertIds } from './school-programme';
import { bulkInsert } from '../db/bulk-insert';

export interface QuestionnairesOptions {
  /** The demo's "today": forms exist only for days up to it. */
  today: Date;
  /** Who reviewed the pairing candidates (the demo coordinator), or null. */
  reviewedBy: number | null;
  /** Share of held school events with questionnaires, whatever their kind (the full-scale data); by kind otherwise. */
  share?: number;
}

interface DemoTemplate {
  id: number;
  recipe: CodePart[];
  items: TemplateItem[];
}

interface PlannedForm {
  /** The simulated pupil's place in the class (the pairing review's truth); -1 for a teacher. */
  pupil: number;
  code: string;
  enteredOn: string;
  answers: DemoAnswer[];
}

interface PlannedAdministration {
  templateId: number;
  eventId: number;
  classId: number;
  phase: 'before' | 'after';
  date: string;
  forms: PlannedForm[];
}

/** Share of held school events whose classes answered the pupil questionnaire, by kind of event. */
const SHARE_WITH_QUESTIONNAIRES: Record<string, number> = { workshop: 0.45 };
const DEFAULT_SHARE = 0.25;
/** Share of those events where the teacher also filled in the feedback form. */
const TEACHER_FEEDBACK_SHARE = 0.6;
/** Share of classes with two pupils who make the same code. */
const TWINS_SHARE = 0.08;
/** Chance that a pupil is in class on the day of one administration. */
const PRESENT = 0.95;

async function loadTemplate(db: Knex, audience: 'pupil' | 'teacher'): Promise<DemoTemplate | null> {
  const row: { id: number; code_recipe: string } | undefined = await db('questionnaire_templates')
    .where({ audience, archived: false })
    .orderBy('id')
    .first('id', 'code_recipe');
  if (!row) return null;
  const items: ItemRow[] = await db('questionnaire_items').where({ template_id: row.id }).orderBy('position');
  return { id: row.id, recipe: parseRecipe(row.code_recipe), items: items.map(toItem) };
}

const askedIn = (items: readonly TemplateItem[], phase: 'before' | 'after') => items.filter((item) => item.phase === phase || item.phase === 'both');

/**
 * Before/after questionnaires for about a third of the held school activities (more for workshops than for
 * shows): for each class, a 'before' administration a few school days before (or the morning of) the
 * activity and an 'after' one the same day or a few days later, with one paper form per pupil present —
 * codes from the template's recipe, a couple of miscopied codes per class (tolerant candidates for the
 * review), now and then two pupils of a class with the same code, and answers that move a little after the
 * activity. The teacher's feedback form is filled in for most of those events. One upcoming activity has
 * its 'before' forms entered and no 'after' yet. Everything is inserted in bulk, in one fixed order, so the
 * same seed gives the same rows.
 */
export async function generateQuestionnaires(db: Knex, random: DemoRandom, options: QuestionnairesOptions): Promise<{ questionnaireForms: number }> {
  const today = options.today.toISOString().slice(0, 10);
  const pupilTemplate = await loadTemplate(db, 'pupil');
  const teacherTemplate = await loadTemplate(db, 'teacher');
  if (!pupilTemplate) return { questionnaireForms: 0 };

  const holidays: { start_date: string; end_date: string }[] = await db('holidays').select('start_date', 'end_date');
  const isSchoolDay = (date: string): boolean => {
    const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
    return weekday !== 0 && weekday !== 6 && !holidays.some((holiday) => holiday.start_date <= date && date <= holiday.end_date);
  };
  /** `count` school days before (negative) or after `date`; 0 gives `date` itself. */
  const schoolDaysFrom = (date: string, count: number): string => {
    let day = date;
    for (let left = Math.abs(count); left > 0; ) {
      day = addDays(day, Math.sign(count));
      if (isSchoolDay(day)) left -= 1;
    }
    return day;
  };

  const events: { id: number; type: string; status: string; starts_at: string; pupils_expected: number | null; pupils_present: number | null }[] = await db('events')
    .whereNot('type', 'training')
    .orderBy([{ column: 'starts_at' }, { column: 'id' }])
    .select('id', 'type', 'status', 'starts_at', 'pupils_expected', 'pupils_present');
  const links: { event_id: number; class_id: number; pupil_count: number }[] = await db('event_classes')
    .join('school_classes', 'school_classes.id', 'event_classes.class_id')
    .orderBy([{ column: 'event_classes.event_id' }, { column: 'event_classes.class_id' }])
    .select('event_classes.event_id', 'event_classes.class_id', 'school_classes.pupil_count');
  const classesOf = new Map<number, { classId: number; pupils: number }[]>();
  for (const link of links) classesOf.set(link.event_id, [...(classesOf.get(link.event_id) ?? []), { classId: link.class_id, pupils: link.pupil_count }]);

  const planned: PlannedAdministration[] = [];
  // One form after another on the same few days: the dates are worked out once (the full scale enters 170,000 forms).
  const daysAfter = new Map<string, string>();
  const enteredOn = (date: string): string => {
    const days = random.int(0, 3);
    const key = `${date}+${days}`;
    let day = daysAfter.get(key);
    if (day === undefined) daysAfter.set(key, (day = addDays(date, days)));
    return day > today ? today : day;
  };
  const phaseForms = (pupils: readonly DemoPupil[], codes: readonly string[], phase: 'before' | 'after', date: string, context: FormContext): PlannedForm[] => {
    const items = askedIn(pupilTemplate.items, phase);
    const seen = new Set<string>();
    return pupils.flatMap((pupil, index) => {
      const written = codes[index]!;
      if (written === '') return [];
      // The entry grid refuses a code already used in the administration: the second form is kept without one.
      const code = seen.has(written) ? '' : written;
      seen.add(written);
      return [{ pupil: index, code, enteredOn: enteredOn(date), answers: pupilAnswers(random, items, pupil, { ...context, phase }) }];
    });
  };

  /**
   * One class's before (and after) forms; '' in a code list means absent that day. `atEvent` says who took
   * part in the activity: only they answer after it, and a 'before' on the day of the activity is theirs too.
   */
  const classForms = (eventId: number, classId: number, atEvent: readonly boolean[], before: string, after: string | null, day: string): void => {
    const size = atEvent.length;
    const pupils = Array.from({ length: size }, () => makePupil(random));
    const recipe = pupilTemplate.recipe;
    // Now and then twins whose first names share a letter: two pupils, one code (the second form is kept
    // without one, and the pairing cannot tell them apart).
    if (size > 1 && random.next() < TWINS_SHARE) pupils[1] = { ...pupils[1]!, parts: pupils[0]!.parts };
    const beforeCodes = pupils.map((pupil, index) => ((before === day ? atEvent[index] : random.next() < PRESENT) ? pupilCode(pupil, recipe) : ''));
    const afterCodes = pupils.map((pupil, index) => (after !== null && atEvent[index] && (after === day || random.next() < PRESENT) ? pupilCode(pupil, recipe) : ''));
    // A couple of pupils present both times miscopy their code once: candidates for the pairing review.
    const both = pupils.map((_, index) => index).filter((index) => beforeCodes[index] !== '' && afterCodes[index] !== '');
    for (let typos = random.int(1, 3); typos > 0 && both.length > 0; typos -= 1) {
      const index = both.splice(random.int(0, both.length - 1), 1)[0]!;
      const codes = random.next() < 0.5 ? beforeCodes : afterCodes;
      const wrong = miswrite(random, codes[index]!, recipe);
      if (!codes.includes(wrong)) codes[index] = wrong;
    }
    const context: FormContext = {
      phase: 'before',
      effect: Math.max(0, 1 + 0.6 * normal(random)),
      liking: Math.min(1, Math.max(0, 0.55 + 0.3 * normal(random))),
      blankRate: 0.01 + 0.03 * random.next(),
    };
    planned.push({ templateId: pupilTemplate.id, eventId, classId, phase: 'before', date: before, forms: phaseForms(pupils, beforeCodes, 'before', before, context) });
    if (after === null) return;
    planned.push({ templateId: pupilTemplate.id, eventId, classId, phase: 'after', date: after, forms: phaseForms(pupils, afterCodes, 'after', after, context) });
    if (teacherTemplate && random.next() < TEACHER_FEEDBACK_SHARE) {
      const answers = teacherAnswers(random, teacherTemplate.items, context);
      planned.push({ templateId: teacherTemplate.id, eventId, classId, phase: 'after', date: after, forms: [{ pupil: -1, code: '', enteredOn: enteredOn(after), answers }] });
    }
  };

  for (const event of events) {
    const classes = classesOf.get(event.id) ?? [];
    if (event.status !== 'held' || classes.length === 0) continue;
    if (random.next() >= (options.share ?? SHARE_WITH_QUESTIONNAIRES[event.type] ?? DEFAULT_SHARE)) continue;
    const day = event.starts_at.slice(0, 10);
    // The pupils missing at the activity (the event's expected minus present), drawn among all its classes.
    const attendance = classes.map(({ pupils }) => Array.from({ length: pupils }, () => true));
    const seats = attendance.flatMap((list, classIndex) => list.map((_, pupilIndex) => [classIndex, pupilIndex] as const));
    for (let absent = Math.max(0, (event.pupils_expected ?? 0) - (event.pupils_present ?? event.pupils_expected ?? 0)); absent > 0 && seats.length > 0; absent -= 1) {
      const [classIndex, pupilIndex] = seats.splice(random.int(0, seats.length - 1), 1)[0]!;
      attendance[classIndex]![pupilIndex] = false;
    }
    classes.forEach(({ classId }, index) => {
      const before = schoolDaysFrom(day, -random.int(0, 4));
      const later = schoolDaysFrom(day, random.int(0, 6));
      classForms(event.id, classId, attendance[index]!, before, later < today ? later : day, day);
    });
  }

  // The next activity, preferably of a class the demo teacher account teaches: 'before' forms in, 'after' to come.
  const taught = new Set<number>(
    await db('class_teachers').join('contacts', 'contacts.id', 'class_teachers.contact_id').whereNotNull('contacts.user_id').pluck('class_teachers.class_id'),
  );
  const soon = addDays(today, 21);
  const upcoming = events.filter((event) => event.starts_at.slice(0, 10) > today && event.status !== 'cancelled' && (classesOf.get(event.id) ?? []).length > 0);
  const next =
    upcoming.find((event) => event.starts_at.slice(0, 10) <= soon && classesOf.get(event.id)!.some((item) => taught.has(item.classId))) ?? upcoming[0];
  if (next) {
    const before = schoolDaysFrom(today, isSchoolDay(today) ? 0 : -1);
    const day = next.starts_at.slice(0, 10);
    for (const { classId, pupils } of classesOf.get(next.id)!) classForms(next.id, classId, Array.from({ length: pupils }, () => true), before, null, day);
  }

  const responseIds = await insertPlanned(db, planned);
  // The candidates of classes whose 'after' forms are a month old or more have been reviewed.
  const groups: ReviewGroup[] = [];
  planned.forEach((item, index) => {
    const before = planned[index - 1];
    if (item.phase !== 'after' || item.templateId !== pupilTemplate.id || !before || before.phase !== 'before' || before.classId !== item.classId) return;
    const stored = (at: number) => planned[at]!.forms.map((form, position) => ({ responseId: responseIds[at]![position]!, code: form.code, pupil: form.pupil }));
    groups.push({ afterDate: item.date, before: stored(index - 1), after: stored(index) });
  });
  await reviewCandidates(db, groups, { reviewedBefore: addDays(today, -30), decidedBy: options.reviewedBy });
  return { questionnaireForms: responseIds.flat().length };
}

/**
 * Writes the planned administrations, their forms and answers, in batches (one transaction: the caller's).
 * Returns the response ids of each administration's forms, in the planned order.
 */
async function insertPlanned(db: Knex, planned: readonly PlannedAdministration[]): Promise<number[][]> {
  const administrationIds = await insertIds(
    db,
    'questionnaire_administrations',
    planned.map((item) => ({
      template_id: item.templateId,
      event_id: item.eventId,
      class_id: item.classId,
      phase: item.phase,
      administered_on: item.date,
      // Created when the forms were printed, a couple of days ahead.
      created_at: `${addDays(item.date, -2)}T08:00:00.000Z`,
    })),
  );
  const forms = planned.flatMap((item, index) => item.forms.map((form) => ({ administrationId: administrationIds[index]!, form })));
  const responseIds = await insertIds(
    db,
    'questionnaire_responses',
    forms.map(({ administrationId, form }) => ({
      administration_id: administrationId,
      code: form.code,
      created_at: `${form.enteredOn}T16:00:00.000Z`,
      updated_at: `${form.enteredOn}T16:00:00.000Z`,
    })),
  );
  // Up to 1.5 million rows at full scale: plain arrays in bulk (the same rows, in the same order, as row objects would give).
  const answers: unknown[][] = [];
  forms.forEach(({ form }, index) => {
    for (const answer of form.answers) answers.push([responseIds[index], answer.itemId, answer.value, answer.text]);
  });
  await bulkInsert(db, 'questionnaire_answers', ['response_id', 'item_id', 'value', 'text'], answers);
  let next = 0;
  return planned.map((item) => item.forms.map(() => responseIds[next++]!));
}
