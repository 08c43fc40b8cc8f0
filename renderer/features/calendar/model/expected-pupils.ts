/**
 * Nothing typed twice: choosing classes fills the pupils expected with their sizes added up, but only while
 * the field is empty or still holds what the previous choice of classes filled in. A number the user typed
 * is never overwritten. A class whose size is not known here (not in the list) makes the sum unknown.
 */
export function classesPupilCount(classIds: readonly string[], sizes: ReadonlyMap<string, number>): number | null {
  let total = 0;
  for (const id of classIds) {
    const size = sizes.get(id);
    if (size === undefined) return null;
    total += size;
  }
  return total;
}

/** The field's new value after the classes changed, or `undefined` to leave it as it is. */
export function expectedPupilsAfterClassChange(
  current: number | string,
  previousClassesTotal: number | null,
  nextClassesTotal: number | null,
): number | string | undefined {
  const empty = current === '' || current === null;
  const stillFilled = previousClassesTotal !== null && previousClassesTotal > 0 && Number(current) === previousClassesTotal;
  if (!empty && !stillFilled) return undefined;
  if (nextClassesTotal === null) return empty ? undefined : '';
  return nextClassesTotal > 0 ? nextClassesTotal : '';
}

/**
 * The facilitators the picker offers: once partners are chosen, only theirs (the one already chosen stays,
 * so that a saved choice never shows blank); without a partner, everyone.
 */
export function facilitatorsForPartners<F extends { id: number; partnerId: number | null }>(
  facilitators: readonly F[],
  partnerIds: readonly string[],
  chosenId: string | null,
): F[] {
  if (partnerIds.length === 0) return [...facilitators];
  const partners = new Set(partnerIds.map(Number));
  return facilitators.filter((item) => (item.partnerId !== null && partners.has(item.partnerId)) || String(item.id) === chosenId);
}
