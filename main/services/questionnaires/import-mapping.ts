import { normaliseLabel } from '../../csv/columns';
import type { AnswerImportMapping } from '../../../shared/domain/questionnaires/answer-import';
import type { TemplateItem } from '../../../shared/domain/questionnaires/templates';

/**
 * How the columns and answer labels of an online form's export are recognised (issue 5 point 6). Pure
 * functions: the import service gives them the file's headers and cells and the items of the phase.
 * Everything is compared through `normaliseLabel` (no case, accents or punctuation), as people and tools
 * spell the same header or label differently.
 */

/** Headers that name the pupil's code, as written by people building an online form (normalised). */
const CODE_HEADERS = [
  'code',
  'code eleve',
  'code de l eleve',
  'code secret',
  'code anonyme',
  'code personnel',
  'ton code',
  'ton code secret',
  'votre code',
  'identifiant',
  'identifiant eleve',
  'pupil code',
  'student code',
  'secret code',
  'your code',
  'your secret code',
  'anonymous code',
  'participant code',
];

/** Words meaning "the pupil did not answer" in exports (LimeSurvey writes "Sans réponse" or "N/A"). */
const NO_ANSWER_LABELS = new Set(['sans reponse', 'pas de reponse', 'nr', 'n a', 'na', 'no answer', 'not answered', 'non repondu']);

const YES_LABELS = new Set(['oui', 'yes', 'o', 'y', 'vrai', 'true']);
const NO_LABELS = new Set(['non', 'no', 'n', 'faux', 'false']);

/**
 * Online forms cut long questions in their export headers (and people shorten them by hand): a header and a
 * wording match when one starts the other and the shorter has at least this many characters, so that "Je"
 * does not match every "Je …" item.
 */
const MIN_PREFIX = 20;

/** The column of the pupil's code: a header equal to one of the known names, else one starting with one. */
export function suggestCodeColumn(headers: readonly string[]): string | null {
  const names = headers.map((header) => (isMetadataHeader(header) ? '' : normaliseLabel(header)));
  const exact = names.findIndex((name) => CODE_HEADERS.includes(name));
  if (exact >= 0) return headers[exact] ?? null;
  const prefixed = names.findIndex((name) => CODE_HEADERS.some((code) => name.startsWith(`${code} `)));
  return prefixed >= 0 ? (headers[prefixed] ?? null) : null;
}

function wordingMatches(header: string, wording: string): 'exact' | 'prefix' | null {
  const text = normaliseLabel(wording);
  if (text === '' || header === '') return null;
  if (text === header) return 'exact';
  const [shorter, longer] = header.length < text.length ? [header, text] : [text, header];
  return shorter.length >= MIN_PREFIX && longer.startsWith(shorter) ? 'prefix' : null;
}

/** The one item a header names by its wording (FR or EN): an exact match first, else a single prefix match. */
function itemByWording(header: string, items: readonly TemplateItem[]): TemplateItem | undefined {
  const matches = items.map((item) => ({ item, how: [wordingMatches(header, item.wordingFr), wordingMatches(header, item.wordingEn)] }));
  const exact = matches.filter((match) => match.how.includes('exact'));
  if (exact.length === 1) return exact[0]?.item;
  const prefix = matches.filter((match) => match.how.includes('prefix'));
  return exact.length === 0 && prefix.length === 1 ? prefix[0]?.item : undefined;
}

/**
 * The item a header names: "Q3", "Question 3", "3" (the item's position), its wording, "Q3. <wording>", or
 * the sub-question of a grid, which Google Forms and LimeSurvey write in brackets after the grid's title
 * ("Que penses-tu de ces phrases ? [<wording>]").
 */
function itemOfHeader(header: string, items: readonly TemplateItem[]): TemplateItem | undefined {
  const candidates = [header];
  const bracketed = /\[([^\]]+)\]\s*$/.exec(header);
  if (bracketed?.[1]) candidates.unshift(bracketed[1]);
  for (const candidate of candidates) {
    const name = normaliseLabel(candidate);
    const numbered = /^(?:q|qu|question|item)? ?0*(\d{1,2})(?: (.+))?$/.exec(name);
    if (numbered && numbered[2] === undefined) {
      const byPosition = items.find((item) => item.position === Number(numbered[1]));
      if (byPosition) return byPosition;
    }
    const byWording = itemByWording(name, items) ?? (numbered?.[2] ? itemByWording(numbered[2], items) : undefined);
    if (byWording) return byWording;
  }
  return undefined;
}

/**
 * Columns an export adds about the response itself, never about a question (normalised): LimeSurvey's by code
 * (id, submitdate, lastpage, startlanguage, seed, token, startdate, datestamp, ipaddr, refurl, interviewtime)
 * and by their full headings in French and English, and the timestamps of Google and Microsoft Forms. They are
 * recognised so that they are never proposed for a question or the code, and the wizard says they are left out.
 */
const METADATA_HEADERS = new Set([
  'id',
  'submitdate',
  'lastpage',
  'startlanguage',
  'seed',
  'token',
  'startdate',
  'datestamp',
  'ipaddr',
  'refurl',
  'interviewtime',
  'response id',
  'id de la reponse',
  'date submitted',
  'date de soumission',
  'last page',
  'derniere page',
  'start language',
  'langue de depart',
  'graine',
  'access code',
  'code d acces',
  'date started',
  'date de debut',
  'date last action',
  'date de la derniere action',
  'ip address',
  'adresse ip',
  'referrer url',
  'url de provenance',
  'total time',
  'temps total',
  'horodateur',
  'timestamp',
  'horodatage',
  'heure de debut',
  'heure de fin',
  'start time',
  'completion time',
]);

/** Whether a header is one of the export's own columns (response number, dates, language…), not a question. */
export function isMetadataHeader(header: string): boolean {
  const name = normaliseLabel(header);
  // LimeSurvey's timings by code: "interviewtime", "groupTime12", "G01Q01Time" (a code with a digit, no space).
  return METADATA_HEADERS.has(name) || /^(?:groupTime\d+|[A-Za-z][A-Za-z0-9_]*\d[A-Za-z0-9_]*Time)$/.test(header.trim());
}

/**
 * A LimeSurvey sub-question heading: the array question's code, the sub-question's code in brackets, and with
 * "question code & question text" headings the text after it ("G01Q01[SQ001]" or "G01Q01[SQ001]. Que
 * penses-tu… [Je sais…]"). LimeSurvey's "other" and "comment" columns are not sub-questions.
 */
const SUB_QUESTION = /^([A-Za-z][A-Za-z0-9_]*)\[([A-Za-z0-9_]+)\](?:$|[^A-Za-z0-9[])/;

export function subQuestionCode(header: string): { question: string; sub: string } | null {
  const match = SUB_QUESTION.exec(header.trim());
  if (!match?.[1] || !match[2] || /^(?:other|comment)$/i.test(match[2])) return null;
  return { question: match[1], sub: match[2] };
}

/**
 * The sub-question columns no wording named, given to the questions left, in order (LimeSurvey lists an array's
 * sub-questions as the paper lists its items). When every one of them carries a distinct number naming a
 * question left ("SQ003" → question 3), that number decides instead: the file may skip a question.
 */
function subQuestionColumns(headers: readonly string[], left: readonly TemplateItem[]): AnswerImportMapping['columns'] {
  const scored = left.filter((item) => item.answerType !== 'free_text').sort((a, b) => a.position - b.position);
  const numbers = headers.map((header) => Number(/(\d+)$/.exec(subQuestionCode(header)?.sub ?? '')?.[1] ?? Number.NaN));
  const byNumber = numbers.map((number) => scored.find((item) => item.position === number));
  if (new Set(numbers).size === numbers.length && byNumber.every((item) => item !== undefined)) {
    return headers.map((column, index) => ({ column, itemId: byNumber[index]!.id }));
  }
  return headers.slice(0, scored.length).map((column, index) => ({ column, itemId: scored[index]!.id }));
}

/**
 * Columns → items, in the file's order; each item takes the first column that names it. The export's own
 * columns are skipped; LimeSurvey sub-question columns no wording named then take the questions left.
 */
export function suggestItemColumns(headers: readonly string[], items: readonly TemplateItem[], codeColumn: string | null): AnswerImportMapping['columns'] {
  const columns: AnswerImportMapping['columns'] = [];
  const taken = new Set<number>();
  const seenHeaders = new Set<string>();
  const subQuestions: string[] = [];
  for (const header of headers) {
    if (header === '' || header === codeColumn || seenHeaders.has(header) || isMetadataHeader(header)) continue;
    seenHeaders.add(header);
    const item = itemOfHeader(header, items);
    if (!item || taken.has(item.id)) {
      if (!item && subQuestionCode(header)) subQuestions.push(header);
      continue;
    }
    taken.add(item.id);
    columns.push({ column: header, itemId: item.id });
  }
  if (subQuestions.length > 0) {
    columns.push(...subQuestionColumns(subQuestions, items.filter((item) => !taken.has(item.id))));
    const order = new Map(headers.map((header, index) => [header, index]));
    columns.sort((a, b) => (order.get(a.column) ?? 0) - (order.get(b.column) ?? 0));
  }
  return columns;
}

/** A cell holding a whole number ("4", "04", "4.0", "4,0" as spreadsheets write it), else undefined. */
export function numericValue(text: string): number | undefined {
  const match = /^0*(\d{1,2})(?:[.,]0+)?$/.exec(text.trim());
  return match ? Number(match[1]) : undefined;
}

/** The value of an anchor label: Likert anchors are lowest first (1…), a 0–10 scale's two are its ends. */
function anchorValue(item: TemplateItem, name: string): number | undefined {
  for (const anchors of [item.anchorsFr, item.anchorsEn]) {
    const index = anchors.findIndex((anchor) => normaliseLabel(anchor) === name);
    if (index < 0) continue;
    if (item.answerType === 'scale_0_10') return index === 0 ? 0 : 10;
    return index + 1;
  }
  return undefined;
}

function labelValueOf(item: TemplateItem, name: string): number | null | undefined {
  if (NO_ANSWER_LABELS.has(name)) return null;
  switch (item.answerType) {
    case 'likert4':
    case 'likert5':
    case 'scale_0_10':
      return anchorValue(item, name);
    case 'yes_no':
      return YES_LABELS.has(name) ? 1 : NO_LABELS.has(name) ? 0 : undefined;
    case 'single_choice':
      return item.choices.find((choice) => normaliseLabel(choice.labelFr) === name || normaliseLabel(choice.labelEn) === name)?.value;
    case 'free_text':
      return undefined;
  }
}

/**
 * What a text label means for an item, recognised without help: an anchor ("Tout à fait d'accord" → 5),
 * an option of a single choice, Oui/Non, "Sans réponse" (null: no answer); also "5 - Tout à fait d'accord",
 * as some forms number their options. Undefined when nothing matches (the user is asked).
 */
export function automaticLabelValue(item: TemplateItem, label: string): number | null | undefined {
  const name = normaliseLabel(label);
  if (name === '') return undefined;
  const direct = labelValueOf(item, name);
  if (direct !== undefined) return direct;
  const numbered = /^\d{1,2} (.+)$/.exec(name);
  return numbered?.[1] ? labelValueOf(item, numbered[1]) : undefined;
}

/** The key of a label of an item, for lookups that ignore case, accents and punctuation. */
export function labelKey(itemId: number, label: string): string {
  return `${itemId}|${normaliseLabel(label)}`;
}

/**
 * `labelKey` for a whole file: the normalised text of each distinct cell is worked out once. A file of 5,000
 * forms repeats the same few labels 100,000 times, and normalising (NFD, accents, punctuation) each cell again
 * was most of the preview's time.
 */
export function labelKeys(): (itemId: number, label: string) => string {
  const names = new Map<string, string>();
  return (itemId, label) => {
    let name = names.get(label);
    if (name === undefined) {
      name = normaliseLabel(label);
      names.set(label, name);
    }
    return `${itemId}|${name}`;
  };
}
