/**
 * What a request to close a form does: closes at once when nothing was typed, asks when something was, and
 * does nothing while the question is already on screen (Esc on the question answers it, not the form).
 */
export type CloseDecision = 'close' | 'ask' | 'ignore';

export function closeDecision(dirty: boolean, asking: boolean): CloseDecision {
  if (asking) return 'ignore';
  return dirty ? 'ask' : 'close';
}
