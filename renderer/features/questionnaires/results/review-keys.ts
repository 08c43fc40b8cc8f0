/**
 * The keyboard of the pairing review: on a focused candidate, A accepts, R rejects, U (or Backspace) takes
 * the decision back; the arrows and j/k move between candidates. Letters work in upper or lower case, and
 * in English too (no translation of the keys: the buttons say them). Modified keys are left to the browser
 * (Ctrl+R reloads, Alt+A is a menu…). Pure.
 */
export type ReviewKeyAction = 'accept' | 'reject' | 'undecided' | 'next' | 'previous';

export function reviewKeyAction(event: { key: string; ctrlKey: boolean; metaKey: boolean; altKey: boolean }): ReviewKeyAction | null {
  if (event.ctrlKey || event.metaKey || event.altKey) return null;
  switch (event.key) {
    case 'a':
    case 'A':
      return 'accept';
    case 'r':
    case 'R':
      return 'reject';
    case 'u':
    case 'U':
    case 'Backspace':
      return 'undecided';
    case 'ArrowDown':
    case 'j':
      return 'next';
    case 'ArrowUp':
    case 'k':
      return 'previous';
    default:
      return null;
  }
}

/** The decision the server is asked for, from a key, given the candidate's current decision. */
export function decisionFor(action: 'accept' | 'reject' | 'undecided', current: 'accepted' | 'rejected' | null): 'accept' | 'reject' | 'undecided' | null {
  if (action === 'accept') return current === 'accepted' ? null : 'accept';
  if (action === 'reject') return current === 'rejected' ? null : 'reject';
  return current === null ? null : 'undecided';
}
