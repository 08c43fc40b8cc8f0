/**
 * Where focus goes when a dialog closes, as a pure choice so it can be tested without a page: the element
 * that opened it, else the one that opened the dialog it came from (a drawer replaced by an edit modal), but
 * inside the dialog still open on top if there is one (else its first control), else the page's heading.
 * Never nowhere (document.body), which leaves keyboard and screen-reader users at the top of the page.
 */
export interface FocusCandidate {
  /** Still in the page and shown. */
  usable: boolean;
  /** Inside the dialog that stays open on top, if any. */
  insideOpenDialog: boolean;
}

export type FocusChoice<T> = { kind: 'opener'; element: T } | { kind: 'openDialog' } | { kind: 'heading' };

export function chooseFocusTarget<T extends FocusCandidate>(openers: readonly T[], dialogStillOpen: boolean): FocusChoice<T> {
  const usable = openers.filter((opener) => opener.usable && (!dialogStillOpen || opener.insideOpenDialog));
  if (usable[0]) return { kind: 'opener', element: usable[0] };
  return dialogStillOpen ? { kind: 'openDialog' } : { kind: 'heading' };
}
