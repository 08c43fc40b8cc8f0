// PLACEHOLDER while issue 5 is being built in parallel: replaced by the results view.
export function ResultsTab() {
  return null;
}
