export interface Option {
  value: string;
  label: string;
}

/**
 * Picker options from a directory list, plus the records the event already refers to that the list did not
 * return (another school year's class, a list that failed to load), so a saved choice never shows blank.
 */
export function mergeOptions(rows: readonly { id: number; name: string }[], known: readonly { id: number; name: string }[]): Option[] {
  const options = rows.map((row) => ({ value: String(row.id), label: row.name }));
  const seen = new Set(options.map((option) => option.value));
  for (const item of known) {
    if (!seen.has(String(item.id))) {
      options.push({ value: String(item.id), label: item.name });
      seen.add(String(item.id));
    }
  }
  return options;
}

/** "Samira Intervenante (CRIPEL)": a facilitator with the partner they come from. */
export function facilitatorLabel(facilitator: { name: string; partnerName: string | null }): string {
  return facilitator.partnerName ? `${facilitator.name} (${facilitator.partnerName})` : facilitator.name;
}
