/**
 * What the results of a questionnaire look like once they leave the Node side (issue 5): the before/after
 * change of pupils' answers for a scope, item by item and by dimension, with every group of fewer than
 * MINIMUM_PUBLISHED_GROUP pupils already reduced to "< 5" by the server (the renderer never receives the
 * numbers of a small group).
 */
import { MINIMUM_PUBLISHED_GROUP, type PublishableStatistics } from './paired-stats';
import type { AnswerType, Dimension, QuestionnaireAudience } from './templates';

export const ANALYSIS_SCOPE_KINDS = ['event', 'class', 'school', 'schoolYear', 'all'] as const;
export type AnalysisScopeKind = (typeof ANALYSIS_SCOPE_KINDS)[number];

/**
 * Which administrations are analysed. A class scope covers every event of that class; a school scope every
 * class of the school (optionally one school year); pairs are always made within one class and one event,
 * then pooled.
 */
export type AnalysisScope =
  | { kind: 'event'; eventId: number }
  | { kind: 'class'; classId: number }
  | { kind: 'school'; schoolId: number; schoolYear: string | null }
  | { kind: 'schoolYear'; schoolYear: string }
  | { kind: 'all' };

/** A head count as it may be published: 0 and counts from the minimum up are shown; 1 to 4 become "< 5". */
export type PublishedCount = { readonly value: number } | { readonly lessThan: number };

export function publishCount(n: number, minimum: number = MINIMUM_PUBLISHED_GROUP): PublishedCount {
  return n === 0 || n >= minimum ? { value: n } : { lessThan: minimum };
}

/** The range a score lives on: the item's scale, or 0–100 for a dimension mixing scales. */
export interface ScoreScale {
  readonly min: number;
  readonly max: number;
}

export interface AnalysisCounts {
  /** Forms of the 'before' administrations in scope. */
  readonly before: PublishedCount;
  readonly after: PublishedCount;
  /** Pupils paired (exact codes and accepted candidates). */
  readonly paired: PublishedCount;
  /** Tolerant candidates nobody has reviewed yet: their pupils are not counted as paired. */
  readonly pendingCandidates: number;
  /**
   * (exact + accepted pairs) / max(before, after) (see pairing.ts), summed per class and event when several
   * are pooled (pairs / Σ max(before, after)); null when the larger side is under the minimum or when 1 to 4
   * pupils are paired (the rate would give the small counts away).
   */
  readonly matchRate: number | null;
}

/** The change of one item asked before and after (reverse-keyed items already turned around). */
export interface ItemChange {
  readonly itemId: number;
  readonly position: number;
  readonly wordingFr: string;
  readonly wordingEn: string;
  readonly dimension: Dimension;
  readonly reverseKeyed: boolean;
  readonly scale: ScoreScale;
  readonly result: PublishableStatistics;
}

/**
 * The change of a dimension score: a pupil's score in a phase is the mean of the dimension's scored items
 * they answered (reverse-keyed turned around), counted only when they answered at least half of them. When
 * the items do not share one scale each answer is first put on 0–100.
 */
export interface DimensionChange {
  readonly dimension: Dimension;
  readonly itemIds: readonly number[];
  readonly scale: ScoreScale;
  readonly result: PublishableStatistics;
}

/** One class at one event: where pairs are made, and where the review of tolerant candidates happens. */
export interface AnalysisGroup {
  readonly eventId: number;
  readonly eventTitle: string;
  /** "YYYY-MM-DD" of the event's start. */
  readonly eventDate: string;
  readonly classId: number;
  readonly className: string;
  readonly schoolName: string;
  readonly beforeAdministrationId: number | null;
  readonly afterAdministrationId: number | null;
  readonly counts: AnalysisCounts;
}

/**
 * One school year of a scope: its classes and events pooled, counts published like the totals ("< 5").
 * The impact report of several school years lists these instead of every class (ten years: 1,800 rows).
 */
export interface AnalysisYear {
  readonly schoolYear: string;
  /** Activities (events) and classes of the year given the questionnaire: not pupils, always shown. */
  readonly events: number;
  readonly classes: number;
  readonly counts: AnalysisCounts;
}

export interface QuestionnaireAnalysis {
  readonly template: { readonly id: number; readonly name: string; readonly version: number };
  readonly scope: AnalysisScope;
  /** The scope in words for titles: the event's title, "class — school", the school, the school year, ''. */
  readonly scopeLabel: string;
  readonly counts: AnalysisCounts;
  /** Scored dimensions that have items asked in both phases, in DIMENSIONS order. */
  readonly dimensions: readonly DimensionChange[];
  /** Scored items asked in both phases, in template order. */
  readonly items: readonly ItemChange[];
  readonly groups: readonly AnalysisGroup[];
}

/** The distribution of the answers to one after-only (or teacher) item, and its mean. */
export interface ItemFeedback {
  readonly itemId: number;
  readonly position: number;
  readonly wordingFr: string;
  readonly wordingEn: string;
  readonly dimension: Dimension;
  readonly answerType: AnswerType;
  /** null for free text. */
  readonly scale: ScoreScale | null;
  /** Forms with an answer to this item. */
  readonly answered: PublishedCount;
  /** null when suppressed, free text or nobody answered. */
  readonly mean: number | null;
  /** One entry per point of the scale (or option), lowest first; null when suppressed or free text. */
  readonly distribution: readonly { readonly value: number; readonly labelFr: string; readonly labelEn: string; readonly count: number }[] | null;
  /** Free-text answers (non-empty), at most 200, newest event first; empty when suppressed. */
  readonly comments: readonly string[];
}

/** Satisfaction of pupils (after-only items) or a teacher form, for one template in a scope. */
export interface TemplateFeedback {
  readonly templateId: number;
  readonly templateName: string;
  readonly version: number;
  readonly audience: QuestionnaireAudience;
  /** Pupil counts follow the "< 5" rule; teacher forms are not anonymous and are always counted. */
  readonly responses: PublishedCount;
  readonly items: readonly ItemFeedback[];
  /** Per event in scope, for the yearly view: forms and the mean of the first satisfaction item on its scale. */
  readonly byEvent: readonly {
    readonly eventId: number;
    readonly eventTitle: string;
    readonly eventDate: string;
    readonly responses: PublishedCount;
    readonly meanSatisfaction: number | null;
  }[];
}

export interface FeedbackSummary {
  readonly scope: AnalysisScope;
  readonly scopeLabel: string;
  readonly templates: readonly TemplateFeedback[];
}

/** A tolerant candidate as the reviewer sees it, with the decision already taken about it. */
export interface ReviewCandidate {
  readonly before: { readonly responseId: number; readonly code: string };
  readonly after: { readonly responseId: number; readonly code: string };
  readonly kind: 'oneCharacterDifferent' | 'adjacentSwap';
  /** 0-based index of the first differing character. */
  readonly position: number;
  readonly decision: 'accepted' | 'rejected' | null;
  /** Undecided, but one of its responses is already paired by another accepted candidate. */
  readonly superseded: boolean;
}

/** The pairing of one class at one event: the review list of issue 5 point 3. */
export interface PairingReview {
  readonly templateId: number;
  readonly eventId: number;
  readonly classId: number;
  readonly className: string;
  readonly eventTitle: string;
  readonly beforeAdministrationId: number | null;
  readonly afterAdministrationId: number | null;
  readonly counts: { readonly before: number; readonly after: number };
  readonly exactPairs: readonly { readonly code: string; readonly before: number; readonly after: number }[];
  readonly candidates: readonly ReviewCandidate[];
  readonly duplicates: readonly { readonly phase: 'before' | 'after'; readonly code: string; readonly responseIds: readonly number[] }[];
  /** Responses in no pair once the decisions are applied. */
  readonly unmatchedBefore: readonly { readonly responseId: number; readonly code: string }[];
  readonly unmatchedAfter: readonly { readonly responseId: number; readonly code: string }[];
  /** After the decisions: (exact + accepted) / max(before, after); null without forms. */
  readonly matchRate: number | null;
}
