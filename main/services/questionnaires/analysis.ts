import type { Db } from '../../db/connection';
import { notFound } from '../../errors';
import { readAnswerMatrix, readItems } from './answers-read';
import { pairGroups, type GroupPairing } from './pairing';
import { resolveScope, type ScopeGroup } from './scope';
import {
  publishCount,
  type AnalysisCounts,
  type AnalysisGroup,
  type AnalysisScope,
  type AnalysisYear,
  type DimensionChange,
  type ItemChange,
  type QuestionnaireAnalysis,
} from '../../../shared/domain/questionnaires/analysis';
import { MINIMUM_PUBLISHED_GROUP, pairedColumnStatistics, suppressSmallGroups } from '../../../shared/domain/questionnaires/paired-stats';
import {
  changeDimensions,
  changeItems,
  itemScale,
  pairedDimensionColumns,
  pairedItemColumns,
  type PairedColumns,
  type ResponsePair,
} from '../../../shared/domain/questionnaires/scores';

/**
 * The before/after analysis of one template over a scope (issue 5, point 7). Pairs are made within each
 * class and event (exact codes and accepted candidates; pending candidates are not paired), then pooled;
 * every item and dimension gets R-compatible paired statistics, and groups under the minimum are reduced to
 * "< 5" here, on the server, so no number of a small group ever leaves it.
 */

interface RawCounts {
  before: number;
  after: number;
  paired: number;
  pending: number;
  /** Σ over classes and events of max(before, after): the pupils who could have been paired. */
  denominator: number;
}

/**
 * The published counts. Match rate = pairs / Σ max(before, after) over the classes and events pooled (for a
 * single one: pairs / max(before, after), as pairing.ts defines it; summing per class keeps a class whose
 * pupils were all absent one day from being hidden by a class with the opposite problem). It is null when
 * there is no form, when that larger side is under the minimum, or when 1 to 4 pupils are paired: the rate
 * times the forms would give the hidden count away ("< 5" pairs beside 50 % of 6 forms is 3).
 */
function publishedCounts(raw: RawCounts): AnalysisCounts {
  return {
    before: publishCount(raw.before),
    after: publishCount(raw.after),
    paired: publishCount(raw.paired),
    pendingCandidates: raw.pending,
    matchRate: raw.denominator < MINIMUM_PUBLISHED_GROUP || 'lessThan' in publishCount(raw.paired) ? null : raw.paired / raw.denominator,
  };
}

function rawCounts(pairing: GroupPairing): RawCounts {
  const { before, after } = pairing.counts;
  return { before, after, paired: pairing.pairs.length, pending: pairing.pendingCandidates, denominator: Math.max(before, after) };
}

/** Analyses `templateId` over `scope`. NOT_FOUND for an unknown template, event, class or school. */
export async function analyseQuestionnaire(db: Db, templateId: number, scope: AnalysisScope): Promise<QuestionnaireAnalysis> {
  return (await analyseQuestionnaireByYear(db, templateId, scope)).analysis;
}

/** The analysis and the counts of each school year of the scope, oldest first (the impact report's table). */
export async function analyseQuestionnaireByYear(
  db: Db,
  templateId: number,
  scope: AnalysisScope,
): Promise<{ analysis: QuestionnaireAnalysis; years: AnalysisYear[] }> {
  const template = await readTemplate(db, templateId);
  const resolved = await resolveScope(db, templateId, scope);
  const { years, ...analysis } = await analyseGroups(db, template, resolved.groups);
  return { analysis: { ...analysis, scope, scopeLabel: resolved.label }, years };
}

/** Raw counts, activities and classes of each school year, published; school years in order. */
function yearCounts(scopeGroups: readonly ScopeGroup[], raws: readonly RawCounts[]): AnalysisYear[] {
  const byYear = new Map<string, { raw: RawCounts; events: Set<number>; classes: Set<number> }>();
  scopeGroups.forEach((group, index) => {
    let year = byYear.get(group.schoolYear);
    if (!year) {
      year = { raw: { before: 0, after: 0, paired: 0, pending: 0, denominator: 0 }, events: new Set(), classes: new Set() };
      byYear.set(group.schoolYear, year);
    }
    for (const key of Object.keys(year.raw) as (keyof RawCounts)[]) year.raw[key] += raws[index]![key];
    year.events.add(group.eventId);
    year.classes.add(group.classId);
  });
  return [...byYear.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([schoolYear, year]) => ({ schoolYear, events: year.events.size, classes: year.classes.size, counts: publishedCounts(year.raw) }));
}

async function readTemplate(db: Db, templateId: number): Promise<QuestionnaireAnalysis['template']> {
  const template: { id: number; name: string; version: number } | undefined = await db('questionnaire_templates')
    .where({ id: templateId })
    .first('id', 'name', 'version');
  if (!template) throw notFound('template');
  return { id: template.id, name: template.name, version: template.version };
}

/**
 * The same analysis over groups already chosen (the indicators of a period of days, issue 16), so that a
 * figure of the dashboard is the impact report's own number, never a second computation of it.
 */
export async function analyseTemplateGroups(db: Db, templateId: number, groups: readonly ScopeGroup[]): Promise<Omit<QuestionnaireAnalysis, 'scope' | 'scopeLabel'>> {
  const { years: _years, ...analysis } = await analyseGroups(db, await readTemplate(db, templateId), groups);
  return analysis;
}

async function analyseGroups(
  db: Db,
  template: QuestionnaireAnalysis['template'],
  scopeGroups: readonly ScopeGroup[],
): Promise<Omit<QuestionnaireAnalysis, 'scope' | 'scopeLabel'> & { years: AnalysisYear[] }> {
  const items = await readItems(db, template.id);
  const pairings = await pairGroups(db, scopeGroups);

  const total: RawCounts = { before: 0, after: 0, paired: 0, pending: 0, denominator: 0 };
  const pairs: ResponsePair[] = [];
  const raws: RawCounts[] = [];
  const groups: AnalysisGroup[] = scopeGroups.map((group) => {
    const pairing = pairings.get(group)!;
    const raw = rawCounts(pairing);
    raws.push(raw);
    for (const key of Object.keys(total) as (keyof RawCounts)[]) total[key] += raw[key];
    for (const pair of pairing.pairs) pairs.push({ before: pair.before, after: pair.after });
    return {
      eventId: group.eventId,
      eventTitle: group.eventTitle,
      eventDate: group.eventDate,
      classId: group.classId,
      className: group.className,
      schoolName: group.schoolName,
      beforeAdministrationId: group.beforeAdministrationId,
      afterAdministrationId: group.afterAdministrationId,
      counts: publishedCounts(raw),
    };
  });

  const scored = changeItems(items);
  const administrationIds = scopeGroups
    .flatMap((group) => [group.beforeAdministrationId, group.afterAdministrationId])
    .filter((id): id is number => id !== null);
  const answers = await readAnswerMatrix(db, administrationIds, scored.map((item) => item.id));
  const statistics = ({ before, after }: PairedColumns) => suppressSmallGroups(pairedColumnStatistics(before, after));

  const itemChanges: ItemChange[] = scored.map((item) => ({
    itemId: item.id,
    position: item.position,
    wordingFr: item.wordingFr,
    wordingEn: item.wordingEn,
    dimension: item.dimension,
    reverseKeyed: item.reverseKeyed,
    scale: itemScale(item),
    result: statistics(pairedItemColumns(item, pairs, answers)),
  }));
  const dimensions: DimensionChange[] = changeDimensions(items).map((dimension) => ({
    dimension: dimension.dimension,
    itemIds: dimension.items.map((item) => item.id),
    scale: dimension.scale,
    result: statistics(pairedDimensionColumns(dimension, pairs, answers)),
  }));

  return {
    template: { id: template.id, name: template.name, version: template.version },
    counts: publishedCounts(total),
    dimensions,
    items: itemChanges,
    groups,
    years: yearCounts(scopeGroups, raws),
  };
}
