/**
 * Form values as the channel expects them. An unset choice (null) or an empty number box ('') becomes
 * "missing", so the contract's check says "required" rather than "wrong type".
 */
export function requiredChoice<Value>(value: Value | null | undefined): Value | undefined {
  return value ?? undefined;
}

export function numberOrMissing(value: number | string | null | undefined): number | undefined {
  if (value === '' || value === null || value === undefined) return undefined;
  return typeof value === 'number' ? value : Number(value);
}

/** A number box's optional count: blank means "not known" (null). */
export function numberOrNull(value: number | string | null | undefined): number | null {
  return numberOrMissing(value) ?? null;
}
