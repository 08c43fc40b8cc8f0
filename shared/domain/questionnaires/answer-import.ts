import type { AnswerCodeProposal } from './answer-codes';

/**
 * Import of answers collected by an online form (issue 5 point 6): a CSV with one row per pupil, whose
 * columns are mapped to items and whose answer labels ("Tout à fait d'accord") are mapped to values (5).
 */

/** Which column holds what, and what each label means. `value` null: the label means "no answer". */
export interface AnswerImportMapping {
  /** The column holding the pupil's code (null: the forms have no code and cannot be paired). */
  codeColumn: string | null;
  columns: { column: string; itemId: number }[];
  labels: { itemId: number; label: string; value: number | null }[];
}

/** One row of the file as it would be saved, and what is wrong with it (nothing if valid). */
export interface AnswerImportRow {
  /** Line number in the file, header = 1. */
  line: number;
  code: string;
  answers: { itemId: number; value: number | null; text: string }[];
  /** `path` is the column's header (or 'code'); issue and params as in FieldError. */
  errors: { path: string; issue: string; params?: Record<string, string | number> }[];
}

export interface AnswerImportPreview {
  encoding: 'utf-8' | 'windows-1252';
  separator: ',' | ';';
  headers: string[];
  /** The mapping sent, or a suggested one (headers matched to item wordings or "Q1", labels to anchors). */
  mapping: AnswerImportMapping;
  /**
   * The export's own columns (LimeSurvey's id, submitdate, lastpage, startlanguage, seed…; a timestamp): never
   * proposed for a question or the code, and said to be left out.
   */
  metadataColumns: string[];
  /**
   * Unknown labels that are answer codes of a scale (A1…A5), proposed in order onto it for every question of
   * that scale: the user confirms once, the mapping then carries each code's value per question.
   */
  codeProposals: AnswerCodeProposal[];
  /** Labels found in mapped columns that the mapping does not give a value to. */
  unknownLabels: { itemId: number; column: string; label: string; count: number }[];
  rows: AnswerImportRow[];
  validCount: number;
  errorCount: number;
}
