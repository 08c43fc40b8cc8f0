/**
 * A tolerant candidate's two codes cut into pieces so the reviewer sees at once where they differ: one
 * character ("MA0312" / "MA0212"), or two neighbours swapped ("MA0312" / "MA3012"). Pure.
 */
import type { ReviewCandidate } from '../../../../shared/domain/questionnaires/analysis';

export interface CodePiece {
  readonly text: string;
  readonly differs: boolean;
}

/**
 * The code in pieces: the characters the candidate's kind names as different are marked. Characters are
 * code points, as in the pairing (pairing.ts codeResemblance); a position outside the code marks nothing.
 */
export function codePieces(code: string, candidate: Pick<ReviewCandidate, 'kind' | 'position'>): CodePiece[] {
  const characters = Array.from(code);
  const width = candidate.kind === 'adjacentSwap' ? 2 : 1;
  const start = candidate.position;
  if (start < 0 || start + width > characters.length) return [{ text: code, differs: false }];
  const pieces: CodePiece[] = [
    { text: characters.slice(0, start).join(''), differs: false },
    { text: characters.slice(start, start + width).join(''), differs: true },
    { text: characters.slice(start + width).join(''), differs: false },
  ];
  return pieces.filter((piece) => piece.text !== '');
}
