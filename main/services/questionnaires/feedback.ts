import type { Db } from '../../db/connection';
import { readAnswerRows, readForms, type AnswerRow, type FormRow } from './answers-read';
import { toItem, type ItemRow } from './templates';
import { resolveScope, type ScopeGroup } from './scope';
import {
  publishCount,
  type AnalysisScope,
  type FeedbackSummary,
  type ItemFeedback,
  type PublishedCount,
  type TemplateFeedback,
} from '../../../shared/domain/questionnaires/analysis';
import { MINIMUM_PUBLISHED_GROUP } from '../../../shared/domain/questionnaires/paired-stats';
import { answerRange, type QuestionnaireAudience, type TemplateItem } from '../../../shared/domain/questionnaires/templates';

/**
 * Satisfaction and teacher feedback (issue 5, point 8): for every template with 'after' forms in the scope,
 * the distribution and mean of the after-only items of pupil forms (every item of a teacher form), the
 * free-text comments, and a line per event for the yearly view. Pupil counts under 5 become "< 5" and hide
 * their item's numbers and comments; teacher forms are not anonymous to the City and are always counted.
 * Means are of the answers as given (no reverse keying: the distribution's labels are the raw answers), and
 * only on ordered scales (a single-choice option's value is a category, not a quantity).
 */

const MAX_COMMENTS = 200;

interface TemplateRow {
  id: number;
  name: string;
  version: number;
  audience: QuestionnaireAudience;
}

type Distribution = NonNullable<ItemFeedback['distribution']>;

/** The points of an item's scale with their labels, lowest first (free text: none). */
function scalePoints(item: TemplateItem): { value: number; labelFr: string; labelEn: string }[] {
  switch (item.answerType) {
    case 'likert4':
    case 'likert5': {
      const size = item.answerType === 'likert4' ? 4 : 5;
      return Array.from({ length: size }, (_, i) => ({ value: i + 1, labelFr: item.anchorsFr[i] ?? String(i + 1), labelEn: item.anchorsEn[i] || item.anchorsFr[i] || String(i + 1) }));
    }
    case 'yes_no':
      return [
        { value: 0, labelFr: 'Non', labelEn: 'No' },
        { value: 1, labelFr: 'Oui', labelEn: 'Yes' },
      ];
    case 'scale_0_10':
      return Array.from({ length: 11 }, (_, i) => ({ value: i, labelFr: String(i), labelEn: String(i) }));
    case 'single_choice':
      return [...item.choices].sort((a, b) => a.value - b.value).map((choice) => ({ value: choice.value, labelFr: choice.labelFr, labelEn: choice.labelEn || choice.labelFr }));
    case 'free_text':
      return [];
  }
}

const ORDERED: readonly TemplateItem['answerType'][] = ['likert4', 'likert5', 'yes_no', 'scale_0_10'];

function mean(values: readonly number[]): number | null {
  return values.length === 0 ? null : values.reduce((sum, value) => sum + value, 0) / values.length;
}

interface Context {
  audience: QuestionnaireAudience;
  count: (n: number) => PublishedCount;
  /** Whether numbers of a group of n forms may be shown. */
  shown: (n: number) => boolean;
}

function itemFeedback(item: TemplateItem, rows: readonly AnswerRow[], eventOrder: ReadonlyMap<number, number>, formEvent: ReadonlyMap<number, number>, context: Context): ItemFeedback {
  const base = { itemId: item.id, position: item.position, wordingFr: item.wordingFr, wordingEn: item.wordingEn, dimension: item.dimension, answerType: item.answerType };
  if (item.answerType === 'free_text') {
    const answered = rows.filter((row) => row.text.trim() !== '');
    // Newest event first, then the latest form first.
    const comments = [...answered]
      .sort((a, b) => (eventOrder.get(formEvent.get(b.response_id)!) ?? 0) - (eventOrder.get(formEvent.get(a.response_id)!) ?? 0) || b.response_id - a.response_id)
      .slice(0, MAX_COMMENTS)
      .map((row) => row.text.trim());
    const shown = context.shown(answered.length);
    return { ...base, scale: null, answered: context.count(answered.length), mean: null, distribution: null, comments: shown ? comments : [] };
  }
  const values = rows.map((row) => row.value).filter((value): value is number => value !== null);
  const shown = context.shown(values.length);
  const points = scalePoints(item);
  const distribution: Distribution = points.map((point) => ({ ...point, count: values.filter((value) => value === point.value).length }));
  return {
    ...base,
    scale: answerRange(item),
    answered: context.count(values.length),
    mean: shown && ORDERED.includes(item.answerType) ? mean(values) : null,
    distribution: shown ? distribution : null,
    comments: [],
  };
}

function templateFeedback(template: TemplateRow, items: TemplateItem[], groups: ScopeGroup[], forms: FormRow[], answers: AnswerRow[]): TemplateFeedback {
  const context: Context =
    template.audience === 'pupil'
      ? { audience: 'pupil', count: (n) => publishCount(n), shown: (n) => n >= MINIMUM_PUBLISHED_GROUP }
      : { audience: 'teacher', count: (n) => ({ value: n }), shown: () => true };
  const shownItems = template.audience === 'pupil' ? items.filter((item) => item.phase === 'after') : items;
  const eventOfAdministration = new Map(groups.map((group) => [group.afterAdministrationId!, group.eventId]));
  const templateForms = forms.filter((form) => eventOfAdministration.has(form.administration_id));
  const formEvent = new Map(templateForms.map((form) => [form.id, eventOfAdministration.get(form.administration_id)!]));
  const templateAnswers = answers.filter((row) => formEvent.has(row.response_id));
  const byItem = new Map<number, AnswerRow[]>();
  for (const row of templateAnswers) {
    const list = byItem.get(row.item_id);
    if (list) list.push(row);
    else byItem.set(row.item_id, [row]);
  }

  // Events of the template, oldest first (groups are ordered by date): the rank orders comments too.
  const events: ScopeGroup[] = [];
  const seen = new Set<number>();
  for (const group of groups) {
    if (seen.has(group.eventId)) continue;
    seen.add(group.eventId);
    events.push(group);
  }
  const eventOrder = new Map(events.map((event, index) => [event.eventId, index]));
  const satisfaction = shownItems.find((item) => item.dimension === 'satisfaction' && item.answerType !== 'free_text' && ORDERED.includes(item.answerType));
  // Forms and satisfaction answers per event, in one pass each (ten years hold 1,800 events and 75,000
  // forms: filtering every form again for every event took seconds). Values keep their order, so the means
  // add the same numbers in the same order as before.
  const formsOfEvent = new Map<number, number>();
  for (const form of templateForms) {
    const eventId = formEvent.get(form.id)!;
    formsOfEvent.set(eventId, (formsOfEvent.get(eventId) ?? 0) + 1);
  }
  const satisfactionOfEvent = new Map<number, number[]>();
  for (const row of satisfaction ? (byItem.get(satisfaction.id) ?? []) : []) {
    if (row.value === null) continue;
    const eventId = formEvent.get(row.response_id)!;
    const list = satisfactionOfEvent.get(eventId);
    if (list) list.push(row.value);
    else satisfactionOfEvent.set(eventId, [row.value]);
  }

  return {
    templateId: template.id,
    templateName: template.name,
    version: template.version,
    audience: template.audience,
    responses: context.count(templateForms.length),
    items: shownItems.map((item) => itemFeedback(item, byItem.get(item.id) ?? [], eventOrder, formEvent, context)),
    byEvent: events.map((event) => {
      const values = satisfactionOfEvent.get(event.eventId) ?? [];
      return {
        eventId: event.eventId,
        eventTitle: event.eventTitle,
        eventDate: event.eventDate,
        responses: context.count(formsOfEvent.get(event.eventId) ?? 0),
        meanSatisfaction: context.shown(values.length) ? mean(values) : null,
      };
    }),
  };
}

/** The satisfaction and teacher feedback of a scope. NOT_FOUND for an unknown event, class or school. */
export async function feedbackSummary(db: Db, scope: AnalysisScope): Promise<FeedbackSummary> {
  const resolved = await resolveScope(db, null, scope);
  return { scope, scopeLabel: resolved.label, templates: await groupsFeedback(db, resolved.groups) };
}

/**
 * The same feedback over groups already chosen (the indicators of a period of days, issue 16): the dashboard's
 * satisfaction is the impact report's own.
 */
export async function groupsFeedback(db: Db, scopeGroups: readonly ScopeGroup[]): Promise<TemplateFeedback[]> {
  const groups = scopeGroups.filter((group) => group.afterAdministrationId !== null);
  const afterIds = groups.map((group) => group.afterAdministrationId!);
  const forms = await readForms(db, afterIds);
  const withForms = new Set(forms.map((form) => form.administration_id));
  const used = groups.filter((group) => withForms.has(group.afterAdministrationId!));
  const templateIds = [...new Set(used.map((group) => group.templateId))];
  if (templateIds.length === 0) return [];

  const templates: TemplateRow[] = await db('questionnaire_templates')
    .whereIn('id', templateIds)
    .orderBy([{ column: 'audience' }, { column: 'name_key' }, { column: 'version' }])
    .select('id', 'name', 'version', 'audience');
  const itemRows: ItemRow[] = await db('questionnaire_items').whereIn('template_id', templateIds).orderBy([{ column: 'position' }, { column: 'id' }]);
  // Only the items summarised: a pupil form's paired items are the analysis's business, not feedback's.
  const audience = new Map(templates.map((template) => [template.id, template.audience]));
  const summarised = itemRows.filter((row) => audience.get(row.template_id) === 'teacher' || row.phase === 'after').map((row) => row.id);
  const answers = await readAnswerRows(db, afterIds, summarised);
  return templates.map((template) =>
    templateFeedback(
      template,
      itemRows.filter((row) => row.template_id === template.id).map(toItem),
      used.filter((group) => group.templateId === template.id),
      forms,
      answers,
    ),
  );
}
